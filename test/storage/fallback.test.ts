import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DB_NAME, DB_VERSION, readBeforeUpgrade } from '../../src/storage/idbBackend'
import { syntheticAttempts } from '../../src/storage/synthetic'
import { openProgressRepository, type ProgressChange } from '../../src/storage/progressRepository'
import { IDBFactory, answer, channelHub, failWrites, openRepo, rawRecords, storedAttempts, writeFixture } from './helpers'

let restore: (() => void) | undefined
afterEach(() => {
  restore?.()
  restore = undefined
})

describe('without IndexedDB', () => {
  it('works from memory and says progress will not be saved', async () => {
    const repo = await openRepo(null)
    expect(repo.status).toEqual({ persistent: false, reason: 'unavailable' })
    await repo.recordAttempt(answer({ id: 'm1' }))
    await repo.saveSettings({ theme: 'light' })
    const loaded = await repo.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['m1'])
    expect(loaded.cards).toHaveLength(1)
    expect(loaded.settings.theme).toBe('light')
    expect(loaded.status).toEqual({ persistent: false, reason: 'unavailable' })
    repo.close()
  })

  it('detects a missing global indexedDB', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true })
    restore = () => saved && Object.defineProperty(globalThis, 'indexedDB', saved)
    const repo = await openProgressRepository({ locks: null, channel: null })
    expect(repo.status).toEqual({ persistent: false, reason: 'unavailable' })
    repo.close()
  })

  it('falls back when open() throws (some private modes)', async () => {
    const factory = new IDBFactory()
    factory.open = () => {
      throw new DOMException('Not allowed in private mode', 'InvalidStateError')
    }
    const repo = await openRepo(factory)
    expect(repo.status).toEqual({ persistent: false, reason: 'unavailable' })
    repo.close()
  })

  it('falls back when open() fails with an error event (the upgrade cannot run)', async () => {
    const factory = new IDBFactory()
    // A version-1 database that already has a store the version-2 step creates: the upgrade aborts.
    const request = factory.open(DB_NAME, 1)
    request.onupgradeneeded = () => {
      request.result.createObjectStore('attempts', { keyPath: 'id' })
      request.result.createObjectStore('settings')
    }
    await new Promise<void>((resolve) => (request.onsuccess = () => (request.result.close(), resolve())))
    const repo = await openRepo(factory)
    expect(repo.status).toEqual({ persistent: false, reason: 'unavailable' })
    repo.close()
  })

  it('a database written by a newer version of the app counts as blocked (reload the newer app)', async () => {
    const factory = new IDBFactory()
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1)
      request.onsuccess = () => resolve(request.result)
    })
    newer.close()
    const repo = await openRepo(factory)
    expect(repo.status).toEqual({ persistent: false, reason: 'blocked' })
    repo.close()
  })
})

describe('another tab in the way', () => {
  it('an older version held open elsewhere blocks the upgrade: memory, reason blocked, and the old tab is not stuck', async () => {
    const factory = new IDBFactory()
    // An old tab that never closes on versionchange.
    const request = factory.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore('attempts', { keyPath: 'id' })
    const oldTab = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))

    const repo = await openRepo(factory, { blockedGraceMs: 20 })
    expect(repo.status).toEqual({ persistent: false, reason: 'blocked' })
    await repo.recordAttempt(answer({ id: 'kept' }))
    expect((await repo.load()).attempts.map((attempt) => attempt.id)).toEqual(['kept'])

    // When the old tab finally closes, the late connection is let go rather than kept open.
    oldTab.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const next = await openRepo(factory)
    expect(next.status).toEqual({ persistent: true })
    next.close()
    repo.close()
  })

  it('a newer version opening in another tab: this tab lets go, keeps everything in memory and says so', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const changes: ProgressChange[] = []
    repo.subscribe((change) => changes.push(change))
    await repo.recordAttempt(answer({ id: 'before' }))

    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    expect(newer.version).toBe(DB_VERSION + 1)

    await repo.recordAttempt(answer({ id: 'after' }))
    expect(repo.status).toEqual({ persistent: false, reason: 'blocked' })
    expect(changes).toContainEqual({ kind: 'status', status: { persistent: false, reason: 'blocked' } })
    expect((await repo.load()).attempts.map((attempt) => attempt.id)).toEqual(['before', 'after'])
    newer.close()
    repo.close()
  })
})

