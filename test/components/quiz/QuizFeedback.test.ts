// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import QuizFeedback from '../../../src/components/quiz/QuizFeedback.vue'
import { checkAnswer } from '../../../src/questions/checkAnswer'
import { createAppRouter } from '../../../src/router'
import { matching, singleChoice } from '../../engine/fixtures'
import { article } from '../../../src/content/bundledArticle'

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

  it('says the answer once: marked choices are not repeated as "The answer"', () => {
    const wrong = mount(QuizFeedback, {
      props: { question: singleChoice, result: checkAnswer(singleChoice, { kind: 'choice', choiceId: singleChoice.choices.find((c) => c.id !== singleChoice.answer)!.id }) },
      global: { plugins: [createAppRouter(createMemoryHistory())] },
    })
    expect(wrong.find('.expected').exists()).toBe(false)
    expect(wrong.find('.given').exists()).toBe(false)
  })

  it('says partial credit in the type’s own parts', () => {
    const result = checkAnswer(matching, { kind: 'pairs', pairs: { l1: 'r1' } })
    const wrapper = mount(QuizFeedback, { props: { question: matching, result }, global: { plugins: [createAppRouter(createMemoryHistory())] } })
    expect(wrapper.get('.verdict').text()).toContain('Partly right: 1 of 4 pairs')
    expect(wrapper.get('.expected').text()).toContain(result.expected)
  })

  it('keeps the explanation to two sentences and the source to its key sentence until "Show more"', async () => {
    const paragraph = article.paragraphs[0]!
    const second = paragraph.indexOf('. ') + 2
    const evidence = [
      { paragraph: 1, start: 0, end: 8, text: paragraph.slice(0, 8) },
      { paragraph: 1, start: second, end: second + 4, text: paragraph.slice(second, second + 4) },
    ]
    const question = { ...singleChoice, evidence, explanation: 'One. Two. Three. Four.' }
    const wrapper = mountFeedback(question)
    expect(wrapper.get('.explanation').text()).toBe('One. Two.')
    expect(wrapper.findAll('.quote')).toHaveLength(1)
    const shortQuote = wrapper.get('.quote').text()
    expect(shortQuote).not.toContain(paragraph.slice(second, second + 20))
    await wrapper.get('button.more').trigger('click')
    expect(wrapper.get('.quote').text().length).toBeGreaterThan(shortQuote.length)
  })
})
