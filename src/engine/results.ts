// The numbers on a finished quiz's results page: score, time, and breakdowns by topic and type.

import type { Question, QuestionType } from '../domain/question'
import type { QuizSession, RecordedAnswer } from '../domain/quiz'

/** Share of the available points a Test needs to pass. */
export const PASS_MARK = 0.7

export interface Tally {
  key: string
  total: number
  correct: number
  /** Sum of (partial) scores. */
  points: number
}

export interface QuizResultItem {
  question: Question
  answer?: RecordedAnswer
}

export interface QuizResults {
  total: number
  answered: number
  /** Fully right. */
  correct: number
  /** Partly right (some points, not all). */
  partly: number
  /** Sum of (partial) scores: the score, in points out of `total` (see score.ts). */
  points: number
  /** points / total, 0..1: the score (and what the pass mark is checked on) */
  ratio: number
  passed: boolean
  durationMs: number
  byTopic: Tally[]
  byType: Tally[]
  items: QuizResultItem[]
  missedIds: string[]
}

function tallyInto(map: Map<string, Tally>, key: string, answer: RecordedAnswer | undefined) {
  const tally = map.get(key) ?? { key, total: 0, correct: 0, points: 0 }
  tally.total += 1
  if (answer?.correct) tally.correct += 1
  tally.points += answer?.score ?? 0
  map.set(key, tally)
}

export function summarizeSession(
  session: QuizSession,
  questionsById: ReadonlyMap<string, Question>,
  now: number,
): QuizResults {
  const items: QuizResultItem[] = []
  const byTopic = new Map<string, Tally>()
  const byType = new Map<QuestionType, Tally>()
  for (const id of session.config.questionIds) {
    const question = questionsById.get(id)
    if (!question) continue
    const answer = session.answers[id]
    items.push(answer ? { question, answer } : { question })
    for (const topic of question.topics) tallyInto(byTopic, topic, answer)
    tallyInto(byType as Map<string, Tally>, question.type, answer)
  }
  const answers = items.flatMap((item) => (item.answer ? [item.answer] : []))
  const points = answers.reduce((sum, answer) => sum + answer.score, 0)
  const total = items.length
  const ratio = total === 0 ? 0 : points / total
  return {
    total,
    answered: answers.length,
    correct: answers.filter((answer) => answer.correct).length,
    partly: answers.filter((answer) => !answer.correct && answer.score > 0).length,
    points,
    ratio,
    passed: ratio >= PASS_MARK,
    durationMs: Math.max(0, (session.finishedAt ?? now) - session.startedAt),
    byTopic: [...byTopic.values()],
    byType: [...byType.values()],
    items,
    missedIds: items.filter((item) => !item.answer?.correct).map((item) => item.question.id),
  }
}

/** "4 min 05 s", "38 s": a duration as a learner reads it. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
}
