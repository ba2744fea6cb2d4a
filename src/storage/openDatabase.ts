// Opening (and upgrading) an IndexedDB database, for all three of the app's databases: the
// learner's progress, the teacher's classroom data and the teachers' question sets. idb's own
// openDB always uses the global `indexedDB`; this takes the factory as a parameter (fake-indexeddb
// in tests) and settles in every case, including another tab that will not let go.

import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb'

export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>

/** The global IndexedDB factory, or null: missing (some private modes) or refused (reading it throws a SecurityError). */
export function detectIndexedDB(): IDBFactory | null {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? null
  } catch {
    return null
  }
}

/** open() neither succeeded nor failed in time (a known WebKit failure leaves it pending for ever). */
export class OpenTimeoutError extends Error {
  constructor(name: string, ms: number) {
    super(`The ${name} database did not open within ${ms} ms.`)
    this.name = 'OpenTimeoutError'
  }
}

/** How long open() may take to answer at all, and to finish an upgrade once one has started. */
export const OPEN_TIMEOUT_MS = 6000
export const UPGRADE_TIMEOUT_MS = 60_000

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
  /** Gives up with OpenTimeoutError when open() has not answered in this time (the upgrade, once started, gets `upgradeTimeoutMs`). */
  timeoutMs?: number
  upgradeTimeoutMs?: number
}

/**
 * Rejects when open throws or errors (a failed upgrade does, with the upgrade's own error), with
 * BlockedError when blocked too long, with OpenTimeoutError when it never answers: it always settles.
 */
export function openDatabase(factory: IDBFactory, options: OpenOptions): Promise<IDBPDatabase> {
  const {
    name,
    version,
    upgrade,
    blockedGraceMs = 0,
    onVersionChange = (db) => db.close(),
    timeoutMs = OPEN_TIMEOUT_MS,
    upgradeTimeoutMs = UPGRADE_TIMEOUT_MS,
  } = options
  return new Promise((resolve, reject) => {
    let gaveUp = false
    let timer: ReturnType<typeof setTimeout> | undefined
    let overall: ReturnType<typeof setTimeout> | undefined
    const giveUpAfter = (ms: number) => {
      clearTimeout(overall)
      overall = setTimeout(() => {
        gaveUp = true
        reject(new OpenTimeoutError(name, ms))
      }, ms)
    }
    giveUpAfter(timeoutMs)
    // Why an upgrade failed (e.g. the disk is full), rather than the AbortError open() then reports.
    let upgradeError: unknown
    let request: IDBOpenDBRequest
    try {
      request = factory.open(name, version)
    } catch (error) {
      // Refused outright (a SecurityError in some private modes).
      clearTimeout(overall)
      reject(error)
      return
    }
    request.addEventListener('upgradeneeded', (event) => {
      // Answered: an upgrade of a long history may take a while, but not for ever.
      giveUpAfter(upgradeTimeoutMs)
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
      // Answered: the blocked grace decides from here.
      clearTimeout(overall)
      timer ??= setTimeout(() => {
        gaveUp = true
        reject(new BlockedError(name))
      }, blockedGraceMs)
    })
    wrap(request).then(
      (raw) => {
        clearTimeout(timer)
        clearTimeout(overall)
        const db = raw as IDBPDatabase
        // Too late: the caller already went on without it, so let other tabs have the database.
        if (gaveUp) return db.close()
        db.addEventListener('versionchange', () => onVersionChange(db))
        resolve(db)
      },
      (error: unknown) => {
        clearTimeout(timer)
        clearTimeout(overall)
        reject(upgradeError ?? error)
      },
    )
  })
}
