// Teachers' question sets, kept on the device in their own small IndexedDB database
// ('close-read-sets'), apart from the learner's progress: removing a set never touches progress,
// and the progress schema does not change. Records are checked on every read by turning them back
// into the set file and reading that, so a damaged record is reported, never played.

import type { IDBPDatabase } from 'idb'
import { parseTeacherSet, teacherSetFile, type TeacherSet } from '../classroom/setFormat'
import { openDatabase } from './openDatabase'

export const SETS_DB_NAME = 'close-read-sets'
const STORE = 'sets'

interface SetsMigration {
  version: number
  summary: string
  schema(db: IDBPDatabase): void
}

/** One step per version, run in order from the stored version (the house pattern of migrations.ts). */
export const SETS_MIGRATIONS: readonly SetsMigration[] = [
  {
    version: 1,
    summary: 'sets (keyPath id): one record per imported set, with its questions',
    schema(db) {
      db.createObjectStore(STORE, { keyPath: 'id' })
    },
  },
]
export const SETS_DB_VERSION = SETS_MIGRATIONS.length

export function upgradeSets(db: IDBPDatabase, oldVersion: number, newVersion: number): void {
  for (const step of SETS_MIGRATIONS) if (step.version > oldVersion && step.version <= newVersion) step.schema(db)
}

export function openSetsDatabase(factory: IDBFactory, version = SETS_DB_VERSION): Promise<IDBPDatabase> {
  // A tab that holds an older version and will not let go: give up rather than wait for ever (the
  // app then goes on without teachers' sets, and the export page says storage is unavailable).
  return openDatabase(factory, { name: SETS_DB_NAME, version, upgrade: (db, oldVersion, newVersion) => upgradeSets(db, oldVersion, newVersion) })
}

export interface StoredSets {
  sets: TeacherSet[]
  /** How many stored records could not be read back as a set. */
  unreadable: number
}

/** A stored record read back through the file format, so every rule of an import applies. */
export function readStoredSet(raw: unknown): TeacherSet | undefined {
  try {
    const record = raw as TeacherSet
    const again = parseTeacherSet(teacherSetFile(record), record.id, record.importedAt)
    return again.ok && typeof record.id === 'string' && Number.isFinite(record.importedAt) ? again.set : undefined
  } catch {
    return undefined
  }
}

export interface TeacherSetsRepository {
  list(): Promise<StoredSets>
  add(set: TeacherSet): Promise<void>
  remove(id: string): Promise<void>
}

export function teacherSetsRepository(factory: IDBFactory): TeacherSetsRepository {
  let opening: Promise<IDBPDatabase> | undefined
  // A failed open is not remembered, so the next call tries again.
  const db = (): Promise<IDBPDatabase> => {
    opening ??= openSetsDatabase(factory).catch((error: unknown) => {
      opening = undefined
      throw error
    })
    return opening
  }
  return {
    async list() {
      const raw = await (await db()).getAll(STORE)
      const sets = raw.map(readStoredSet).filter((set) => set !== undefined)
      return { sets: sets.sort((a, b) => a.importedAt - b.importedAt), unreadable: raw.length - sets.length }
    },
    async add(set) {
      const tx = (await db()).transaction(STORE, 'readwrite', { durability: 'strict' })
      await Promise.all([tx.store.put(set), tx.done])
    },
    async remove(id) {
      const tx = (await db()).transaction(STORE, 'readwrite', { durability: 'strict' })
      await Promise.all([tx.store.delete(id), tx.done])
    },
  }
}
