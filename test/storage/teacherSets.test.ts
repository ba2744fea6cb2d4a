import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { parseTeacherSet, type TeacherSet } from '../../src/classroom/setFormat'
import { openSetsDatabase, SETS_DB_VERSION, SETS_MIGRATIONS, teacherSetsRepository } from '../../src/storage/teacherSets'
import { EXAMPLE_SET } from '../classroom/exampleSet'

function exampleSet(id: string, importedAt: number): TeacherSet {
  const result = parseTeacherSet(JSON.stringify({ ...EXAMPLE_SET, title: `Set ${id}` }), id, importedAt)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.set
}

describe('teacher sets on the device', () => {
  it('has one migration per version, and a fresh database gets every store', async () => {
    expect(SETS_MIGRATIONS.map((step) => step.version)).toEqual(Array.from({ length: SETS_DB_VERSION }, (_, index) => index + 1))
    const db = await openSetsDatabase(new IDBFactory())
    expect(db.version).toBe(SETS_DB_VERSION)
    expect([...db.objectStoreNames]).toEqual(['sets'])
    db.close()
  })

  it('keeps what an older version stored when it opens again at the current version', async () => {
    const factory = new IDBFactory()
    const repo = teacherSetsRepository(factory)
    await repo.add(exampleSet('one', 1))
    const reopened = teacherSetsRepository(factory)
    expect((await reopened.list()).sets.map((set) => set.title)).toEqual(['Set one'])
  })

  it('adds, lists in import order and removes sets', async () => {
    const repo = teacherSetsRepository(new IDBFactory())
    await repo.add(exampleSet('b', 20))
    await repo.add(exampleSet('a', 10))
    expect((await repo.list()).sets.map((set) => set.id)).toEqual(['a', 'b'])
    await repo.remove('a')
    const { sets, unreadable } = await repo.list()
    expect(sets.map((set) => set.id)).toEqual(['b'])
    expect(sets[0]).toEqual(exampleSet('b', 20))
    expect(unreadable).toBe(0)
  })

  it('reports a damaged record instead of playing it', async () => {
    const factory = new IDBFactory()
    const repo = teacherSetsRepository(factory)
    await repo.add(exampleSet('good', 1))
    const broken = { ...exampleSet('bad', 2), questions: [{ id: 'teacher:bad:q1', type: 'single_choice', prompt: 5 }] }
    await repo.add(broken as unknown as TeacherSet)
    await repo.add({ id: 'worse' } as unknown as TeacherSet)
    const { sets, unreadable } = await repo.list()
    expect(sets.map((set) => set.id)).toEqual(['good'])
    expect(unreadable).toBe(2)
  })
})

describe('a database held open by an older tab', () => {
  it('is refused instead of waited for', async () => {
    const factory = new IDBFactory()
    // An older version's connection that never closes on versionchange.
    await new Promise<void>((resolve) => {
      const request = factory.open('close-read-sets', 1)
      request.onsuccess = () => resolve()
    })
    await expect(openSetsDatabase(factory, SETS_DB_VERSION + 1)).rejects.toThrow('Another tab keeps an older version of the close-read-sets database open')
  })
})
