// Shared pieces for the storage tests: fresh fake IndexedDBs, a fake BroadcastChannel group, a
// fake Web Locks manager, a deterministic clock and ids, and a way to make writes fail.

import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import fc from 'fast-check'
import { wrap } from 'idb'
import type { StoreName } from '../../src/storage/backend'
import { DB_NAME } from '../../src/storage/idbBackend'
import { upgradeDatabase, type UpgradeTransaction } from '../../src/storage/migrations'
import {
  openProgressRepository,
  type AttemptInput,
  type LockRequester,
  type ProgressChannel,
  type ProgressRepository,
  type RepositoryOptions,
} from '../../src/storage/progressRepository'
import type { AttemptDay } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'

export { IDBFactory }

export const T0 = Date.UTC(2025, 2, 3, 9, 0, 0)

/** A clock that moves one second per reading. */
export function steppingClock(start = T0, stepMs = 1000): () => number {
  let now = start - stepMs
  return () => (now += stepMs)
}

export function counterIds(prefix = 'id'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

export function openRepo(factory: IDBFactory | null, options: RepositoryOptions = {}): Promise<ProgressRepository> {
  return openProgressRepository({
    indexedDB: factory,
    locks: null,
    channel: null,
    now: steppingClock(),
    newId: counterIds(),
    ...options,
  })
}

let attemptCount = 0

/** An answer to record; every field can be overridden. */
export function answer(overrides: Partial<AttemptInput> = {}): AttemptInput & { id: string } {
  attemptCount += 1
  return {
    id: `att-${attemptCount}`,
    questionId: 'who_said:fact-a',
    questionType: 'who_said',
    factIds: ['fact-a'],
    topics: ['exodus'],
    correct: true,
    score: 1,
    responseMs: 5000,
    answeredAt: T0 + attemptCount * 60_000,
    ...overrides,
  }
}

// ---- Two tabs --------------------------------------------------------------------------------

/** BroadcastChannels that reach every other channel of the same hub (never the sender), asynchronously. */
export function channelHub() {
  const members = new Set<FakeChannel>()
  class FakeChannel implements ProgressChannel {
    private listeners = new Set<(event: MessageEvent) => void>()
    received: unknown[] = []
    constructor() {
      members.add(this)
    }
    postMessage(message: unknown) {
      const data = structuredClone(message)
      for (const member of members) {
        if (member !== this) setTimeout(() => member.deliver(data), 0)
      }
    }
    deliver(data: unknown) {
      this.received.push(data)
      for (const listener of this.listeners) listener({ data } as MessageEvent)
    }
    addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
      this.listeners.add(listener)
    }
    removeEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
      this.listeners.delete(listener)
    }
    close() {
      members.delete(this)
    }
  }
  return { channel: () => new FakeChannel() }
}

/** A Web Locks manager shared by "tabs": one holder per name, the others queue. */
export function fakeLocks(): LockRequester & { granted: number } {
  const tails = new Map<string, Promise<unknown>>()
  const manager = {
    granted: 0,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = () => {
        manager.granted += 1
        return callback()
      }
      const result = (tails.get(name) ?? Promise.resolve()).then(run, run)
      tails.set(
        name,
        result.catch(() => undefined),
      )
      return result
    },
  }
  return manager
}

// ---- Failing writes --------------------------------------------------------------------------

type WriteMethod = 'put' | 'add'

/**
 * Makes IndexedDB writes fail until the returned function is called: `quota` throws a
 * QuotaExceededError from every put/add; `abort` aborts the transaction on the `nth` write call
 * from now (once), after earlier writes of that transaction went through.
 */
export function failWrites(kind: 'quota' | { abortOnWrite: number }): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<WriteMethod, (...args: unknown[]) => IDBRequest>
  const originals = { put: proto.put, add: proto.add }
  let calls = 0
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      calls += 1
      if (calls === kind.abortOnWrite) {
        const request = originals[method].apply(this, args)
        this.transaction.abort()
        return request
      }
      return originals[method].apply(this, args)
    }
  }
  return () => Object.assign(proto, originals)
}

// ---- Old versions ----------------------------------------------------------------------------

export interface StorageFixture {
  version: number
  stores: Partial<Record<StoreName, unknown[]>>
}

const OUT_OF_LINE: readonly string[] = ['settings', 'session']

