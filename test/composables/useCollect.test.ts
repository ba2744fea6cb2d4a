// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { wrap, type IDBPDatabase } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useCollect } from '../../src/composables/useCollect'
import { CLASSROOM_DB_NAME, openClassroomRepository } from '../../src/storage/classroomRepository'

afterEach(() => {
  vi.unstubAllGlobals()
})

async function deviceWithBadRecords(): Promise<IDBFactory> {
  const factory = new IDBFactory()
  const repo = await openClassroomRepository(factory)
  await repo.saveQuiz({ fingerprint: 1, code: 'abc', title: 'Week 1', savedAt: 10 })
  repo.close()
  const db = (await wrap(factory.open(CLASSROOM_DB_NAME))) as IDBPDatabase
  await db.put('quizzes', { fingerprint: 2, code: 42 })
  await db.put('results', { id: '1:broken', quizFingerprint: 1, code: null })
  db.close()
  return factory
}

describe('bad classroom records (issue 31, bug 10)', () => {
  it('the repository counts the records it cannot read, and leaves them where they are', async () => {
    const factory = await deviceWithBadRecords()
    const repo = await openClassroomRepository(factory)
    expect(await repo.listQuizzes()).toHaveLength(1)
    expect(await repo.countUnreadable()).toBe(2)
    repo.close()
  })

  it('the Collect page is told how many, rather than skipping them silently', async () => {
    vi.stubGlobal('indexedDB', await deviceWithBadRecords())
    const collect = useCollect(() => null)
    await collect.load()
    expect(collect.unreadable.value).toBe(2)
  })
})
