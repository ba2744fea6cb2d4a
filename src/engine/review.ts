// From the learner's history to the questions the Study page offers: review of due facts,
// mistakes to retry, and how much of a set is mastered.

import type { Question } from '../domain/question'
import type { Attempt, FactCard } from '../domain/progress'
import { dueFacts } from './cards'

export { masteredQuestionCount } from './mastery'

/** The latest attempt at each question. */
export function latestAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
  const latest = new Map<string, Attempt>()
  for (const attempt of attempts) {
    const seen = latest.get(attempt.questionId)
    if (!seen || attempt.answeredAt > seen.answeredAt || (attempt.answeredAt === seen.answeredAt && attempt.id > seen.id)) {
      latest.set(attempt.questionId, attempt)
    }
  }
  return latest
}

/** Questions whose latest answer was wrong (not fully right), most recent first. */
export function mistakeQuestionIds(attempts: readonly Attempt[]): string[] {
  return [...latestAttempts(attempts).values()]
    .filter((attempt) => !attempt.correct)
    .sort((a, b) => b.answeredAt - a.answeredAt)
    .map((attempt) => attempt.questionId)
}

/**
 * One question per due fact, most overdue first. Each fact is trained by the question on it that
 * was asked least recently, so a review varies the kind of question (a who-said, then a cloze…).
 */
export function reviewQuestionIds(questions: readonly Question[], cards: Iterable<FactCard>, attempts: readonly Attempt[], now: number): string[] {
  const lastAsked = new Map<string, number>()
  for (const attempt of attempts) lastAsked.set(attempt.questionId, Math.max(lastAsked.get(attempt.questionId) ?? 0, attempt.answeredAt))
  const byFact = new Map<string, Question[]>()
  for (const question of questions) {
    for (const factId of question.factIds) byFact.set(factId, [...(byFact.get(factId) ?? []), question])
  }
  const picked = new Set<string>()
  for (const card of dueFacts(cards, now)) {
    const candidates = (byFact.get(card.factId) ?? []).filter((question) => !picked.has(question.id))
    const leastRecent = candidates.sort((a, b) => (lastAsked.get(a.id) ?? 0) - (lastAsked.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1))[0]
    if (leastRecent) picked.add(leastRecent.id)
  }
  return [...picked]
}