describe('out of storage space', () => {
  it('keeps the answer in memory, switches to reason quota, never throws, loses nothing', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const changes: ProgressChange[] = []
    repo.subscribe((change) => changes.push(change))
    await repo.recordAttempt(answer({ id: 'saved' }))
    await repo.saveQuiz({ version: 1, id: 'q1', position: 0 })

    restore = failWrites('quota')
    const recorded = await repo.recordAttempt(answer({ id: 'in-memory', factIds: ['fact-a', 'fact-b'] }))
    expect(recorded.cards).toHaveLength(2)
    expect(repo.status).toEqual({ persistent: false, reason: 'quota' })
    expect(changes).toEqual([{ kind: 'status', status: { persistent: false, reason: 'quota' } }])
    await repo.saveSettings({ textSize: 'larger' })
    await repo.saveQuiz({ version: 1, id: 'q1', position: 1 })

    const loaded = await repo.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['saved', 'in-memory'])
    expect(loaded.cards.map((card) => [card.factId, card.reps])).toEqual([
      ['fact-a', 2],
      ['fact-b', 1],
    ])
    expect(loaded.settings.textSize).toBe('larger')
    expect(loaded.quizzes).toEqual([{ id: 'q1', value: { version: 1, id: 'q1', position: 1 } }])
    expect(loaded.status).toEqual({ persistent: false, reason: 'quota' })
    restore()
    restore = undefined
    // IndexedDB still has exactly what was committed before the quota ran out.
    expect((await storedAttempts(factory)).map((record) => record.id)).toEqual(['saved'])
    repo.close()
  })

  it('returns to disk once writes succeed again, taking everything done in memory meanwhile with it', async () => {
    const factory = new IDBFactory()
    const hub = channelHub()
    const repo = await openRepo(factory, { channel: hub.channel() })
    const otherTab = await openRepo(factory, { channel: hub.channel() })
    const heard: ProgressChange[] = []
    otherTab.subscribe((change) => heard.push(change))
    const changes: ProgressChange[] = []
    repo.subscribe((change) => changes.push(change))
    await repo.recordAttempt(answer({ id: 'before' }))

    restore = failWrites('quota')
    await repo.recordAttempt(answer({ id: 'while-full-1' }))
    await repo.saveQuiz({ version: 1, id: 'q', position: 1 })
    // Still full: the next write stays in memory too.
    await repo.recordAttempt(answer({ id: 'while-full-2' }))
    expect(repo.status).toEqual({ persistent: false, reason: 'quota' })
    restore()
    restore = undefined

    await repo.recordAttempt(answer({ id: 'after' }))
    expect(repo.status).toEqual({ persistent: true })
    expect(changes.at(-1)).toEqual({ kind: 'status', status: { persistent: true } })
    expect((await storedAttempts(factory)).map((record) => record.id)).toEqual(['before', 'while-full-1', 'while-full-2', 'after'])
    expect(await rawRecords(factory, 'session')).toEqual([{ version: 1, id: 'q', position: 1 }])
    const reopened = await openRepo(factory)
    expect((await reopened.load()).cards.find((card) => card.factId === 'fact-a')?.reps).toBe(4)
    // The other tab hears that there is more to read.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(heard).toContainEqual({ kind: 'import' })
    reopened.close()
    otherTab.close()
    repo.close()
  })

  it('a full disk during the upgrade: the stored progress is carried on from memory, reason quota; the next open upgrades it whole', async () => {
    const factory = new IDBFactory()
    const attempts = syntheticAttempts(40, 2)
    await writeFixture(factory, { version: 2, stores: { attempts, settings: [{ key: 'current', value: { theme: 'dark' } }] } })

    restore = failWrites('quota')
    const repo = await openRepo(factory)
    expect(repo.status).toEqual({ persistent: false, reason: 'quota' })
    const loaded = await repo.load()
    expect(loaded.attempts).toEqual(attempts)
    expect(loaded.settings.theme).toBe('dark')
    expect(loaded.quarantined).toEqual([])
    repo.close()
    restore()
    restore = undefined

    // Rolled back, not half done: the next open runs the whole upgrade.
    const later = await openRepo(factory)
    expect(later.status).toEqual({ persistent: true })
    expect((await later.load()).attempts).toEqual(attempts)
    later.close()
  })

  it('reading what is stored before an upgrade leaves no database behind where there was none', async () => {
    const factory = new IDBFactory()
    expect(await readBeforeUpgrade(factory)).toBeUndefined()
    expect(await factory.databases()).toEqual([])
  })

  it('an aborted transaction is retried once and then committed whole', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    // The attempt's add goes through, then the card's put aborts the transaction.
    restore = failWrites({ abortOnWrite: 2 })
    await repo.recordAttempt(answer({ id: 'retried' }))
    expect(repo.status).toEqual({ persistent: true })
    expect(await storedAttempts(factory)).toHaveLength(1)
    expect(await rawRecords(factory, 'cards')).toHaveLength(1)
    repo.close()
  })

  it('a bug in the caller’s data is thrown, not hidden by the fallback', async () => {
    const repo = await openRepo(new IDBFactory())
    await expect(repo.recordAttempt(answer({ factIds: [''] }))).rejects.toThrow(TypeError)
    expect(repo.status).toEqual({ persistent: true })
    repo.close()
  })
})
