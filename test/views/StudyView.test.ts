// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '../../src/router'
import { defaultSettings } from '../../src/storage/defaultSettings'
import { useSettingsStore } from '../../src/stores/settings'
import StudyView from '../../src/views/StudyView.vue'
import { useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

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
}

const checkedLimit = (wrapper: Awaited<ReturnType<typeof mountStudy>>) =>
  (wrapper.findAll<HTMLInputElement>('input[name="time-limit"]').find((input) => input.element.checked)?.element.value)

describe('StudyView: starting choices from the settings', () => {
  it('starts a Test with the time limit set in the settings', async () => {
    useSettingsStore(device.pinia()).apply({ ...defaultSettings(), testTimeLimit: { kind: 'question', seconds: 45 } })
    const wrapper = await mountStudy()
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('question')
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Seconds per question"]').element.value).toBe('45')
    wrapper.unmount()
  })

  it('turns a whole-quiz limit into minutes, and has no limit by default', async () => {
    useSettingsStore(device.pinia()).apply({ ...defaultSettings(), testTimeLimit: { kind: 'quiz', seconds: 1200 } })
    const wrapper = await mountStudy()
    await chooseTest(wrapper)
    expect(checkedLimit(wrapper)).toBe('quiz')
    expect(wrapper.get<HTMLInputElement>('input[aria-label="Minutes for the whole quiz"]').element.value).toBe('20')
    wrapper.unmount()
    useSettingsStore(device.pinia()).apply(defaultSettings())
    const fresh = await mountStudy()
    await chooseTest(fresh)
    expect(checkedLimit(fresh)).toBe('off')
    fresh.unmount()
  })
})
