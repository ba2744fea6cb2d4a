// @vitest-environment happy-dom
// Bug 1 of issue 31: one figure that cannot be worked out (a RangeError from a time Date cannot hold)
// blanked the whole Progress page, and with it Export, Import, Reset and Restore.
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import { createAppRouter } from '../../../src/router'
import { useQuizStore } from '../../../src/stores/quiz'
import ProgressView from '../../../src/views/ProgressView.vue'
import SectionBoundary from '../../../src/components/base/SectionBoundary.vue'
import { recordEarlier, useFreshDevice } from './helpers'

const failing = vi.hoisted(() => ({ streak: false }))
vi.mock('../../../src/engine/stats', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/engine/stats')>()
  return {
    ...actual,
    streak: (...args: Parameters<typeof actual.streak>) => {
      if (failing.streak) throw new RangeError('Invalid time value')
      return actual.streak(...args)
    },
  }
})

const device = useFreshDevice()
const bank = loadQuestionBank()

describe('Progress page sections', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined))
  afterEach(() => {
    failing.streak = false
    vi.restoreAllMocks()
  })

  it('a figure that throws hides only its own section: Backup, Storage and Settings stay, and say what failed', async () => {
    const question = bank.questions[0]
    if (!question) throw new Error('no questions')
    await recordEarlier(device.indexedDB(), [
      { questionId: question.id, questionType: question.type, factIds: question.factIds, topics: question.topics, correct: true, score: 1, responseMs: 5000, answeredAt: Date.now() },
    ])
    failing.streak = true
    const router = createAppRouter(createMemoryHistory())
    await router.push('/progress')
    useQuizStore(device.pinia()).bank = bank
    const wrapper = mount(ProgressView, { global: { plugins: [device.pinia(), router] } })
    await vi.waitFor(() => expect(wrapper.text()).not.toContain('Loading your progress'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="section-failed"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="section-failed"]').text()).toContain('The summary could not be shown.')
    expect(wrapper.get('[data-testid="section-failed"]').text()).toContain('Invalid time value')
    expect(wrapper.findAll('section > h2').map((heading) => heading.text())).toEqual(['Your misreadings', 'Settings', 'Storage', 'Backup'])
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual(expect.arrayContaining(['Export progress', 'Reset progress…']))
    // The other figures still show.
    expect(wrapper.findAll('figure.bar-chart').length).toBeGreaterThan(0)
    wrapper.unmount()
  })

  it('the boundary shows its contents when nothing fails', () => {
    const wrapper = mount(SectionBoundary, { props: { name: 'Part' }, slots: { default: '<p class="inside">fine</p>' } })
    expect(wrapper.get('.inside').text()).toBe('fine')
    expect(wrapper.find('[data-testid="section-failed"]').exists()).toBe(false)
  })
})
