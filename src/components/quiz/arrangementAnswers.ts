// Matching and ordering questions have answer components of their own, loaded only when a quiz
// reaches one. The player waits for the component before it shows such a question, so the question
// appears whole rather than its buttons jumping down when the answer area arrives.
import type { Question } from '../../questions/types'

export const loadMatchingAnswer = () => import('./MatchingAnswer.vue')
export const loadOrderingAnswer = () => import('./OrderingAnswer.vue')

/** Loads the answer component of a matching or ordering question (a failure shows in the component). */
export function loadAnswerComponent(question: Question): Promise<unknown> {
  return (question.type === 'matching' ? loadMatchingAnswer : loadOrderingAnswer)().catch(() => undefined)
}
