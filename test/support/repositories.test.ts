// The teachers' sets and the classroom's database are opened once per IndexedDB (a page has one), not once per module:
// a new IndexedDB (a new page in the tests that share one module graph) is never given the one opened before.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { classroomRepository, forgetClassroomRepository } from '../../src/support/classroom'
import { deviceTeacherSets, loadDeviceTeacherSets } from '../../src/support/deviceTeacherSets'
import { EXAMPLE_SET } from '../classroom/exampleSet'

afterEach(() => {
  vi.unstubAllGlobals()
  forgetClassroomRepository()
})

function exampleSet() {
  const parsed = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 1)
  if (!parsed.ok) throw new Error(parsed.errors.join('; '))
  return parsed.set
}

describe('the teachers’ sets on this device', () => {
  it('are opened once per IndexedDB, and read from the IndexedDB the page has now', async () => {
    const first = new IDBFactory()
    vi.stubGlobal('indexedDB', first)
    const repository = deviceTeacherSets()
    expect(deviceTeacherSets()).toBe(repository)
    await repository?.add(exampleSet())
    expect((await loadDeviceTeacherSets()).map((set) => set.id)).toEqual(['set-1'])

    vi.stubGlobal('indexedDB', new IDBFactory())
    expect(deviceTeacherSets()).not.toBe(repository)
    expect(await loadDeviceTeacherSets()).toEqual([])
  })

  it('are none where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    expect(deviceTeacherSets()).toBeNull()
    expect(await loadDeviceTeacherSets()).toEqual([])
  })
})

describe('the classroom database', () => {
  const quiz = { fingerprint: 1, code: 'abc', title: 'Week 1', savedAt: 10 }

  it('is opened once per IndexedDB', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory())
    const repository = classroomRepository()
    expect(classroomRepository()).toBe(repository)
    await (await repository).saveQuiz(quiz)
    vi.stubGlobal('indexedDB', new IDBFactory())
    expect(await (await classroomRepository()).listQuizzes()).toEqual([])
  })

  it('is kept in memory for the page where there is no IndexedDB, until forgotten (a new page)', async () => {
    vi.stubGlobal('indexedDB', undefined)
    await (await classroomRepository()).saveQuiz(quiz)
    expect((await (await classroomRepository()).listQuizzes()).map((saved) => saved.title)).toEqual(['Week 1'])
    forgetClassroomRepository()
    expect(await (await classroomRepository()).listQuizzes()).toEqual([])
  })
})
