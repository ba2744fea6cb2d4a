// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChoiceAnswer from '../../../src/components/quiz/ChoiceAnswer.vue'

const choices = [
  { id: 'pos.author.a', text: 'Armenia' },
  { id: 'fact.b', text: 'Azerbaijan' },
  { id: 'pos.other.c', text: 'Georgia' },
  { id: 'fact.d', text: 'Russia' },
]

describe('ChoiceAnswer', () => {
  it('marks choose-all feedback four ways, in symbols and words: picked right, picked wrong, missed, rightly left', () => {
    // Right: a, b. Picked: a (right), c (wrong). Missed: b. Rightly left: d.
    const wrapper = mount(ChoiceAnswer, {
      props: { choices, multiple: true, label: 'Which?', disabled: true, correctIds: ['pos.author.a', 'fact.b'], modelValue: ['pos.author.a', 'pos.other.c'] },
    })
    const marks = wrapper.findAll('.choice').map((choice) => choice.get('.mark').text())
    expect(marks).toEqual(['✓ Right pick', '! Missed', '✗ Wrong pick', '– Rightly left'])
    expect(new Set(marks.map((mark) => mark[0])).size).toBe(4)
  })

  it('never puts a choice’s id (which can name its category) in the page', () => {
    const wrapper = mount(ChoiceAnswer, { props: { choices, multiple: false, label: 'Which?', disabled: false, modelValue: [] } })
    const html = wrapper.html()
    for (const choice of choices) expect(html).not.toContain(choice.id)
    expect(wrapper.findAll('input').map((input) => input.attributes('value'))).toEqual(['1', '2', '3', '4'])
  })
})
