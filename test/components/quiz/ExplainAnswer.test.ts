// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ExplainAnswer from '../../../src/questions/types/explain/ExplainAnswer.vue'
import { explainKind } from '../../../src/questions/types/explain'
import type { ExplainQuestion } from '../../../src/questions/types/explain/model'
import type { ResponseOf } from '../../../src/domain/question'
import { loadQuestionBank } from '../../../src/questions/bankNow'

const question = loadQuestionBank().questions.find((q): q is ExplainQuestion => q.type === 'explain')!

function mountAnswer(start: ResponseOf<'written'> = explainKind.emptyResponse(question), disabled = false) {
  const response = ref(start)
  const Host = defineComponent(() => () =>
    h(ExplainAnswer, { question, disabled, result: null, modelValue: response.value, 'onUpdate:modelValue': (value: ResponseOf<'written'>) => (response.value = value) }),
  )
  return { wrapper: mount(Host, { attachTo: document.body }), response }
}

describe('ExplainAnswer', () => {
  it('keeps the model answer hidden until the learner has written something and asks to compare', async () => {
    const { wrapper, response } = mountAnswer()
    expect(wrapper.text()).not.toContain(question.answer.model)
    expect(wrapper.get('button.compare').attributes('disabled')).toBeDefined()
    await wrapper.get('textarea').setValue('   ')
    expect(wrapper.get('button.compare').attributes('disabled')).toBeDefined()
    await wrapper.get('textarea').setValue('He thanks the peacekeepers.')
    await wrapper.get('button.compare').trigger('click')
    expect(response.value).toMatchObject({ text: 'He thanks the peacekeepers.', compared: true })
    expect(wrapper.text()).toContain(question.answer.model)
    // The heading of the model answer takes the focus, so a screen reader hears it next.
    expect(document.activeElement?.textContent).toBe('Model answer')
    wrapper.unmount()
  })

  it('labels the text area and counts characters as the learner counts them, up to 400', async () => {
    const { wrapper, response } = mountAnswer()
    const area = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${area.attributes('id')}"]`).text()).toBe('Your answer')
    expect(wrapper.get(`#${area.attributes('aria-describedby')}`).text()).toBe('0 of 400 characters')
    await area.setValue('🙂'.repeat(450))
    expect(Array.from(response.value.text)).toHaveLength(400)
    expect(wrapper.get(`#${area.attributes('aria-describedby')}`).text()).toBe('400 of 400 characters')
    wrapper.unmount()
  })

  it('shows the written text as text, never as markup', () => {
    const text = '<b id="injected">bold</b> <img src=x onerror="alert(1)">'
    const { wrapper } = mountAnswer({ kind: 'written', text, compared: true, ticks: [] })
    expect(wrapper.find('#injected').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('[data-testid="written"]').text()).toBe(text)
    wrapper.unmount()
  })

  it('ticks and unticks checklist points, labelled by their words', async () => {
    const { wrapper, response } = mountAnswer({ kind: 'written', text: 'x', compared: true, ticks: [] })
    const points = wrapper.findAll('label.point')
    expect(points.map((p) => p.text())).toEqual(question.answer.checklist.map((p) => p.point))
    const boxes = wrapper.findAll('input[type="checkbox"]')
    await boxes[1]!.trigger('click')
    await boxes[0]!.trigger('click')
    expect(response.value.ticks.sort()).toEqual([question.answer.checklist[0]!.id, question.answer.checklist[1]!.id].sort())
    await boxes[1]!.trigger('click')
    expect(response.value.ticks).toEqual([question.answer.checklist[0]!.id])
    expect(wrapper.get('legend').text()).toBe('Tick what your answer covers')
    wrapper.unmount()
  })

  it('locks the ticks once answered', () => {
    const { wrapper } = mountAnswer({ kind: 'written', text: 'x', compared: true, ticks: ['cites'] }, true)
    for (const box of wrapper.findAll('input[type="checkbox"]')) expect(box.attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })
})
