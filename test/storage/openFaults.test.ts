// Issue 31, bugs 5 and 6: an open() that never settles, and an `indexedDB` that throws when read,
// for every database the app opens (progress, classroom, teachers' sets).
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OpenTimeoutError, openDatabase } from '../../src/storage/openDatabase'
import { openClassroomRepository } from '../../src/storage/classroomRepository'
import { teacherSetsRepository } from '../../src/storage/teacherSets'
import { IDBFactory, answer, openRepo } from './helpers'

/** A factory whose open() hands back a request that never fires an event, as WebKit's sometimes does. */
function hangingFactory(): { factory: IDBFactory } {
  const factory = Object.create(new IDBFactory()) as IDBFactory
  factory.open = () => new (IDBOpenDBRequest as unknown as new () => IDBOpenDBRequest)()
  return { factory }
}

afterEach(() => vi.unstubAllGlobals())

describe('an open() that never settles', () => {
  it('gives up after the timeout with OpenTimeoutError', async () => {
    const { factory } = hangingFactory()
    const started = Date.now()
    await expect(openDatabase(factory, { name: 'x', version: 1, upgrade: () => undefined, timeoutMs: 50 })).rejects.toBeInstanceOf(OpenTimeoutError)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('the progress repository carries on from memory, says why, and still records answers', async () => {
    const { factory } = hangingFactory()
    const repo = await openRepo(factory as unknown as IDBFactory, { openTimeoutMs: 50 })
    expect(repo.status).toEqual({ persistent: false, reason: 'timeout' })
    await repo.recordAttempt(answer({ id: 'kept' }))
    expect((await repo.load()).attempts.map((attempt) => attempt.id)).toEqual(['kept'])
    repo.close()
  })

  it('the classroom and sets databases give up too: memory for the classroom, an error the page reports for sets', async () => {
    const { factory } = hangingFactory()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const classroom = openClassroomRepository(factory)
      const sets = teacherSetsRepository(factory).list()
      sets.catch(() => undefined)
      await vi.advanceTimersByTimeAsync(10_000)
      expect((await classroom).persistent).toBe(false)
      await expect(sets).rejects.toBeInstanceOf(OpenTimeoutError)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('an indexedDB that throws when read (SecurityError)', () => {
  const refuse = () =>
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('Access to storage is denied.', 'SecurityError')
      },
    })

  it('leaves the classroom on memory and teachers’ sets with a message, rather than stuck loading', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')
    refuse()
    try {
      vi.resetModules()
      const { classroomRepository } = await import('../../src/support/classroom')
      expect((await classroomRepository()).persistent).toBe(false)
      const { deviceTeacherSets, loadDeviceTeacherSets } = await import('../../src/support/deviceTeacherSets')
      expect(deviceTeacherSets()).toBeNull()
      expect(await loadDeviceTeacherSets()).toEqual([])
      const { openProgressRepository } = await import('../../src/storage/progressRepository')
      const repo = await openProgressRepository({ channel: null, locks: null })
      expect(repo.status).toEqual({ persistent: false, reason: 'unavailable' })
      repo.close()
    } finally {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved)
    }
  })
})
