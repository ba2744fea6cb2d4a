// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import type { Question } from '../../../src/domain/question'
import { createAppRouter } from '../../../src/router'
import type { AttemptInput } from '../../../src/storage/progressRepository'
import { useQuizStore } from '../../../src/stores/quiz'
import ProgressView from '../../../src/views/ProgressView.vue'
import { recordEarlier, useFreshDevice } from './helpers'

const device = useFreshDevice()

// Local noon on 12 March 2025: the page counts days on the learner's own calendar.
const TODAY = new Date(2025, 2, 12, 12, 0)
const onDay = (daysAgo: number, minute: number) => new Date(2025, 2, 12 - daysAgo, 11, minute).getTime()

const bank = loadQuestionBank()
const singleFact = bank.questions.filter((question) => question.factIds.length === 1)
const first = singleFact[0] as Question
const second = singleFact.find((question) => question.factIds[0] !== first.factIds[0]) as Question

function answerTo(question: Question, correct: boolean, answeredAt: number): AttemptInput {
  const { id: questionId, type: questionType, factIds, topics } = question
  return { questionId, questionType, factIds, topics, correct, score: correct ? 1 : 0, responseMs: 8000, answeredAt, mode: 'practice' }
}

// Three study days in a row: the first question's fact is missed three times out of four.
const HISTORY = [
  answerTo(first, false, onDay(2, 1)),
  answerTo(first, false, onDay(2, 2)),
  answerTo(second, true, onDay(2, 3)),
  answerTo(first, true, onDay(1, 1)),
  answerTo(second, true, onDay(1, 2)),
  answerTo(first, false, onDay(0, 1)),
]

async function mountProgress() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/progress')
  const wrapper = mount(ProgressView, { global: { plugins: [device.pinia(), router] } })
  await vi.waitFor(() => expect(wrapper.text()).not.toContain('Loading your progress'))
  return { wrapper, router }
}

function figure(wrapper: VueWrapper, name: string): string {
  const stat = wrapper.findAll('dl.summary .stat').find((item) => item.get('dt').text() === name)
  return stat?.get('dd').text() ?? ''
}

/** Each chart as the sighted learner sees it (SVG) and as a screen reader reads it (table). */
function charts(wrapper: VueWrapper) {
  return wrapper.findAll('figure.bar-chart').map((chart) => ({
    title: chart.get('figcaption').text(),
    labelledBy: chart.get('table').attributes('aria-labelledby'),
    captionId: chart.get('figcaption').attributes('id'),
    drawn: chart.findAll('svg text.value').map((text) => text.text()),
    drawnLabels: chart.findAll('svg text.label').map((text) => text.text()),
    rows: chart.findAll('tbody tr').map((row) => [row.get('th').text(), row.get('td').text()]),
  }))
}

