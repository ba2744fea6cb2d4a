// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useAnswerDraft } from '../../src/composables/useAnswerDraft'
import { useVerdictAnnouncement } from '../../src/composables/useVerdictAnnouncement'
import type { Question, Response } from '../../src/domain/question'
import type { CheckResult } from '../../src/questions/checkAnswer'
import { numeric, ordering, singleChoice } from '../engine/fixtures'

// Each wait below is for an answer component's first import (compiled on demand in tests): more than waitFor's
// default second on a busy machine.
const LOADED = { timeout: 10_000 }

function withDraft(start: Question) {
  const question = ref<Question | null>(start)
  const given = ref<Response | undefined>()
  let api!: ReturnType<typeof useAnswerDraft>
  mount(defineComponent(() => {
    api = useAnswerDraft(question, given)
    return () => h('div')
  }))
  return { question, given, api }
}

describe('useAnswerDraft', () => {
  it('starts each question from its type’s empty response once its answer component is in, and is ready only with an answer', async () => {
    const { api, question } = withDraft(singleChoice)
    // The answer component is imported on first use: the draft waits for it.
    await vi.waitFor(() => expect(api.draft.value).not.toBeNull(), LOADED)
    expect(api.draft.value).toEqual({ kind: 'choice', choiceId: '' })
    expect(api.draftQuestionId.value).toBe(singleChoice.id)
    expect(api.ready.value).toBe(false)
    expect(api.response()).toBeUndefined()
    api.draft.value = { kind: 'choice', choiceId: singleChoice.answer }
    expect(api.ready.value).toBe(true)
    expect(api.response()).toEqual({ kind: 'choice', choiceId: singleChoice.answer })

    question.value = ordering
    await vi.waitFor(() => expect(api.draftQuestionId.value).toBe(ordering.id), LOADED)
    // An ordering starts from the items as shown, and may be checked as it is.
    expect(api.draft.value).toEqual({ kind: 'order', itemIds: ordering.items.map((item) => item.id) })
    expect(api.ready.value).toBe(true)
  })

  it('shows what was given for an answered question, and a fresh draft when the given answer is of another kind', async () => {
    const { api, given, question } = withDraft(numeric)
    await vi.waitFor(() => expect(api.draft.value).not.toBeNull(), LOADED)
    question.value = singleChoice
    given.value = { kind: 'choice', choiceId: 'b' }
    await vi.waitFor(() => expect(api.draftQuestionId.value).toBe(singleChoice.id), LOADED)
    expect(api.draft.value).toEqual({ kind: 'choice', choiceId: 'b' })
    question.value = numeric
    given.value = { kind: 'choice', choiceId: 'b' }
    await vi.waitFor(() => expect(api.draftQuestionId.value).toBe(numeric.id), LOADED)
    expect(api.draft.value).toEqual({ kind: 'text', text: '' })
  })
})

describe('useVerdictAnnouncement', () => {
  it('says the verdict, with the answer when it was not right, and clears it for the next question', async () => {
    const feedback = ref<CheckResult | null>(null)
    const id = ref<string | undefined>('q1')
    let said!: ReturnType<typeof useVerdictAnnouncement>
    mount(defineComponent(() => {
      said = useVerdictAnnouncement(feedback, id)
      return () => h('div')
    }))
    feedback.value = { correct: false, score: 0.5, expected: 'Stepanakert', given: 'Baku' }
    await nextTick()
    expect(said.value).toBe('Partly right, 50 percent. The answer: Stepanakert')
    id.value = 'q2'
    await nextTick()
    expect(said.value).toBe('')
    feedback.value = { correct: true, score: 1, expected: 'x', given: 'x' }
    await nextTick()
    expect(said.value).toBe('Right.')
  })
})
