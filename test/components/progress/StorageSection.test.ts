// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import StorageSection from '../../../src/components/progress/StorageSection.vue'
import { PERSIST_ASKED_KEY, useProgressStore } from '../../../src/stores/progress'
import { useQuizStore } from '../../../src/stores/quiz'
import { answer, putRaw } from '../../storage/helpers'
import { recordEarlier, useFreshDevice } from './helpers'

const device = useFreshDevice()

/** happy-dom has no StorageManager: a stand-in that grants persistence only when asked. */
function fakeStorageManager() {
  let granted = false
  const manager = {
    persisted: vi.fn(async () => granted),
    persist: vi.fn(async () => (granted = true)),
    estimate: vi.fn(async () => ({ usage: 2_400_000, quota: 60_000_000_000 })),
  }
  Object.defineProperty(navigator, 'storage', { value: manager, configurable: true })
  return manager
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
})

async function mountStorage() {
  const wrapper = mount(StorageSection, { global: { plugins: [device.pinia()] } })
  await useProgressStore().historyReady()
  await flushPromises()
  return wrapper
}

describe('StorageSection', () => {
  it('says progress is saved here, and how much space it uses', async () => {
    fakeStorageManager()
    const wrapper = await mountStorage()
    const items = wrapper.findAll('.facts li').map((item) => item.text())
    expect(items[0]).toBe('Saved on this device: yes')
    expect(items[2]).toBe('Space used: 2.4 MB of 60000 MB available to this app')
    expect(wrapper.find('.quarantine').exists()).toBe(false)
  })

  it('asks the browser to keep the data at the first answer, even after the Storage section was seen', async () => {
    localStorage.clear()
    const storage = fakeStorageManager()
    const wrapper = await mountStorage()
    const protectedLine = () => wrapper.findAll('.facts li')[1]!.text()
    expect(protectedLine()).toBe('Protected from clean-up: not yet; the app asks the browser when you answer your first question.')

    const quiz = useQuizStore()
    const bank = await quiz.loadBank()
    const question = bank.questions.find((candidate) => candidate.type === 'true_false')
    if (!question || question.type !== 'true_false') throw new Error('the bank has a true/false question')
    quiz.start({ mode: 'practice', title: 'Two questions', source: 'test', questionIds: [question.id, bank.questions[1]!.id], timeLimit: { kind: 'off' } })
    await quiz.answer({ kind: 'choice', choiceId: question.answer })
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1))
    await flushPromises()
    expect(protectedLine()).toBe('Protected from clean-up: yes, the browser agreed to keep this app\'s data.')
  })

  it('after a reload, a "no" from the browser (asked in an earlier visit) still shows the backup advice', async () => {
    const storage = fakeStorageManager()
    storage.persisted.mockResolvedValue(false)
    localStorage.setItem(PERSIST_ASKED_KEY, '1')
    const wrapper = await mountStorage()
    await flushPromises()
    expect(wrapper.findAll('.facts li')[1]!.text()).toContain('not granted; the browser may clear the data when space runs low. Export a backup now and then.')
    localStorage.clear()
  })

  it('offers the unreadable records as a JSON file, exactly as they were found', async () => {
    fakeStorageManager()
    await recordEarlier(device.indexedDB(), [answer(), answer()])
    const corrupt = { ...answer(), score: 'abc' }
    await putRaw(device.indexedDB(), 'attempts', [{ value: corrupt }])
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:unreadable'
    })
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    const wrapper = await mountStorage()
    expect(wrapper.get('.quarantine p').text()).toBe('1 saved record could not be read. It was set aside unchanged, not deleted.')

    await wrapper.get('.quarantine button').trigger('click')
    await vi.waitFor(() => expect(blobs).toHaveLength(1))
    expect(names[0]).toMatch(/^close-read-unreadable-records-\d{4}-\d{2}-\d{2}\.json$/)
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; items: Array<{ store: string; raw: unknown }> }
    expect(file.format).toBe('close-read-quarantine')
    expect(file.items).toEqual([expect.objectContaining({ store: 'attempts', raw: corrupt })])
  })
})
