// @vitest-environment happy-dom
// Where "Prove it" is offered: after an answer in every practice mode (Practice, Quick 10, Mistakes,
// Review, a paragraph quiz), and on a quiz's results (a Test's too, once it is over); never during a Test.
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import QuizFeedback from '../../../src/components/quiz/QuizFeedback.vue'
import ResultsReviewItem from '../../../src/components/quiz/ResultsReviewItem.vue'
import { planQuiz, type QuizRequest } from '../../../src/engine/quizPlan'
import { showsFeedback } from '../../../src/engine/session'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import { checkAnswer } from '../../../src/questions/checkAnswer'
import { kindOf, QUESTION_TYPES } from '../../../src/questions/types/registry'
import { EVERYTHING_SET_ID } from '../../../src/engine/selection'
import { createAppRouter } from '../../../src/router'
import type { Question } from '../../../src/domain/question'

/** The panel is its own chunk: wait for it to load and render. */
async function settled() {
  await vi.dynamicImportSettled()
  await flushPromises()
}

const bank = loadQuestionBank()
const ids = bank.questions.map((question) => question.id)

/** One bank question of each type that is not worked in the paragraph itself (those have nothing more to prove). */
const provable = [...new Map(bank.questions.filter((q) => q.evidence.length > 0 && !kindOf(q).display(q).passage).map((q) => [q.type, q])).values()]

function wrongAnswer(question: Question) {
  const response = kindOf(question).emptyResponse(question)
  return { questionId: question.id, response, ...checkAnswer(question, response), responseMs: 1000, answeredAt: 0 }
}

describe('Prove it is offered', () => {
  it('after an answer in every practice mode, and not while a Test is played', () => {
    const practice: QuizRequest[] = [
      { kind: 'set', setId: EVERYTHING_SET_ID, mode: 'practice', count: 10, types: [...QUESTION_TYPES], shuffle: false, timeLimit: { kind: 'off' } },
      { kind: 'quick' },
      { kind: 'mistakes', questionIds: ids.slice(0, 5), count: 5 },
      { kind: 'review', questionIds: ids.slice(0, 5) },
      { kind: 'paragraph', paragraph: 4 },
      { kind: 'questions', title: 'Mark paragraph 4', questionIds: ids.slice(0, 1) },
    ]
    for (const request of practice) {
      const plan = planQuiz(bank, request, 1)
      expect(plan.ok && showsFeedback(plan.config.mode), request.kind).toBe(true)
    }
    const test = planQuiz(bank, { kind: 'link', code: 'x', title: 'Class', questionIds: ids.slice(0, 3), shuffle: false, timeLimit: { kind: 'off' } }, 1)
    expect(test.ok && showsFeedback(test.config.mode)).toBe(false)
  })

  it.each(provable.map((question) => [question.type, question] as const))('in the feedback of a %s question', async (_type, question) => {
    const result = checkAnswer(question, kindOf(question).rightResponse(question))
    const wrapper = mount(QuizFeedback, { props: { question, result }, global: { plugins: [createAppRouter(createMemoryHistory())] } })
    await settled()
    expect(wrapper.find('.prove-it button.open').exists()).toBe(true)
  })

  it('on the results of a finished quiz, for each answered question, with its own heading', async () => {
    const [first, second] = provable
    const wrapper = mount({
      components: { ResultsReviewItem },
      props: ['items'],
      template: '<ol><ResultsReviewItem v-for="(item, i) in items" :key="i" :item="item" :number="i + 1" /></ol>',
    }, { props: { items: [first, second].map((question) => ({ question, answer: wrongAnswer(question!) })) }, attachTo: document.body })
    await settled()
    const buttons = wrapper.findAll('.prove-it button.open')
    expect(buttons).toHaveLength(2)
    for (const button of buttons) await button.trigger('click')
    await settled()
    const headings = wrapper.findAll('.prove-it h3').map((h) => h.attributes('id'))
    expect(new Set(headings).size).toBe(2)
    wrapper.unmount()
  })

  it('not on the results for a question left unanswered', async () => {
    const wrapper = mount(ResultsReviewItem, { props: { number: 1, item: { question: provable[0]! } } })
    await settled()
    expect(wrapper.find('.prove-it').exists()).toBe(false)
  })
})
