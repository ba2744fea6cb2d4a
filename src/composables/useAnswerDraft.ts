import { computed, ref, watch, type Ref } from 'vue'
import type { Question, Response } from '../domain/question'
import { kindOf } from '../questions/types/registry'
import { useAnswerComponents } from './useAnswerComponents'

/**
 * What the learner has entered so far for the question on screen, as the response it makes: fresh
 * for each question, or what was given for an answered one. A question's draft (and so the question)
 * appears once its type's answer component has loaded, at once when it has.
 */
export function useAnswerDraft(question: Ref<Question | null | undefined>, given: Ref<Response | undefined>) {
  const { components, load } = useAnswerComponents()
  const draft = ref<Response | null>(null)
  /** The question whose draft is on screen (set with the draft, so the two never disagree). */
  const draftQuestionId = ref<string | undefined>()

  function setDraft(next: Response | null, questionId?: string) {
    draft.value = next
    draftQuestionId.value = next ? questionId : undefined
  }

  watch(
    () => [question.value?.id, given.value] as const,
    async ([id], previous) => {
      const shown = question.value
      if (!shown) return setDraft(null)
      if (previous && previous[0] === id && draft.value) return
      if (!components[shown.type]) {
        setDraft(null)
        await load(shown)
        if (question.value !== shown) return
      }
      const kind = kindOf(shown)
      setDraft((given.value && kind.readResponse(given.value)) || kind.emptyResponse(shown), shown.id)
    },
    { immediate: true },
  )

  const ready = computed(() => !!question.value && !!draft.value && kindOf(question.value).isReady(question.value, draft.value))

  /** A plain copy of the draft to submit (only the fields its kind has), or undefined when there is nothing to check. */
  function response(): Response | undefined {
    if (!question.value || !draft.value || !ready.value) return undefined
    return kindOf(question.value).readResponse(draft.value)
  }

  return { draft, draftQuestionId, ready, response }
}
