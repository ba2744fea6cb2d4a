import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import {
  CLASSROOM_DB_NAME,
  CLASSROOM_DB_VERSION,
  CLASSROOM_MIGRATIONS,
  migrateClassroomDb,
  openClassroomRepository,
  resultId,
} from '../../src/storage/classroomRepository'

const result = (fp: number, code: string, addedAt = 1) => ({ id: resultId(fp, code), quizFingerprint: fp, code, addedAt })

describe('the classroom database', () => {
  it('keeps quizzes and results across reopening, apart from the progress database', async () => {
    const factory = new IDBFactory()
    const first = await openClassroomRepository(factory)
    expect(first.persistent).toBe(true)
    await first.saveQuiz({ fingerprint: 1, code: 'abc', title: 'Week 1', savedAt: 10 })
    await first.addResults([result(1, 'x'), result(1, 'y'), result(2, 'z')])
    first.close()
    const again = await openClassroomRepository(factory)
    expect(await again.listQuizzes()).toEqual([{ fingerprint: 1, code: 'abc', title: 'Week 1', savedAt: 10 }])
    expect((await again.listResults(1)).map((r) => r.code)).toEqual(['x', 'y'])
    const names = (await factory.databases()).map((db) => db.name)
    expect(names).toEqual([CLASSROOM_DB_NAME])
    again.close()
  })

  it('recognises a code it already has', async () => {
    const repo = await openClassroomRepository(new IDBFactory())
    await repo.addResults([result(1, 'x')])
    const second = await repo.addResults([result(1, 'x', 2), result(1, 'w'), result(1, 'w')])
    expect(second.added.map((r) => r.code)).toEqual(['w'])
    expect(second.duplicates.map((r) => r.code)).toEqual(['x', 'w'])
  })

  it('clears one quiz\'s results only', async () => {
    const repo = await openClassroomRepository(new IDBFactory())
    await repo.addResults([result(1, 'x'), result(2, 'y')])
    await repo.clearResults(1)
    expect(await repo.listResults(1)).toEqual([])
    expect(await repo.listResults(2)).toHaveLength(1)
  })

  it('runs every migration step from the stored version up', () => {
    const ran: number[] = []
    const steps = [0, 1, 2].map((n) => () => void ran.push(n))
    migrateClassroomDb({} as never, 1, {} as never, steps)
    expect(ran).toEqual([1, 2])
    expect(CLASSROOM_DB_VERSION).toBe(CLASSROOM_MIGRATIONS.length)
  })

  it('works from memory when there is no IndexedDB', async () => {
    const repo = await openClassroomRepository(undefined)
    expect(repo.persistent).toBe(false)
    await repo.addResults([result(1, 'x')])
    expect(await repo.listResults(1)).toHaveLength(1)
  })
})
