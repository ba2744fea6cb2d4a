// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import HomeToday from '../../../src/components/home/HomeToday.vue'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import { recordEarlier, useFreshDevice } from '../progress/helpers'

const device = useFreshDevice()
const question = loadQuestionBank().questions[0]!
const DAY = 24 * 3600 * 1000
const answerAt = (answeredAt: number) => ({
  questionId: question.id, questionType: question.type, factIds: question.factIds, topics: question.topics,
  correct: true, score: 1, responseMs: 4000, answeredAt, mode: 'practice' as const,
})

describe('HomeToday', () => {
  it('says nothing to a new learner', async () => {
    const wrapper = mount(HomeToday, { global: { plugins: [device.pinia()] } })
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(wrapper.find('[data-testid="home-today"]').exists()).toBe(false)
  })

  it('greets a returning learner with today’s goal and the streak', async () => {
    const now = Date.now()
    await recordEarlier(device.indexedDB(), [answerAt(now - 2 * DAY), answerAt(now - DAY), answerAt(now - 1000)])
    const wrapper = mount(HomeToday, { global: { plugins: [device.pinia()] } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="home-today"]').exists()).toBe(true), { timeout: 10_000 })
    expect(wrapper.text()).toBe('Today: 1 of 10 answers · 3 days in a row')
  })
})
