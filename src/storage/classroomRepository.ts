// The teacher's classroom data, in its own small IndexedDB database ('close-read-classroom'),
// apart from the learner's progress: the quizzes built on this device and the result codes
// collected for them. Result codes are stored as the students gave them and re-graded on every
// load, so what the table shows always comes from this device's answer key.

import type { IDBPDatabase } from 'idb'
import * as v from 'valibot'
import { openDatabase, type UpgradeTransaction } from './openDatabase'

export const CLASSROOM_DB_NAME = 'close-read-classroom'

export interface SavedQuiz {
  fingerprint: number
  code: string
  title: string
  savedAt: number
}

export interface SavedResult {
  /** `${quizFingerprint}:${code}`: the same code twice is one result. */
  id: string
  quizFingerprint: number
  code: string
  addedAt: number
}

const SavedQuizSchema = v.object({ fingerprint: v.number(), code: v.string(), title: v.string(), savedAt: v.number() })
const SavedResultSchema = v.object({ id: v.string(), quizFingerprint: v.number(), code: v.string(), addedAt: v.number() })

type AnyDb = IDBPDatabase<unknown>

/** One step per database version; a device that skipped versions runs every step in turn. */
export const CLASSROOM_MIGRATIONS: ReadonlyArray<(db: AnyDb, tx: UpgradeTransaction) => void> = [
  // Version 1: quizzes by fingerprint, results by id with an index on their quiz.
  (db) => {
    db.createObjectStore('quizzes', { keyPath: 'fingerprint' })
    const results = db.createObjectStore('results', { keyPath: 'id' })
    results.createIndex('quizFingerprint', 'quizFingerprint')
  },
]
export const CLASSROOM_DB_VERSION = CLASSROOM_MIGRATIONS.length

export function migrateClassroomDb(db: AnyDb, oldVersion: number, tx: UpgradeTransaction, steps = CLASSROOM_MIGRATIONS) {
  for (let version = oldVersion; version < steps.length; version++) steps[version]?.(db, tx)
}

export function resultId(quizFingerprint: number, code: string): string {
  return `${quizFingerprint}:${code}`
}

export interface ClassroomRepository {
  /** False when IndexedDB could not be opened: the data then lasts only while the page is open. */
  readonly persistent: boolean
  listQuizzes(): Promise<SavedQuiz[]>
  saveQuiz(quiz: SavedQuiz): Promise<void>
  listResults(quizFingerprint: number): Promise<SavedResult[]>
  /** Adds the new ones; returns the codes already stored. */
  addResults(results: SavedResult[]): Promise<{ added: SavedResult[]; duplicates: SavedResult[] }>
  clearResults(quizFingerprint: number): Promise<void>
  /** How many stored records (quizzes and results) do not read: left where they are, and the page says so. */
  countUnreadable(): Promise<number>
  close(): void
}

/** Opens the database with an injected factory (fake-indexeddb in tests); memory when that fails. */
export async function openClassroomRepository(factory: IDBFactory | undefined, name = CLASSROOM_DB_NAME): Promise<ClassroomRepository> {
  if (!factory) return memoryRepository()
  try {
    // Blocked by an older tab: give up at once and keep the data in memory for this visit.
    const db = await openDatabase(factory, {
      name,
      version: CLASSROOM_DB_VERSION,
      upgrade: (opened, oldVersion, _newVersion, tx) => migrateClassroomDb(opened, oldVersion, tx),
    })
    return idbRepository(db)
  } catch {
    return memoryRepository()
  }
}

function valid<T>(schema: v.GenericSchema<unknown, T>, values: unknown[]): T[] {
  // A record that does not read is left where it is (never deleted) and not shown; countUnreadable() tells the page.
  return values.flatMap((value) => {
    const parsed = v.safeParse(schema, value)
    return parsed.success ? [parsed.output] : []
  })
}

function idbRepository(db: IDBPDatabase): ClassroomRepository {
  return {
    persistent: true,
    async listQuizzes() {
      return valid(SavedQuizSchema, await db.getAll('quizzes')).sort((a, b) => b.savedAt - a.savedAt)
    },
    async saveQuiz(quiz) {
      await db.put('quizzes', { ...quiz })
    },
    async listResults(quizFingerprint) {
      const all = await db.getAllFromIndex('results', 'quizFingerprint', quizFingerprint)
      return valid(SavedResultSchema, all).sort((a, b) => a.addedAt - b.addedAt)
    },
    async addResults(results) {
      const tx = db.transaction('results', 'readwrite')
      const added: SavedResult[] = []
      const duplicates: SavedResult[] = []
      for (const result of results) {
        if (added.some((other) => other.id === result.id) || (await tx.store.getKey(result.id)) !== undefined) duplicates.push(result)
        else {
          await tx.store.add({ ...result })
          added.push(result)
        }
      }
      await tx.done
      return { added, duplicates }
    },
    async clearResults(quizFingerprint) {
      const tx = db.transaction('results', 'readwrite')
      for (const key of await tx.store.index('quizFingerprint').getAllKeys(quizFingerprint)) await tx.store.delete(key)
      await tx.done
    },
    async countUnreadable() {
      const tx = db.transaction(['quizzes', 'results'])
      const quizzes = await tx.objectStore('quizzes').getAll()
      const results = await tx.objectStore('results').getAll()
      const bad = (schema: v.GenericSchema, values: unknown[]) => values.filter((value) => !v.safeParse(schema, value).success).length
      return bad(SavedQuizSchema, quizzes) + bad(SavedResultSchema, results)
    },
    close: () => db.close(),
  }
}

function memoryRepository(): ClassroomRepository {
  const quizzes = new Map<number, SavedQuiz>()
  const results = new Map<string, SavedResult>()
  return {
    persistent: false,
    listQuizzes: async () => [...quizzes.values()].sort((a, b) => b.savedAt - a.savedAt),
    saveQuiz: async (quiz) => void quizzes.set(quiz.fingerprint, { ...quiz }),
    listResults: async (fp) => [...results.values()].filter((result) => result.quizFingerprint === fp),
    async addResults(list) {
      const added: SavedResult[] = []
      const duplicates: SavedResult[] = []
      for (const result of list) {
        if (results.has(result.id)) duplicates.push(result)
        else {
          results.set(result.id, { ...result })
          added.push(result)
        }
      }
      return { added, duplicates }
    },
    clearResults: async (fp) => {
      for (const [id, result] of results) if (result.quizFingerprint === fp) results.delete(id)
    },
    countUnreadable: async () => 0,
    close: () => undefined,
  }
}
