import { shallowReactive, type Component } from 'vue'
import type { Question, QuestionType } from '../domain/question'
import { kindOf } from '../questions/types/registry'
import { reportMissingCode } from '../support/missingCode'

// Each question type's answer component, loaded with the first question of that type (the kind's
// loader), not with the player. The player waits for it before it shows the question, which then
// renders it at once (a lazily defined component would still render empty for a moment), so the
// question appears whole rather than its buttons jumping down when the answer area arrives.
const loaded = shallowReactive<Partial<Record<QuestionType, Component>>>({})

/** The answer components loaded so far (reactive), and how to load a question's. */
export function useAnswerComponents() {
  /**
   * Loads the answer component of a question's type; a failure (offline, nothing cached, or a chunk an
   * update replaced) leaves it out, to be retried, and the app says a reload brings the new version.
   */
  async function load(question: Question): Promise<void> {
    const module = await kindOf(question)
      .component()
      .catch((error: unknown) => void reportMissingCode(error))
    loaded[question.type] ??= module?.default as Component | undefined
  }
  /** Drops every loaded component, as a new page load would (tests: each starts on a new page). */
  function forget(): void {
    for (const type of Object.keys(loaded) as QuestionType[]) delete loaded[type]
  }
  return { components: loaded as Readonly<typeof loaded>, load, forget }
}
