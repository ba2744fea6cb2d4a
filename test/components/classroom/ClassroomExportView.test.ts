// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '../../../src/router'
import { useQuizStore } from '../../../src/stores/quiz'
import ClassroomExportView from '../../../src/views/ClassroomExportView.vue'
import { EXAMPLE_SET } from '../../classroom/exampleSet'

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string; type: string }>)
vi.mock('../../../src/support/download', () => ({
  downloadText: (name: string, text: string, type = 'application/json') => downloads.push({ name, text, type }),
}))

beforeEach(() => {
  // A new device for each test (the page opens its databases once per IndexedDB).
  vi.stubGlobal('indexedDB', new IDBFactory())
  setActivePinia(createPinia())
  downloads.length = 0
})
afterEach(() => vi.unstubAllGlobals())

async function mountPage() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/classroom/export')
  const wrapper = mount(ClassroomExportView, { global: { plugins: [router] }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('#export-set').exists()).toBe(true), { timeout: 10_000 })
  return wrapper
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof mountPage>>, name: string, text: string) {
  const input = wrapper.get('[data-testid="import-file"]')
  Object.defineProperty(input.element, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] })
  await input.trigger('change')
  await flushPromises()
}

describe('ClassroomExportView', () => {
  it('downloads the chosen set as GIFT, Anki and CSV', async () => {
    const wrapper = await mountPage()
    await wrapper.get('#export-set').setValue('fact-or-position')
    for (const format of ['gift', 'anki', 'csv']) await wrapper.get(`[data-format="${format}"]`).trigger('click')
    expect(downloads.map((download) => download.name)).toEqual([
      'close-read-fact-or-position.gift.txt',
      'close-read-fact-or-position.anki.txt',
      'close-read-fact-or-position.csv',
    ])
    expect(downloads[0]!.text).toMatch(/^\/\/ Close Read: Fact or position\?\n/)
    expect(downloads[1]!.text.split('\n')[0]).toBe('#separator:Tab')
    expect(downloads[2]!.text.startsWith('\uFEFFid,type,topic,prompt')).toBe(true)
    expect(downloads[2]!.type).toBe('text/csv;charset=utf-8')
    expect(wrapper.get('.export [role="status"]').text()).toMatch(/^Saved close-read-fact-or-position\.csv \(\d+ questions\)\.$/)
    expect(wrapper.get('a.button[href^="/classroom/worksheet"]').attributes('href')).toBe('/classroom/worksheet?set=fact-or-position')
    wrapper.unmount()
  })

  it('imports a valid set, lists it, puts it in the quiz bank, and removes it after confirmation', async () => {
    const wrapper = await mountPage()
    await chooseFile(wrapper, 'set.json', JSON.stringify(EXAMPLE_SET))
    await vi.waitFor(() => expect(wrapper.text()).toContain('Imported “Reading for attribution” (7 questions)'))
    expect(wrapper.findAll('.sets .name').map((name) => name.text())).toEqual(['Reading for attribution'])
    const quiz = useQuizStore()
    expect(quiz.bank?.teacher?.sets.map((set) => set.title)).toEqual(['Reading for attribution'])
    expect(wrapper.findAll('#export-set option').at(-1)?.text()).toBe('Reading for attribution (7)')

    const remove = wrapper.findAll('.sets button').find((button) => button.text().startsWith('Remove'))!
    await remove.trigger('click')
    expect(wrapper.text()).toContain('“Reading for attribution” will be removed from this device.')
    const confirm = wrapper.findAll('dialog button').find((button) => button.text() === 'Remove the set')!
    await confirm.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.sets .name')).toHaveLength(0))
    expect(quiz.bank?.teacher?.sets).toEqual([])
    wrapper.unmount()
  })

  it('shows each problem of a malformed file, with its path, and keeps what was there', async () => {
    const wrapper = await mountPage()
    const broken = { ...EXAMPLE_SET, questions: [EXAMPLE_SET.questions[0], { ...EXAMPLE_SET.questions[0], choices: [{ id: 'a', text: 'ok' }, { id: 'b', text: 7 }] }] }
    await chooseFile(wrapper, 'broken.json', JSON.stringify(broken))
    const alert = wrapper.get('.problems[role="alert"]')
    expect(alert.text()).toContain('This file was not imported.')
    expect(alert.findAll('li').map((item) => item.text())).toEqual(['questions[1].choices[1].text: expected text'])
    await chooseFile(wrapper, 'cut.json', '{"format":"close-read-set","ver')
    expect(wrapper.get('.problems').text()).toContain('not valid JSON')
    expect(wrapper.findAll('.sets .name')).toHaveLength(0)
    wrapper.unmount()
  })
  it('offers the quiz just built on the Classroom page, exactly its questions', async () => {
    const { classroomRepository, bankIndexOf } = await import('../../../src/support/classroom')
    const { encodeQuizLink, decodeQuizLink } = await import('../../../src/classroom/quizLink')
    const quiz = useQuizStore()
    await quiz.loadBank()
    const index = bankIndexOf(quiz.bank!)
    const ids = [index.ids[5]!, index.ids[1]!, index.ids[9]!]
    const code = encodeQuizLink({ questionIds: ids, seed: 1, order: 'same', timeLimit: { kind: 'off' }, title: 'Friday' }, index)
    const fingerprint = (decodeQuizLink(code, index) as { ok: true; value: { fingerprint: number } }).value.fingerprint
    await (await classroomRepository()).saveQuiz({ fingerprint, code, title: 'Friday', savedAt: Date.now() })
    const wrapper = await mountPage()
    const select = wrapper.get('#export-set').element as HTMLSelectElement
    expect(select.value).toBe('everything')
    await wrapper.get('#export-set').setValue('class-quiz')
    expect(select.selectedOptions[0]!.textContent).toBe('Class quiz: Friday (3)')
    await wrapper.get('[data-format="csv"]').trigger('click')
    const rows = downloads[0]!.text.trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[0])
    expect(rows).toEqual(ids)
    expect(wrapper.get('a.button[href^="/classroom/worksheet"]').attributes('href')).toBe('/classroom/worksheet?set=class-quiz')
    wrapper.unmount()
  })
})
