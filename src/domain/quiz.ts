// A quiz: the sets a learner picks from, and one quiz being played (QuizSession), saved on the device
// after every step so a reload resumes at the same question. Plain, serialisable data; the rules
// that move a session on are in src/engine/session.ts, the check of a saved one in
// src/engine/savedSession.ts. Imports nothing but the domain.
import type { Misreading, Response } from './question'

/** A set of questions to quiz on: the built-in sets (everything, by topic) and teachers' sets. */
export interface QuizSet {
  id: string
  title: string
  description: string
  questionIds: string[]
  /** A built-in set that trains one reading skill, or one of the article's topics (the Study list groups them). */
  group?: 'skill' | 'topic'
}

/** A topic as the question bank carries it (from the knowledge base's topics). */
export interface TopicInfo {
  id: string
  label: string
  description: string
}

export const QUIZ_MODES = ['practice', 'test', 'mistakes', 'quick', 'review'] as const
export type QuizMode = (typeof QUIZ_MODES)[number]

export type TimeLimit = { kind: 'off' } | { kind: 'quiz'; seconds: number } | { kind: 'question'; seconds: number }

export interface QuizConfig {
  mode: QuizMode
  title: string
  /** Where the questions came from: a set id, 'retry', 'paragraph:7', … (for "try again"). */
  source: string
  questionIds: string[]
  timeLimit: TimeLimit
}

export interface RecordedAnswer {
  questionId: string
  response: Response
  correct: boolean
  score: number
  responseMs: number
  answeredAt: number
  /** What the wrong parts of the answer stand for (a dropped hedge, the wrong speaker…), when they stand for any. */
  misreadings?: Misreading[]
}

export interface QuizSession {
  version: 1
  id: string
  config: QuizConfig
  /** Index into config.questionIds of the question on screen. */
  position: number
  answers: Record<string, RecordedAnswer>
  /** Skipped and not yet answered, in the order they were skipped. */
  skipped: string[]
  startedAt: number
  /** When the current question appeared: response time and per-question limits count from here. */
  shownAt: number
  finishedAt?: number
  /**
   * Set when the whole quiz's time ended it, or (per-question limit) when the question just before
   * the one on screen ran out of time: moving on clears it, so the notice shows once.
   */
  timedOut?: boolean
  /** Questions whose own time ran out: closed, never offered again, counted as unanswered. */
  expired?: string[]
}
