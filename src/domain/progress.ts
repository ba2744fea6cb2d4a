// A learner's progress as the app keeps it: every answer given (Attempt) and, per fact, its
// spaced-repetition card (FactCard). Stored on the device (src/storage, whose valibot schemas are
// declared against these types) and read by the engine's schedule and statistics. Imports nothing.
import type { Misreading } from './misreading'

// Type aliases, not interfaces, so that each is also a plain Record<string, unknown> to the storage code.

/** Kept apart from the player's QUIZ_MODES on purpose: stored data must not change when the engine does. */
export const ATTEMPT_MODES = ['practice', 'test', 'mistakes', 'quick', 'review'] as const
export type AttemptMode = (typeof ATTEMPT_MODES)[number]

/** ts-fsrs grades: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const GRADES = [1, 2, 3, 4] as const
export type GradeValue = (typeof GRADES)[number]

/** One answer to one question. Never changed once written: recording is always an add. */
export type Attempt = {
  id: string
  questionId: string
  questionType: string
  factIds: string[]
  topics: string[]
  correct: boolean
  /** From 0 to 1. */
  score: number
  responseMs: number
  /** Milliseconds since 1970. */
  answeredAt: number
  sessionId?: string
  mode?: AttemptMode
  /** The learner's own grade, when they gave one; otherwise it is derived from the answer. */
  rating?: GradeValue
  /** What the wrong parts of the answer stood for (the wrong speaker, a dropped hedge…), when any: the learner's misreadings profile. */
  misreadings?: Misreading[]
  /** Mark the text: the learner's marks, kept so they can be shown again (since schema v5). */
  marks?: AttemptMark[]
}

/** One mark of a Mark the text answer: words first..last (0-based, inclusive) of the paragraph, and the layer given them. */
export type AttemptMark = {
  first: number
  last: number
  layer: string
}

/** ts-fsrs card states: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export const CARD_STATES = [0, 1, 2, 3] as const
export type CardState = (typeof CARD_STATES)[number]

/** A ts-fsrs Card for one fact, with dates as epoch ms and camelCase names. */
export type FactCard = {
  factId: string
  due: number
  /** In days. */
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: CardState
  lastReview?: number
}
