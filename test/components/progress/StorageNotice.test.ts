// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import StorageNotice from '../../../src/components/progress/StorageNotice.vue'
import { createAppRouter } from '../../../src/router'
import { DB_NAME } from '../../../src/storage/idbBackend'
import { PROGRESS_MARK_KEY, REMINDER_DISMISSED_KEY, useProgressStore } from '../../../src/stores/progress'
import { answer, failWrites, putRaw } from '../../storage/helpers'
import { recordEarlier, useFreshDevice } from './helpers'

const device = useFreshDevice()

/** Mounts the notice as App.vue does; it opens storage itself. Resolves once storage and the history are read. */
async function mountNotice() {
  const wrapper = mount(StorageNotice, { global: { plugins: [device.pinia(), createAppRouter(createMemoryHistory())] } })
  await useProgressStore().historyReady()
  await flushPromises()
  return wrapper
}

describe('StorageNotice', () => {
  it('shows nothing while progress is saved on the device', async () => {
    const wrapper = await mountNotice()
    expect(useProgressStore().status).toEqual({ persistent: true })
    expect(wrapper.text()).toBe('')
  })

  it('says progress will not be saved when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const wrapper = await mountNotice()
    const notice = wrapper.get('[data-testid="storage-notice"]')
    expect(notice.attributes('role')).toBe('alert')
    expect(notice.text()).toContain('Progress will not be saved on this device (storage is not available here')
    expect(notice.text()).toContain('export your progress before closing the tab')
  })

  it('says another tab holds the storage when a newer version of the app has the database', async () => {
    const newer = device.indexedDB().open(DB_NAME, 99)
    await new Promise((done) => (newer.onsuccess = done))
    newer.result.close()
    const wrapper = await mountNotice()
    expect(wrapper.get('[data-testid="storage-notice"]').text()).toBe(
      'Progress will not be saved on this device right now: another tab holds the storage. Close other Close Read tabs and reload.',
    )
  })

  it('says the device is out of space when a write hits the quota', async () => {
    const wrapper = await mountNotice()
    expect(wrapper.find('[data-testid="storage-notice"]').exists()).toBe(false)
    const restore = failWrites('quota')
    try {
      await (await useProgressStore().repository()).recordAttempt(answer())
    } finally {
      restore()
    }
    await flushPromises()
    expect(wrapper.get('[data-testid="storage-notice"]').text()).toContain('This device is out of storage space. Progress will not be saved on this device')
  })

  it('tells the learner one unreadable record was set aside, and links to it', async () => {
    await recordEarlier(device.indexedDB(), [answer(), answer()])
    await putRaw(device.indexedDB(), 'attempts', [{ value: { ...answer(), score: 'abc' } }])
    const wrapper = await mountNotice()
    const notice = wrapper.get('[data-testid="quarantine-notice"]')
    expect(notice.text()).toBe('One saved record could not be read and was set aside; everything else is here. See and download it')
    expect(notice.get('a').attributes('href')).toBe('/progress#storage')
    expect(useProgressStore().attempts).toHaveLength(2)
    expect(wrapper.find('[data-testid="storage-notice"]').exists()).toBe(false)
  })

  it('counts several unreadable records', async () => {
    await recordEarlier(device.indexedDB(), [answer()])
    await putRaw(device.indexedDB(), 'attempts', [
      { value: { ...answer(), score: 'abc' } },
      { value: { ...answer(), factIds: 'fact-a' } },
      { value: { ...answer(), answeredAt: -1 } },
    ])
    const wrapper = await mountNotice()
    expect(wrapper.get('[data-testid="quarantine-notice"]').text()).toMatch(/^3 saved records could not be read and were set aside; .* See and download them$/)
  })

  it('reminds the learner to back up after a week of progress on storage that is not persisted, until put off (issue 31, bug 9)', async () => {
    localStorage.clear()
    await recordEarlier(device.indexedDB(), [answer()])
    localStorage.setItem(PROGRESS_MARK_KEY, String(Date.now() - 8 * 24 * 60 * 60 * 1000))
    const wrapper = await mountNotice()
    const reminder = wrapper.get('[data-testid="backup-reminder"]')
    expect(reminder.attributes('role')).toBe('status')
    expect(reminder.text()).toContain('You have been studying here for over a week.')
    expect(reminder.get('a').attributes('href')).toBe('/progress#backup')
    await reminder.get('button').trigger('click')
    expect(wrapper.find('[data-testid="backup-reminder"]').exists()).toBe(false)
    expect(Number(localStorage.getItem(REMINDER_DISMISSED_KEY))).toBeGreaterThan(0)
    localStorage.clear()
  })

  it('does not remind within the first week, nor when the browser keeps the data', async () => {
    localStorage.clear()
    await recordEarlier(device.indexedDB(), [answer()])
    localStorage.setItem(PROGRESS_MARK_KEY, String(Date.now() - 2 * 24 * 60 * 60 * 1000))
    expect((await mountNotice()).find('[data-testid="backup-reminder"]').exists()).toBe(false)
    localStorage.setItem(PROGRESS_MARK_KEY, String(Date.now() - 30 * 24 * 60 * 60 * 1000))
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage: { persisted: async () => true } }))
    const kept = await mountNotice()
    await flushPromises()
    expect(kept.find('[data-testid="backup-reminder"]').exists()).toBe(false)
    localStorage.clear()
  })
})
