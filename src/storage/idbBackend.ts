// The IndexedDB backend (through `idb`) and the opening of the progress database, which can fail
// in several ways the learner should hear about: no IndexedDB at all, an error on open, or another
// tab holding an older version open (openDatabase.ts).

import type { IDBPDatabase, IDBPObjectStore } from 'idb'
import type { Backend, StoreContents, StoreName, StoredRecord, TxMode, TxStore, TxStores } from './backend'
import { LATEST_VERSION, migrateRecord, upgradeDatabase } from './migrations'
import { openDatabase } from './openDatabase'

export { BlockedError, OpenTimeoutError } from './openDatabase'

export const DB_NAME = 'close-read'
export const DB_VERSION = LATEST_VERSION

export class IdbBackend implements Backend {
  readonly kind = 'indexeddb'

  constructor(private readonly db: IDBPDatabase) {}

  async transact<T>(stores: readonly StoreName[], mode: TxMode, work: (tx: TxStores) => Promise<T>): Promise<T> {
    // 'strict' asks the browser to flush to disk before reporting success: progress is worth it.
    const tx = this.db.transaction([...stores], mode, mode === 'readwrite' ? { durability: 'strict' } : {})
    const done = tx.done
    done.catch(() => undefined)
    try {
      const result = await work((name) => wrapStore(tx.objectStore(name) as AnyStore))
      // Everything is asked for: commit now rather than when the browser notices (a page closing
      // in between would otherwise lose the whole transaction).
      try {
        tx.commit()
      } catch {
        // Already committing.
      }
      await done
      return result
    } catch (error) {
      try {
        tx.abort()
      } catch {
        // Already finished or aborting.
      }
      throw error
    }
  }

  putNow(store: StoreName, value: unknown, key?: IDBValidKey): Promise<void> {
    const tx = this.db.transaction(store, 'readwrite', { durability: 'strict' })
    const objectStore = tx.objectStore(store) as AnyStore
    void (objectStore.keyPath === null ? objectStore.put(value, key) : objectStore.put(value)).catch(() => undefined)
    tx.commit()
    return tx.done
  }

  close(): void {
    this.db.close()
  }
}

type AnyStore = IDBPObjectStore<unknown, string[], string, 'readwrite'>

function wrapStore(store: AnyStore): TxStore {
  const { keyPath } = store
  // Records in a store with a key path carry their key (IndexedDB refuses them otherwise), so a
  // read needs only the values: getAllKeys would double the work for the largest stores.
  const read = async (query: IDBKeyRange | undefined, count?: number) => {
    if (typeof keyPath === 'string') {
      const values: unknown[] = await store.getAll(query, count)
      return values.map((value) => ({ key: (value as Record<string, IDBValidKey>)[keyPath] as IDBValidKey, value }))
    }
    const [keys, values] = await Promise.all([store.getAllKeys(query, count), store.getAll(query, count)])
    return keys.map((key, index) => ({ key, value: values[index] }))
  }
  return {
    get: (key) => store.get(key),
    getAll: () => read(undefined),
    getAllKeys: () => store.getAllKeys(),
    keyFromIndex: (index, value) => store.index(index).getKey(value),
    getPage: (after, count) => read(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), count),
    put: async (value, key) => {
      await (keyPath === null ? store.put(value, key) : store.put(value))
    },
    add: async (value) => {
      await store.add(value)
    },
    delete: (key) => store.delete(key),
    clear: () => store.clear(),
  }
}

/** The progress database, opened with an injected factory and upgraded through every migration. */
export function openProgressDatabase(
  factory: IDBFactory,
  options: { name?: string; blockedGraceMs?: number; timeoutMs?: number; onVersionChange?: () => void } = {},
): Promise<IDBPDatabase> {
  const { name = DB_NAME, blockedGraceMs = 3000, timeoutMs, onVersionChange } = options
  return openDatabase(factory, {
    name,
    version: DB_VERSION,
    upgrade: upgradeDatabase,
    blockedGraceMs,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(onVersionChange ? { onVersionChange } : {}),
  })
}

/**
 * What an older version of the database holds, each record migrated to the current shape (single
 * attempts stay single: the repository reads those too). For when the upgrade itself failed (a full
 * disk): the learner keeps seeing their progress, from memory. Undefined if there is no such database.
 */
export async function readBeforeUpgrade(factory: IDBFactory, name = DB_NAME): Promise<StoreContents | undefined> {
  const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const request = factory.open(name)
    // No database yet: do not leave an empty one behind (the app could not upgrade it).
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error))
  })
  if (!db) return undefined
  try {
    const contents: StoreContents = {}
    for (const store of Array.from(db.objectStoreNames)) {
      const records = await new Promise<StoredRecord[]>((resolve, reject) => {
        const tx = db.transaction(store, 'readonly')
        const keys = tx.objectStore(store).getAllKeys()
        const values = tx.objectStore(store).getAll()
        tx.oncomplete = () => resolve(keys.result.map((key, i) => ({ key, value: migrateRecord(store, values.result[i], db.version) })))
        tx.onerror = () => reject(tx.error)
      })
      contents[store as StoreName] = records
    }
    return contents
  } finally {
    db.close()
  }
}
