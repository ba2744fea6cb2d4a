// Each question type's answer component, loaded with the first question of that type (the kind's
// loader), not with the player. The player waits for it before it shows the question, which then
// renders it at once (a lazily defined component would still render empty for a moment), so the
// question appears whole rather than its buttons jumping down when the answer area arrives.
import { shallowReactive, type Component } from 'vue'
import type { Question, QuestionType } from '../../domain/question'
import { kindOf } from '../../questions/types/registry'

/** The answer components loaded so far, by question type (reactive: a question shows its own once it is in). */
export const answerComponents = shallowReactive<Partial<Record<QuestionType, Component>>>({})

/** Loads the answer component of a question's type; a failure (offline, nothing cached) leaves it out, to be retried. */
export async function loadAnswerComponent(question: Question): Promise<void> {
  const loaded = await kindOf(question)
    .component()
    .catch(() => undefined)
  answerComponents[question.type] ??= loaded?.default as Component | undefined
}