describe('ProgressView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('invites a new learner to study when nothing is recorded', async () => {
    const { wrapper } = await mountProgress()
    expect(wrapper.get('.empty h2').text()).toBe('Nothing recorded yet')
    expect(wrapper.get('.empty a').attributes('href')).toBe('/study')
    expect(wrapper.find('dl.summary').exists()).toBe(false)
    expect(wrapper.findAll('figure.bar-chart')).toHaveLength(0)
    expect(wrapper.findAll('section > h2').map((heading) => heading.text())).toEqual(['Settings', 'Storage', 'Backup'])
  })

  it('sums up the history: answers, accuracy, study days, streak and today’s goal', async () => {
    await recordEarlier(device.indexedDB(), HISTORY)
    const { wrapper } = await mountProgress()
    expect(figure(wrapper, 'Answers')).toBe('6')
    expect(figure(wrapper, 'Score')).toBe('50%')
    expect(figure(wrapper, 'Study days')).toBe('3')
    expect(figure(wrapper, 'Streak')).toBe('3 days')
    expect(figure(wrapper, 'Today\'s goal')).toBe('1 / 10')
    expect(wrapper.get('dl.summary progress').attributes('aria-label')).toBe('1 of 10 answers today')
  })

  it('draws each chart with a title and a table holding the same numbers', async () => {
    await recordEarlier(device.indexedDB(), HISTORY)
    const { wrapper } = await mountProgress()
    const shown = charts(wrapper)
    expect(shown.map((chart) => chart.title)).toEqual([
      'Mastered facts by topic',
      'Score per day (last 14 study days)',
      'Reviews due: now, later today and the next 6 days',
    ])
    for (const chart of shown) {
      expect(chart.rows.length, chart.title).toBeGreaterThan(0)
      expect(chart.labelledBy, chart.title).toBe(chart.captionId)
      expect(chart.drawn, chart.title).toEqual(chart.rows.map(([, value]) => value))
      // A drawn label may be shortened with "…"; the table always has it whole.
      chart.drawnLabels.forEach((drawn, index) => {
        const label = chart.rows[index]![0]!
        expect(drawn === label || (drawn.endsWith('…') && label.startsWith(drawn.slice(0, -1))), `${chart.title}: ${drawn}`).toBe(true)
      })
      expect(chart.drawnLabels, chart.title).toHaveLength(chart.rows.length)
    }
    const [mastery, accuracy, upcoming] = shown
    expect(mastery!.rows.map(([label]) => label).sort()).toEqual(bank.topics.map((topic) => topic.label).sort())
    expect(mastery!.rows.every(([, value]) => /^\d+\/\d+$/.test(value!))).toBe(true)
    expect(accuracy!.rows).toEqual([
      // Dates as the reader's locale writes them (en-US here), never "2025-03-10".
      ['Mar 10, 2025', '33%'],
      ['Mar 11, 2025', '100%'],
      ['Mar 12, 2025', '0%'],
    ])
    expect(upcoming!.rows).toHaveLength(8)
    expect(upcoming!.rows.slice(0, 2).map(([label]) => label)).toEqual(['Due now', 'Later today'])
  })

  it('counts what is due one way: the first bar says what the Review button says', async () => {
    // Answered a minute ago: its card falls due later today, not now.
    await recordEarlier(device.indexedDB(), [...HISTORY, answerTo(second, false, TODAY.getTime() - 60_000)])
    const { wrapper } = await mountProgress()
    const upcoming = charts(wrapper).at(-1)!
    const button = wrapper.find('button.review')
    const dueNow = Number(upcoming.rows[0]![1])
    expect(button.exists() ? button.text() : 'Review (0 facts due)').toBe(`Review (${dueNow} ${dueNow === 1 ? 'fact' : 'facts'} due)`)
    expect(Number(upcoming.rows[1]![1])).toBeGreaterThan(0)
  })

  it('shows progress toward mastery from the first day', async () => {
    await recordEarlier(device.indexedDB(), HISTORY.slice(-1))
    const { wrapper } = await mountProgress()
    expect(wrapper.get('[data-testid="mastery-line"]').text()).toMatch(/^Learning 1, mastered 0 of \d+ facts: come back tomorrow/)
  })

  it('lists the weakest fact and starts a quiz on it when asked', async () => {
    await recordEarlier(device.indexedDB(), HISTORY)
    const { wrapper, router } = await mountProgress()
    const weak = wrapper.findAll('.weak-facts li')
    expect(weak).toHaveLength(1)
    expect(weak[0]!.get('.summary').text()).toBe(bank.facts[first.factIds[0]!]!.summary)
    expect(weak[0]!.get('.numbers').text()).toContain('1 of 4 right')

    await weak[0]!.get('button').trigger('click')
    // The quiz route's page is imported (and transformed) on first use: slow on a busy machine.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/quiz'), { timeout: 10_000 })
    const session = useQuizStore().session
    expect(session?.config.title).toBe('Practise one fact')
    const questions = session!.config.questionIds.map((id) => bank.questions.find((question) => question.id === id))
    expect(questions.every((question) => question?.factIds.includes(first.factIds[0]!))).toBe(true)
  })
})
