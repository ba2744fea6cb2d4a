// The small transactional interface the repository writes through, and its in-memory version
// (used when IndexedDB is missing, blocked or full). Both behave alike: a transaction either
// commits everything or nothing, and values are copied in and out as IndexedDB would.

export const STORE_KEY_PATHS = {
  attemptDays: 'day',
  attempts: 'id',
  cards: 'factId',
  settings: null,
  session: null,
  snapshots: 'id',
  quarantine: 'id',
} as const

/** Secondary indexes, by store: name -> key path (multi-entry: a record is found by any item of an array there). */
export const STORE_INDEXES: Partial<Record<keyof typeof STORE_KEY_PATHS, Record<string, string>>> = {
  attemptDays: { attemptIds: 'columns.id' },
}

export type StoreName = keyof typeof STORE_KEY_PATHS
export const STORE_NAMES = Object.keys(STORE_KEY_PATHS) as StoreName[]

/** Settings and the session live under this one key in their stores. */
export const CURRENT_KEY = 'current'

export interface StoredRecord {
  key: IDBValidKey
  value: unknown
}

export interface TxStore {
  get(key: IDBValidKey): Promise<unknown>
  /** Every record with its key, in key order. */
  getAll(): Promise<StoredRecord[]>
  getAllKeys(): Promise<IDBValidKey[]>
  /** The key of the first record whose (multi-entry) index `index` holds `value`. */
  keyFromIndex(index: string, value: IDBValidKey): Promise<IDBValidKey | undefined>
  /** Up to `count` records with keys after `after` (from the first when undefined), in key order. */
  getPage(after: IDBValidKey | undefined, count: number): Promise<StoredRecord[]>
  /** `key` only for stores without a key path (settings, session). */
  put(value: unknown, key?: IDBValidKey): Promise<void>
  /** Like put, but fails (ConstraintError) if the key is taken: recording never overwrites. */
  add(value: unknown): Promise<void>
  delete(key: IDBValidKey): Promise<void>
  clear(): Promise<void>
}

export type TxStores = (name: StoreName) => TxStore
export type TxMode = 'readonly' | 'readwrite'

export interface Backend {
  readonly kind: 'indexeddb' | 'memory'
  /**
   * Runs `work` in one transaction. Inside, await only the store operations: IndexedDB commits a
   * transaction as soon as it has nothing pending.
   */
  transact<T>(stores: readonly StoreName[], mode: TxMode, work: (tx: TxStores) => Promise<T>): Promise<T>
  /**
   * Puts one record and asks for the commit in the same task, without waiting for anything: for a
   * page that is going away (pagehide), whose later tasks may never run.
   */
  putNow(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void>
  close(): void
}

export type StoreContents = Partial<Record<StoreName, StoredRecord[]>>

/** Reads every record of the given stores in one transaction. */
export function readStores(backend: Backend, stores: readonly StoreName[] = STORE_NAMES): Promise<StoreContents> {
  return backend.transact(stores, 'readonly', async (tx) => {
    const contents: StoreContents = {}
    for (const name of stores) contents[name] = await tx(name).getAll()
    return contents
  })
}

// ---- In memory -------------------------------------------------------------------------------

/** Orders keys as IndexedDB does for the kinds we use: numbers before strings. */
export function compareKeys(a: IDBValidKey, b: IDBValidKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}

type MemoryStore = Map<string, StoredRecord>

function keyOf(store: StoreName, value: unknown, key: IDBValidKey | undefined): IDBValidKey {
  const keyPath = STORE_KEY_PATHS[store]
  const found = keyPath === null ? key : (value as Record<string, unknown> | null)?.[keyPath]
  if (typeof found !== 'string' && typeof found !== 'number') {
    throw new DOMException(`No valid key for a record in ${store}`, 'DataError')
  }
  return found
}

export class MemoryBackend implements Backend {
  readonly kind = 'memory'
  private stores = new Map<StoreName, MemoryStore>(STORE_NAMES.map((name) => [name, new Map()]))
  private queue: Promise<unknown> = Promise.resolve()

  /** A memory backend holding a copy of `contents` (e.g. everything read from IndexedDB). */
  static from(contents: StoreContents): MemoryBackend {
    const backend = new MemoryBackend()
    for (const name of STORE_NAMES) {
      for (const record of contents[name] ?? []) {
        backend.stores.get(name)?.set(JSON.stringify(record.key), structuredClone(record))
      }
    }
    return backend
  }

  transact<T>(stores: readonly StoreName[], mode: TxMode, work: (tx: TxStores) => Promise<T>): Promise<T> {
    // One transaction at a time, working on copies that replace the originals only on success.
    const run = async () => {
      const drafts = new Map<StoreName, MemoryStore>(stores.map((name) => [name, new Map(this.stores.get(name))]))
      const result = await work((name) => this.txStore(name, drafts, mode))
      if (mode === 'readwrite') for (const [name, draft] of drafts) this.stores.set(name, draft)
      return result
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  putNow(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void> {
    return this.transact([store], 'readwrite', (tx) => tx(store).put(value, key))
  }

  close(): void {}

  private txStore(name: StoreName, drafts: Map<StoreName, MemoryStore>, mode: TxMode): TxStore {
    const draft = drafts.get(name)
    if (!draft) throw new DOMException(`${name} is not in this transaction`, 'NotFoundError')
    const writable = () => {
      if (mode !== 'readwrite') throw new DOMException('The transaction is read-only', 'ReadOnlyError')
    }
    const sorted = () => [...draft.values()].sort((a, b) => compareKeys(a.key, b.key))
    return {
      get: async (key) => structuredClone(draft.get(JSON.stringify(key))?.value),
      getAll: async () => sorted().map((record) => structuredClone(record)),
      getAllKeys: async () => sorted().map((record) => record.key),
      keyFromIndex: async (index, value) => {
        const keyPath = STORE_INDEXES[name]?.[index]
        if (keyPath === undefined) throw new DOMException(`${name} has no index ${index}`, 'NotFoundError')
        const wanted = JSON.stringify(value)
        const holds = (found: unknown) => (Array.isArray(found) ? found : [found]).some((item) => JSON.stringify(item) === wanted)
        return sorted().find((record) => holds(keyPath.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | null)?.[part], record.value)))?.key
      },
      getPage: async (after, count) =>
        sorted()
          .filter((record) => after === undefined || compareKeys(record.key, after) > 0)
          .slice(0, count)
          .map((record) => structuredClone(record)),
      put: async (value, key) => {
        writable()
        const recordKey = keyOf(name, value, key)
        draft.set(JSON.stringify(recordKey), { key: recordKey, value: structuredClone(value) })
      },
      add: async (value) => {
        writable()
        const recordKey = keyOf(name, value, undefined)
        if (draft.has(JSON.stringify(recordKey))) throw new DOMException(`${String(recordKey)} exists`, 'ConstraintError')
        draft.set(JSON.stringify(recordKey), { key: recordKey, value: structuredClone(value) })
      },
      delete: async (key) => {
        writable()
        draft.delete(JSON.stringify(key))
      },
      clear: async () => {
        writable()
        draft.clear()
      },
    }
  }
}
