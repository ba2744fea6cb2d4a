// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import QuizFeedback from '../../../src/components/quiz/QuizFeedback.vue'
import { checkAnswer } from '../../../src/questions/checkAnswer'
import { createAppRouter } from '../../../src/router'
import { singleChoice } from '../../engine/fixtures'

function mountFeedback(question: typeof singleChoice, teacherSet?: string) {
  const result = checkAnswer(question, { kind: 'choice', choiceId: question.answer })
  return mount(QuizFeedback, { props: { question, result, teacherSet }, global: { plugins: [createAppRouter(createMemoryHistory())] } })
}

describe('QuizFeedback', () => {
  it('shows the article excerpt for a question with evidence', () => {
    const wrapper = mountFeedback({ ...singleChoice, evidence: [{ paragraph: 1, start: 0, end: 8, text: 'At least' }] })
    expect(wrapper.get('.source').text()).toContain('From paragraph 1')
    expect(wrapper.find('.origin').exists()).toBe(false)
  })

  it('names the teacher’s set instead of an excerpt when a question has no evidence', () => {
    const wrapper = mountFeedback({ ...singleChoice, evidence: [] }, 'Unit 3')
    expect(wrapper.find('.source').exists()).toBe(false)
    expect(wrapper.get('.origin').text()).toBe('From “Unit 3”, written by a teacher.')
    expect(wrapper.text()).toContain(singleChoice.explanation)
  })
})
