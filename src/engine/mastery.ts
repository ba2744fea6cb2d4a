// When a fact counts as mastered: the Study page's "mastered" counts and the Progress page's
// mastery per topic agree on it. Its own module, so Study does not load the Progress page's numbers
// or the review planning the progress store does.

import type { Question } from '../domain/question'
import type { FactCard } from '../domain/progress'
import { CardState } from './cards'

/** FSRS stability (days until recall drops to 90%) a fact needs to count as mastered. */
export const MASTERY_STABILITY_DAYS = 7

/**
 * Mastered: the card is in review (its last answer was right) and FSRS expects the learner to
 * still recall it with 90% probability a week after the last review. In practice this takes
 * right answers on at least two different days.
 */
export function isMastered(card: FactCard | undefined): boolean {
  return card !== undefined && card.state === CardState.Review && card.stability >= MASTERY_STABILITY_DAYS
}

/** A question counts as mastered when every fact it trains is mastered. */
export function masteredQuestionCount(questions: readonly Question[], cards: ReadonlyMap<string, FactCard>): number {
  return questions.filter((question) => question.factIds.length > 0 && question.factIds.every((id) => isMastered(cards.get(id)))).length
}
