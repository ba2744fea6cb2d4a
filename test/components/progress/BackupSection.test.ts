// @vitest-environment happy-dom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import BackupSection from '../../../src/components/progress/BackupSection.vue'
import { buildExportFile } from '../../../src/storage/backup'
import { defaultSettings } from '../../../src/storage/schema'
import { syntheticAttempts } from '../../../src/storage/synthetic'
import { useProgressStore } from '../../../src/stores/progress'
import { recordEarlier, useFreshDevice } from './helpers'

const device = useFreshDevice()

async function mountBackup() {
  const wrapper = mount(BackupSection, { global: { plugins: [device.pinia()] } })
  await useProgressStore().historyReady()
  await flushPromises()
  return wrapper
}

/** Picks a file in the "Import a file" input, as the browser's file chooser does. */
async function chooseFile(wrapper: VueWrapper, text: string) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], 'progress.json', { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await vi.waitFor(() => expect(wrapper.find('.problems').exists() || wrapper.find('.preview').exists()).toBe(true))
}

const progressFile = (attempts = syntheticAttempts(5, 7)) => buildExportFile({ attempts, cards: [], settings: defaultSettings() }, Date.UTC(2025, 5, 1))

describe('BackupSection', () => {
  it('refuses a file that is not JSON, says why, and changes nothing', async () => {
    const wrapper = await mountBackup()
    await chooseFile(wrapper, '{"format": "close-read-progress", "version": 1, "attempts": [')
    const problems = wrapper.get('.problems')
    expect(problems.attributes('role')).toBe('alert')
    // Plain words first; the technical detail folded below.
    expect(problems.get('p').text()).toBe('This file is not a Close Read backup. Nothing was changed.')
    expect(problems.get('details summary').text()).toBe('Technical details')
    expect(problems.findAll('li').map((item) => item.text())).toEqual(['The file is not valid JSON; it may be damaged or not a progress file.'])
    expect(wrapper.find('.preview').exists()).toBe(false)
  })

  it('lists each broken record of a progress file by where it is', async () => {
    const file = progressFile() as unknown as { attempts: Record<string, unknown>[] }
    file.attempts[1]!.score = 'abc'
    delete file.attempts[3]!.answeredAt
    const wrapper = await mountBackup()
    await chooseFile(wrapper, JSON.stringify(file))
    expect(wrapper.get('.problems').findAll('li').map((item) => item.text())).toEqual([
      'attempts[1].score: expected a number between 0 and 1',
      'attempts[3].answeredAt: missing',
    ])
    expect(useProgressStore().attempts).toHaveLength(0)
  })

  it('refuses a file from another app', async () => {
    const wrapper = await mountBackup()
    await chooseFile(wrapper, JSON.stringify({ name: 'a shopping list' }))
    expect(wrapper.get('.problems li').text()).toBe('This is not a Close Read progress file.')
    expect(wrapper.get('.problems p').text()).toBe('This file is not a Close Read backup. Nothing was changed.')
  })

  it('says plainly when a backup comes from a newer version, or is damaged', async () => {
    const wrapper = await mountBackup()
    await chooseFile(wrapper, JSON.stringify({ ...progressFile(), version: 99 }))
    expect(wrapper.get('.problems p').text()).toBe('This backup was made by a newer version of Close Read. Update the app, then import it again. Nothing was changed.')
    const file = progressFile() as unknown as { attempts: Record<string, unknown>[] }
    file.attempts[1]!.score = 'abc'
    await chooseFile(wrapper, JSON.stringify(file))
    expect(wrapper.get('.problems p').text()).toBe('This Close Read backup is damaged: parts of it cannot be read. Nothing was changed.')
  })

  it('previews a valid file, then adds its new answers when the learner confirms', async () => {
    const here = syntheticAttempts(2, 1)
    await recordEarlier(device.indexedDB(), here)
    const wrapper = await mountBackup()
    await chooseFile(wrapper, JSON.stringify(progressFile([...here, ...syntheticAttempts(5, 7)])))

    const preview = wrapper.get('.preview')
    expect(preview.get('h3').text()).toBe('What the import will change')
    expect(preview.findAll('li')[0]!.text()).toBe('5 new answers (2 already here)')
    expect(wrapper.find('.problems').exists()).toBe(false)
    expect(useProgressStore().attempts).toHaveLength(2)

    await preview.findAll('button').find((button) => button.text() === 'Import')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toContain('Imported: 5 new answers added.'))
    expect(wrapper.find('.preview').exists()).toBe(false)
    expect(useProgressStore().attempts).toHaveLength(7)
    await vi.waitFor(() => expect(wrapper.findAll('.snapshots li')).toHaveLength(1))
    expect(wrapper.get('.snapshots li').text()).toMatch(/before an import: 2 answers/)
    // Each Restore button's name names its snapshot (visible "Restore", hidden the time taken).
    const restore = wrapper.get('.snapshots li button')
    expect(restore.text()).toMatch(/^Restore the snapshot of .+\d/)
    expect(restore.get('.visually-hidden').text()).toBe(`the snapshot of ${wrapper.get('.snapshots li span').text().split(', before')[0]}`)
  })

  it('drops the preview, and changes nothing, on Cancel', async () => {
    const wrapper = await mountBackup()
    await chooseFile(wrapper, JSON.stringify(progressFile()))
    await wrapper.get('.preview').findAll('button').find((button) => button.text() === 'Cancel')!.trigger('click')
    expect(wrapper.find('.preview').exists()).toBe(false)
    expect(useProgressStore().attempts).toHaveLength(0)
    expect(await (await useProgressStore().repository()).listSnapshots()).toEqual([])
  })
})
