// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import SettingsSection from '../../../src/components/progress/SettingsSection.vue'
import { openProgressRepository } from '../../../src/storage/progressRepository'
import { useProgressStore } from '../../../src/stores/progress'
import { useSettingsStore } from '../../../src/stores/settings'
import { useFreshDevice } from './helpers'

const device = useFreshDevice()

async function mountSettings() {
  const progress = useProgressStore(device.pinia())
  await progress.ready()
  const wrapper = mount(SettingsSection, { global: { plugins: [device.pinia()] } })
  return { wrapper, settings: useSettingsStore(device.pinia()) }
}

describe('SettingsSection: time limit in a Test', () => {
  it('offers no limit, a whole-quiz limit or a per-question limit, starting with none', async () => {
    const { wrapper } = await mountSettings()
    const select = wrapper.get<HTMLSelectElement>('#setting-time-limit')
    expect(wrapper.get('label[for="setting-time-limit"]').text()).toBe('Time limit in a Test')
    expect(select.element.value).toBe('off')
    const labels = select.findAll('option').map((option) => option.text())
    expect(labels).toContain('No time limit')
    expect(labels).toContain('10 min for the whole quiz')
    expect(labels).toContain('30 s per question')
  })

  it('saves the chosen limit on the device', async () => {
    const { wrapper, settings } = await mountSettings()
    await wrapper.get('#setting-time-limit').setValue('question:30')
    await vi.waitFor(() => expect(settings.settings.testTimeLimit).toEqual({ kind: 'question', seconds: 30 }))
    const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
    expect((await repository.load()).settings.testTimeLimit).toEqual({ kind: 'question', seconds: 30 })
    repository.close()
    await wrapper.get('#setting-time-limit').setValue('off')
    await vi.waitFor(() => expect(settings.settings.testTimeLimit).toEqual({ kind: 'off' }))
  })

  it('keeps a stored limit that is not in the list selectable', async () => {
    const { wrapper, settings } = await mountSettings()
    settings.apply({ ...settings.settings, testTimeLimit: { kind: 'quiz', seconds: 420 } })
    await flushPromises()
    const select = wrapper.get<HTMLSelectElement>('#setting-time-limit')
    expect(select.element.value).toBe('quiz:420')
    expect(select.find('option[value="quiz:420"]').text()).toBe('7 min for the whole quiz')
  })
})