/** Writes a fixture as that version of the app would have stored it (its schema, its records). */
export async function writeFixture(factory: IDBFactory, fixture: StorageFixture, name = DB_NAME): Promise<void> {
  const request = factory.open(name, fixture.version)
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction
    void upgradeDatabase(wrap(request.result), event.oldVersion, fixture.version, tx)
  })
  const db = await wrap(request)
  if (!db) throw new Error('no database')
  for (const [store, records] of Object.entries(fixture.stores)) {
    const tx = db.transaction(store, 'readwrite')
    for (const record of records) {
      if (OUT_OF_LINE.includes(store)) {
        const { key, value } = record as { key: IDBValidKey; value: unknown }
        await tx.store.put(value, key)
      } else await tx.store.put(store === 'attemptDays' ? withoutNulls(record as AttemptDay) : record)
    }
    await tx.done
  }
  db.close()
}

/** A fixture's day as the app stores it: JSON writes a field an attempt does not have as null. */
export function withoutNulls(day: AttemptDay): AttemptDay {
  const columns = Object.fromEntries(Object.entries(day.columns).map(([field, column]) => [field, column.map((value: unknown) => value ?? undefined)]))
  return { ...day, columns } as AttemptDay
}

/** Raw records of a store, bypassing the repository. */
export async function rawRecords(factory: IDBFactory, store: string, name = DB_NAME): Promise<unknown[]> {
  const db = await wrap(factory.open(name))
  if (!db) throw new Error('no database')
  try {
    return await db.getAll(store)
  } finally {
    db.close()
  }
}

/** Every attempt stored, bypassing the repository: each day's columns read back row by row, then any single ones (before v3). */
export async function storedAttempts(factory: IDBFactory, name = DB_NAME): Promise<Record<string, unknown>[]> {
  const days = (await rawRecords(factory, 'attemptDays', name)) as { columns: Record<string, unknown[]> }[]
  const rows = days.flatMap(({ columns }) =>
    (columns.id ?? []).map((_, i) =>
      Object.fromEntries(Object.entries(columns).flatMap(([field, column]) => (column[i] === undefined ? [] : [[field, column[i]]]))),
    ),
  )
  return [...rows, ...((await rawRecords(factory, 'attempts', name)) as Record<string, unknown>[])]
}

/** Puts raw values straight into a store (e.g. corrupt records), bypassing the repository. */
export async function putRaw(factory: IDBFactory, store: string, values: { value: unknown; key?: IDBValidKey }[], name = DB_NAME) {
  const db = await wrap(factory.open(name))
  if (!db) throw new Error('no database')
  const tx = db.transaction(store, 'readwrite')
  for (const { value, key } of values) await (key === undefined ? tx.store.put(value) : tx.store.put(value, key))
  await tx.done
  db.close()
}

// ---- Arbitraries -----------------------------------------------------------------------------

const FACTS = ['fact-a', 'fact-b', 'fact-c', 'fact-d', 'fact-e']
const TYPES = ['who_said', 'cloze', 'single_choice', 'true_false', 'matching', 'numeric']

/** Attempt contents (no id, no time): the caller gives those so histories stay ordered and unique. */
export const attemptBody = fc.record({
  questionType: fc.constantFrom(...TYPES),
  factIds: fc.uniqueArray(fc.constantFrom(...FACTS), { minLength: 1, maxLength: 2 }),
  topics: fc.uniqueArray(fc.constantFrom('exodus', 'blockade', 'ceasefire'), { minLength: 1, maxLength: 2 }),
  correct: fc.boolean(),
  score: fc.constantFrom(0, 0.5, 1),
  responseMs: fc.integer({ min: 500, max: 90_000 }),
})

export type AttemptBody = typeof attemptBody extends fc.Arbitrary<infer T> ? T : never

export function toAttempt(body: AttemptBody, id: string, answeredAt: number): Attempt {
  return { ...body, id, questionId: `${body.questionType}:${body.factIds.join('+')}`, answeredAt }
}

/** A history with unique ids and strictly increasing times. */
export function history(prefix: string, maxLength = 25): fc.Arbitrary<Attempt[]> {
  return fc
    .array(fc.tuple(attemptBody, fc.integer({ min: 1, max: 3 * 24 * 3600_000 })), { maxLength })
    .map((items) => {
      let at = T0
      return items.map(([body, gap], index) => toAttempt(body, `${prefix}-${index}`, (at += gap)))
    })
}
