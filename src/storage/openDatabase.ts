// Opening (and upgrading) an IndexedDB database, for all three of the app's databases: the
// learner's progress, the teacher's classroom data and the teachers' question sets. idb's own
// openDB always uses the global `indexedDB`; this takes the factory as a parameter (fake-indexeddb
// in tests) and settles in every case, including another tab that will not let go.

import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb'

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>

export class BlockedError extends Error {
  constructor(name: string) {
    super(`Another tab keeps an older version of the ${name} database open.`)
    this.name = 'BlockedError'
  }
}

export interface OpenOptions {
  name: string
  version: number
  /** Runs every migration step from `oldVersion` up; a thrown error or rejection aborts the upgrade. */
  upgrade(db: IDBPDatabase, oldVersion: number, newVersion: number, tx: UpgradeTransaction): void | Promise<void>
  /** How long to wait for other tabs to let go before giving up with BlockedError (default: not at all). */
  blockedGraceMs?: number
  /** Another tab wants a newer version; by default this connection simply closes. */
  onVersionChange?: (db: IDBPDatabase) => void
}

/**
 * Rejects when open throws or errors (a failed upgrade does, with the upgrade's own error), with
 * BlockedError when blocked too long.
 */
export function openDatabase(factory: IDBFactory, options: OpenOptions): Promise<IDBPDatabase> {
  const { name, version, upgrade, blockedGraceMs = 0, onVersionChange = (db) => db.close() } = options
  return new Promise((resolve, reject) => {
    let gaveUp = false
    let timer: ReturnType<typeof setTimeout> | undefined
    // Why an upgrade failed (e.g. the disk is full), rather than the AbortError open() then reports.
    let upgradeError: unknown
    const request = factory.open(name, version)
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction
      // An aborted upgrade makes open() error; that is reported there.
      tx.done.catch(() => undefined)
      const abort = (error: unknown) => {
        upgradeError ??= error
        try {
          tx.abort()
        } catch {
          // Already aborted by the failing request.
        }
      }
      try {
        void Promise.resolve(upgrade(wrap(request.result), event.oldVersion, event.newVersion ?? version, tx)).catch(abort)
      } catch (error) {
        abort(error)
      }
    })
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(() => {
        gaveUp = true
        reject(new BlockedError(name))
      }, blockedGraceMs)
    })
    wrap(request).then(
      (raw) => {
        clearTimeout(timer)
        const db = raw as IDBPDatabase
        // Too late: the caller already went on without it, so let other tabs have the database.
        if (gaveUp) return db.close()
        db.addEventListener('versionchange', () => onVersionChange(db))
        resolve(db)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(upgradeError ?? error)
      },
    )
  })
}
