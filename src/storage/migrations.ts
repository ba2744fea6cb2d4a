// One step per IndexedDB version. A step changes the structure (stores, indexes) and may rewrite
// records with a pure function. Steps run in order from the stored version to DB_VERSION, so a
// device that skipped updates still passes through every step.
//
// Record rewrites never throw and never drop a record: a value they do not recognise is left as
// it is, and load() quarantines it if it does not validate.

import type { IDBPDatabase } from 'idb'
import type { UpgradeTransaction } from './openDatabase'
import { packDays } from './attemptDays'
import { byAnswerTime } from './quarantine'
import { AttemptSchema, KNOWN_ATTEMPT_FIELDS, check } from './schema'
import type { Attempt } from '../domain/progress'

export type { UpgradeTransaction } from './openDatabase'

export interface MigrationStep {
  /** The version this step produces. */
  version: number
  summary: string
  schema(db: IDBPDatabase, tx: UpgradeTransaction): void
  /** Pure rewrites of the records already stored, by store name. */
  records?: Record<string, (raw: unknown) => unknown>
  /** Moves records between stores, after the rewrites (inside the upgrade transaction: await only its requests). */
  move?(tx: UpgradeTransaction): Promise<void>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** v1 -> v2: attempts used short field names. */
const V1_ATTEMPT_RENAMES: Record<string, string> = {
  type: 'questionType',
  facts: 'factIds',
  ms: 'responseMs',
  at: 'answeredAt',
}

export function renameV1Attempt(raw: unknown): unknown {
  if (!isRecord(raw)) return raw
  const renamed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(raw)) {
    const to = V1_ATTEMPT_RENAMES[key]
    // If both spellings are somehow present, keep the new one and leave the old one beside it.
    if (to !== undefined && !(to in raw)) renamed[to] = value
    else renamed[key] = value
  }
  return renamed
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: 1,
    summary: 'attempts (short field names), cards, session',
    schema(db) {
      db.createObjectStore('attempts', { keyPath: 'id' })
      db.createObjectStore('cards', { keyPath: 'factId' })
      db.createObjectStore('session')
    },
  },
  {
    version: 2,
    summary: 'attempts renamed to full field names and indexed; settings, snapshots and quarantine added',
    schema(db, tx) {
      const attempts = tx.objectStore('attempts')
      attempts.createIndex('questionId', 'questionId')
      attempts.createIndex('answeredAt', 'answeredAt')
      db.createObjectStore('settings')
      db.createObjectStore('snapshots', { keyPath: 'id' })
      db.createObjectStore('quarantine', { keyPath: 'id' })
    },
    records: { attempts: renameV1Attempt },
  },
  {
    version: 3,
    summary: 'attempts stored a day to a record, field by field (attemptDays, indexed by attempt id); unreadable ones stay in attempts',
    schema(db) {
      db.createObjectStore('attemptDays', { keyPath: 'day' }).createIndex('attemptIds', 'columns.id', { multiEntry: true })
    },
    move: moveAttemptsToDays,
  },
  {
    version: 4,
    summary: 'one saved quiz per quiz (session keyed by the quiz id), so each tab keeps its own; the one saved under "current" moves to its id',
    schema() {
      // The store stays as it is (out-of-line keys); only the key of the saved quiz changes.
    },
    move: keySavedQuizById,
  },
  {
    version: 5,
    summary: 'an attempt may hold the learner\'s marks (Mark the text: `marks`, a column of its day when some attempt has it)',
    schema() {
      // No store changes. The version moves so that a tab of an older version, which would set a
      // day with a `marks` column aside, is asked to close instead (versionchange) of reading it.
    },
  },
]

/**
 * v2 -> v3: every attempt that validates and has no field beyond an attempt's joins its day's record
 * and leaves `attempts`. The others stay there as they were: load() quarantines those that do not
 * validate, and reads the rest from there (a field it does not know is kept, not dropped by the move).
 */
async function moveAttemptsToDays(tx: UpgradeTransaction): Promise<void> {
  const moving: Attempt[] = []
  let cursor = await tx.objectStore('attempts').openCursor()
  while (cursor) {
    const checked = check(AttemptSchema, cursor.value)
    if (checked.ok && Object.keys(cursor.value as object).every((field) => KNOWN_ATTEMPT_FIELDS.has(field))) {
      moving.push(checked.value)
      await cursor.delete()
    }
    cursor = await cursor.continue()
  }
  const days = tx.objectStore('attemptDays')
  for (const day of packDays(moving.sort(byAnswerTime))) await days.put(day)
}

/** The key a saved quiz has from v4 on: its own id, when it has one (else it stays where it is). */
export function savedQuizKey(raw: unknown): string | undefined {
  const id = isRecord(raw) ? raw.id : undefined
  return typeof id === 'string' && id.length > 0 && id !== 'current' ? id : undefined
}

/**
 * v3 -> v4: until v3 every tab saved its quiz under the one key "current", so a quiz started in one tab
 * replaced the other's. The quiz saved there moves to its own id; one without an id stays (load()
 * offers it like any other, or quarantines it if it is not a quiz at all).
 */
async function keySavedQuizById(tx: UpgradeTransaction): Promise<void> {
  // Never missing but in a hand-made database: leave such a one as it is.
  if (!tx.objectStoreNames.contains('session')) return
  const store = tx.objectStore('session')
  const raw: unknown = await store.get('current')
  const key = savedQuizKey(raw)
  if (key === undefined) return
  // A quiz already saved under its id (it cannot be, before v4) is not overwritten: both stay.
  if ((await store.getKey(key)) !== undefined) return
  await store.put(raw, key)
  await store.delete('current')
}

export const LATEST_VERSION = MIGRATIONS.length

function stepsBetween(fromVersion: number, toVersion: number): readonly MigrationStep[] {
  return MIGRATIONS.filter((step) => step.version > fromVersion && step.version <= toVersion)
}

/** What a record stored at `fromVersion` becomes at `toVersion` (pure; used by the upgrade and tests). */
export function migrateRecord(store: string, raw: unknown, fromVersion: number, toVersion = LATEST_VERSION): unknown {
  return stepsBetween(fromVersion, toVersion).reduce((value, step) => {
    const rewrite = step.records?.[store]
    return rewrite ? rewrite(value) : value
  }, raw)
}

/** The `upgrade` callback: every step from oldVersion + 1 to newVersion, inside the versionchange transaction. */
export async function upgradeDatabase(
  db: IDBPDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  for (const step of stepsBetween(oldVersion, newVersion)) {
    step.schema(db, tx)
    for (const [store, rewrite] of Object.entries(step.records ?? {})) {
      let cursor = await tx.objectStore(store).openCursor()
      while (cursor) {
        const next = rewrite(cursor.value)
        if (next !== cursor.value) await cursor.update(next)
        cursor = await cursor.continue()
      }
    }
    await step.move?.(tx)
  }
}
