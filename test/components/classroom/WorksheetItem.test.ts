// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WorksheetItem from '../../../src/components/classroom/WorksheetItem.vue'
import { bank } from '../../questions/helpers'

describe('a worksheet item', () => {
  it('prints the paragraph to underline in for a question worked in the text, with its instruction', () => {
    const question = bank.find((q) => q.type === 'prove_it')
    if (!question || question.type !== 'prove_it') throw new Error('no prove_it question in the bank')
    const wrapper = mount(WorksheetItem, { props: { question, number: 3 } })
    expect(wrapper.get('.prompt').text()).toContain(question.prompt)
    expect(wrapper.get('.passage').text()).toBe(question.passage)
    expect(wrapper.get('.instruction').text()).toBe('Underline the words that prove it.')
  })

  it('prints a gap sentence, and no paragraph, for a fill-the-gap question', () => {
    const question = bank.find((q) => q.type === 'cloze')
    if (!question || question.type !== 'cloze') throw new Error('no cloze question in the bank')
    const wrapper = mount(WorksheetItem, { props: { question, number: 1 } })
    expect(wrapper.get('.sentence').text()).toContain(question.before.trim())
    expect(wrapper.find('.passage').exists()).toBe(false)
  })

  it('leaves ruled lines to write on and prints the checklist for a written answer, not the model', () => {
    const question = bank.find((q) => q.type === 'explain')
    if (!question || question.type !== 'explain') throw new Error('no explain question in the bank')
    const wrapper = mount(WorksheetItem, { props: { question, number: 2 } })
    expect(wrapper.findAll('.write-lines .ruled').length).toBeGreaterThanOrEqual(4)
    expect(wrapper.findAll('.checklist li').map((li) => li.text())).toEqual(question.answer.checklist.map((p) => `☐ ${p.point}`))
    expect(wrapper.text()).not.toContain(question.answer.model)
  })
})
