// The IndexedDB backend (through `idb`) and the opening of the database, which can fail in
// several ways the learner should hear about: no IndexedDB at all, an error on open, or another
// tab holding an older version open.

import { wrap, type IDBPDatabase, type IDBPObjectStore } from 'idb'
import type { Backend, StoreName, TxMode, TxStore, TxStores } from './backend'
import { LATEST_VERSION, upgradeDatabase, type UpgradeTransaction } from './migrations'

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

export class BlockedError extends Error {
  constructor() {
    super('Another tab keeps an older version of the progress database open.')
    this.name = 'BlockedError'
  }
}

export interface OpenOptions {
  name?: string
  version?: number
  /** How long to wait for other tabs to let go before giving up with BlockedError. */
  blockedGraceMs?: number
  /** Another tab wants a newer version: the callback must close this connection soon. */
  onVersionChange?: () => void
}

/**
 * Opens (and upgrades) the database with an injected factory; idb's own openDB always uses the
 * global `indexedDB`. Rejects when open throws or errors, with BlockedError when blocked too long.
 */
export function openDatabase(factory: IDBFactory, options: OpenOptions = {}): Promise<IDBPDatabase> {
  const { name = DB_NAME, version = DB_VERSION, blockedGraceMs = 3000, onVersionChange } = options
  return new Promise((resolve, reject) => {
    let gaveUp = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const request = factory.open(name, version)
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result)
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction
      // A failed upgrade aborts the versionchange transaction; open() then errors and we run from memory.
      tx.done.catch(() => undefined)
      upgradeDatabase(db, event.oldVersion, event.newVersion ?? version, tx).catch(() => {
        try {
          tx.abort()
        } catch {
          // Already aborted by the failing request.
        }
      })
    })
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(() => {
        gaveUp = true
        reject(new BlockedError())
      }, blockedGraceMs)
    })
    wrap(request).then(
      (raw) => {
        clearTimeout(timer)
        const db = raw as IDBPDatabase
        // Too late: we already run from memory, so let other tabs have the database.
        if (gaveUp) return db.close()
        db.addEventListener('versionchange', () => (onVersionChange ? onVersionChange() : db.close()))
        resolve(db)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
