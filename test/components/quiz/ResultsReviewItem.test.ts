// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsReviewItem from '../../../src/components/quiz/ResultsReviewItem.vue'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import type { ClozeQuestion } from '../../../src/questions/types/cloze/model'

const questions = loadQuestionBank().questions
const cloze = questions.find((q): q is ClozeQuestion => q.type === 'cloze' && q.before.length > 0 && q.after.length > 1) as ClozeQuestion

describe('ResultsReviewItem', () => {
  it('shows a gap-fill’s sentence with its blank, the answer given and the right one', () => {
    const wrapper = mount(ResultsReviewItem, {
      props: {
        number: 3,
        item: {
          question: cloze,
          answer: { questionId: cloze.id, response: { kind: 'text', text: 'nonsense' }, correct: false, score: 0, responseMs: 1000, answeredAt: 0 },
        },
      },
    })
    const sentence = wrapper.get('.sentence')
    expect(sentence.text()).toContain(cloze.before.trim())
    expect(sentence.text()).toContain(cloze.after.trim())
    expect(sentence.get('.blank').text()).toBe('_____')
    expect(sentence.get('.visually-hidden').text()).toBe('(blank)')
    expect(sentence.text()).not.toContain(cloze.answer.accepted[0])
    expect(wrapper.text()).toContain('nonsense')
    expect(wrapper.get('.answers').text()).toContain(cloze.answer.accepted[0])
  })

  it('shows no sentence line for other types', () => {
    const choice = questions.find((q) => q.type === 'single_choice')!
    const wrapper = mount(ResultsReviewItem, { props: { number: 1, item: { question: choice } } })
    expect(wrapper.find('.sentence').exists()).toBe(false)
    expect(wrapper.text()).toContain('Not answered')
  })
})
