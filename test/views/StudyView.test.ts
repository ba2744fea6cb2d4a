// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '../../src/router'
import { defaultSettings } from '../../src/storage/defaultSettings'
import { openProgressRepository } from '../../src/storage/progressRepository'
import type { Settings } from '../../src/domain/settings'
import { loadProgressStore } from '../../src/stores/lazyProgress'
import { useSettingsStore } from '../../src/stores/settings'
import StudyView from '../../src/views/StudyView.vue'
import HomeReviewLink from '../../src/components/home/HomeReviewLink.vue'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { recordEarlier, useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

/** Settings saved on an earlier visit: the page finds them only once storage has opened. */
async function storeSettings(patch: Partial<Settings>) {
  const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  await repository.saveSettings(patch)
  repository.close()
}

const countSelect = (wrapper: Awaited<ReturnType<typeof mountStudy>>) => wrapper.get<HTMLSelectElement>('#question-count')

async function mountStudy() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/study')
  const wrapper = mount(StudyView, { global: { plugins: [device.pinia(), router] } })
  await vi.waitFor(() => expect(wrapper.find('#question-count').exists()).toBe(true), { timeout: 10_000 })
  return wrapper
}

async function chooseTest(wrapper: Awaited<ReturnType<typeof mountStudy>>) {
  await wrapper.get('input[name="mode"][value="test"]').setValue(true)
  await flushPromises()
  // The time-limit fields load when Test is picked.
  await vi.waitFor(() => expect(wrapper.find('input[name="time-limit"]').exists()).toBe(true), { timeout: 10_000 })
}

const checkedLimit = (wrapper: Awaited<ReturnType<typeof mountStudy>>) =>
  (wrapper.findAll<HTMLInputElement>('input[name="time-limit"]').find((input) => input.element.checked)?.element.value)

describe('StudyView: starting choices from the settings', () => {
  it('starts a Test with the time limit set in the settings', async () => {
    useSettingsStore(device.pinia()).apply({ ...defaultSettings(), testTimeLimit: { kind: 'question', seconds: 45 } })
    await storeSettings({ testTimeLimit: { kind: 'question', seconds: 45 } })
    const wrapper = await mountStudy()
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('question')
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Seconds per question"]').element.value).toBe('45')
    wrapper.unmount()
  })

  it('turns a whole-quiz limit into minutes', async () => {
    useSettingsStore(device.pinia()).apply({ ...defaultSettings(), testTimeLimit: { kind: 'quiz', seconds: 1200 } })
    await storeSettings({ testTimeLimit: { kind: 'quiz', seconds: 1200 } })
    const wrapper = await mountStudy()
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('quiz')
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Minutes for the whole quiz"]').element.value).toBe('20')
    wrapper.unmount()
  })

  it('chooses a time limit when the learner types into its field', async () => {
    const wrapper = await mountStudy()
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('off')
    await wrapper.get('input[aria-label="Seconds per question"]').setValue('30')
    expect(checkedLimit(wrapper)).toBe('question')
    await wrapper.get('input[aria-label="Minutes for the whole quiz"]').setValue('12')
    expect(checkedLimit(wrapper)).toBe('quiz')
    wrapper.unmount()
  })

  it('has no time limit on a new device', async () => {
    const fresh = await mountStudy()
    await chooseTest(fresh)
    expect(checkedLimit(fresh)).toBe('off')
    fresh.unmount()
  })
})

describe('StudyView: settings that arrive after the page opened', () => {
  it('takes the stored quiz length and time limit when /study is the first page opened', async () => {
    await storeSettings({ quizLength: 20, testTimeLimit: { kind: 'question', seconds: 15 } })
    const wrapper = await mountStudy()
    // Set up before storage opened: the defaults first, then what was stored.
    await vi.waitFor(() => expect(countSelect(wrapper).element.value).toBe('20'), { timeout: 10_000 })
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('question')
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Seconds per question"]').element.value).toBe('15')
    wrapper.unmount()
  })

  it('keeps a count the learner chose before the settings arrived', async () => {
    await storeSettings({ quizLength: 30 })
    const wrapper = await mountStudy()
    const settings = useSettingsStore(device.pinia())
    const progress = await loadProgressStore(device.pinia())
    await countSelect(wrapper).setValue('5')
    await progress.ready()
    await vi.waitFor(() => expect(settings.settings.quizLength).toBe(30))
    await flushPromises()
    expect(countSelect(wrapper).element.value).toBe('5')
    // A later change of the setting leaves the learner's own count alone too.
    settings.apply({ ...settings.settings, quizLength: 15 })
    await flushPromises()
    expect(countSelect(wrapper).element.value).toBe('5')
    wrapper.unmount()
  })
})

describe('Review offers', () => {
  it('say the same on Home and on Study: the number of facts due', async () => {
    const bank = loadQuestionBank()
    const questions = [...new Map(bank.questions.filter((q) => q.factIds.length === 1).map((q) => [q.factIds[0], q])).values()].slice(0, 3)
    const longAgo = Date.now() - 60 * 24 * 3600 * 1000
    await recordEarlier(
      device.indexedDB(),
      questions.map((q, i) => ({ questionId: q.id, questionType: q.type, factIds: q.factIds, topics: q.topics, correct: false, score: 0, responseMs: 5000, answeredAt: longAgo + i, mode: 'practice' as const })),
    )
    const home = mount(HomeReviewLink, { global: { plugins: [device.pinia(), createAppRouter(createMemoryHistory())] } })
    await vi.waitFor(() => expect(home.find('a').exists()).toBe(true), { timeout: 10_000 })
    expect(home.get('a').text()).toBe('Review (3 facts due)')
    const study = await mountStudy()
    await vi.waitFor(() => expect(study.findAll('button').some((b) => b.text().startsWith('Review'))).toBe(true), { timeout: 10_000 })
    expect(study.findAll('button').find((b) => b.text().startsWith('Review'))!.text()).toBe(home.get('a').text())
    home.unmount()
    study.unmount()
  })
})
