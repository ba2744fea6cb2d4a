// Matching and ordering questions have answer components of their own, loaded only when a quiz
// reaches one. The player waits for the component before it shows such a question, and the question
// then renders it at once (a lazily defined component would still render empty for a moment), so
// the question appears whole rather than its buttons jumping down when the answer area arrives.
import { shallowReactive, type Component } from 'vue'
import type { Question } from '../../domain/question'

type Arrangement = 'matching' | 'ordering'

const loaders: Record<Arrangement, () => Promise<{ default: Component }>> = {
  matching: () => import('./MatchingAnswer.vue'),
  ordering: () => import('./OrderingAnswer.vue'),
}

/** The answer components loaded so far, by question type (reactive: a question shows its own once it is in). */
export const answerComponents = shallowReactive<Partial<Record<Arrangement, Component>>>({})

/** Loads the answer component of a matching or ordering question; a failure leaves it out, to be retried. */
export async function loadAnswerComponent(question: Question): Promise<void> {
  const type = question.type
  // A failure (offline with nothing cached) leaves the question with its prompt; the next one retries.
  if (type === 'matching' || type === 'ordering') answerComponents[type] ??= (await loaders[type]().catch(() => undefined))?.default
}
