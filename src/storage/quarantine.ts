// Sorting what was read from storage into records the app can use and records it must set aside.
// Nothing here deletes: a record that fails validation is returned as `rejected`, raw, so the
// repository can move it into the quarantine store, and the learner can download it.

import * as v from 'valibot'
import { replayAttempts } from '../engine/schedule'
import { CURRENT_KEY, type StoredRecord } from './backend'
import { unpackDay } from './attemptDays'
import { localDateStamp } from './backup'
import {
  AttemptSchema,
  FactCardSchema,
  SessionValueSchema,
  SETTINGS_FIELDS,
  SettingsSchema,
  check,
  defaultSettings,
  describeIssues,
  type JsonObject,
  type QuarantineItem,
} from './schema'
import type { Attempt, FactCard } from '../domain/progress'
import type { Settings } from '../domain/settings'

export interface Rejected {
  store: string
  key: IDBValidKey
  raw: unknown
  message: string
  /** One entry of a record that stays (a damaged day: it is written back without the entry). */
  entryOnly?: true
}

/** Splits records into those that validate and those that do not. */
export function sortRecords<TSchema extends v.GenericSchema>(
  store: string,
  records: readonly StoredRecord[],
  schema: TSchema,
): { valid: v.InferOutput<TSchema>[]; rejected: Rejected[] } {
  const valid: v.InferOutput<TSchema>[] = []
  const rejected: Rejected[] = []
  for (const record of records) {
    const checked = check(schema, record.value)
    if (checked.ok) valid.push(checked.value)
    else rejected.push({ store, key: record.key, raw: record.value, message: checked.message })
  }
  return { valid, rejected }
}

export interface SortedDays {
  valid: Attempt[]
  rejected: Rejected[]
  /** Damaged days to write back with only their valid attempts (a day left with none is deleted). */
  rewritten: { day: number; attempts: Attempt[] }[]
}

/**
 * The attempts of stored days (schema v3). A day that cannot be read at all is rejected whole; one with
 * some bad entries gives up only those, and is rewritten without them.
 */
export function sortAttemptDays(records: readonly StoredRecord[]): SortedDays {
  const sorted: SortedDays = { valid: [], rejected: [], rewritten: [] }
  for (const record of records) {
    const day = unpackDay(record.value)
    if ('unreadable' in day) {
      sorted.rejected.push({ store: 'attemptDays', key: record.key, raw: record.value, message: day.unreadable })
      continue
    }
    for (const attempt of day.attempts) sorted.valid.push(attempt)
    if (!day.salvaged) continue
    if (day.unknown) {
      const message = `fields this version does not know (${day.unknown.join(', ')}); its attempts that validate still count`
      sorted.rejected.push({ store: 'attemptDays', key: record.key, raw: record.value, message, entryOnly: true })
    }
    for (const { raw, message } of day.rejected) sorted.rejected.push({ store: 'attemptDays', key: record.key, raw, message, entryOnly: true })
    sorted.rewritten.push({ day: record.key as number, attempts: day.attempts })
  }
  return sorted
}

/**
 * Settings with every readable field kept and every unreadable one back at its default, and a
 * message when anything had to be replaced (the raw value then goes to quarantine).
 */
export function repairSettings(raw: unknown): { settings: Settings; message?: string } {
  if (raw === undefined) return { settings: defaultSettings() }
  const whole = check(SettingsSchema, raw)
  if (whole.ok) return { settings: whole.value }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: defaultSettings(), message: whole.message }
  const settings: Record<string, unknown> = defaultSettings()
  const problems: string[] = []
  for (const [field, schema] of Object.entries(SETTINGS_FIELDS)) {
    const value = (raw as Record<string, unknown>)[field]
    if (value === undefined) continue
    const result = v.safeParse(schema, value)
    if (result.success) settings[field] = result.output
    else problems.push(...describeIssues(result.issues, field))
  }
  return { settings: settings as Settings, message: problems.join('; ') }
}

export interface RawProgress {
  /** Days of attempts (schema v3). */
  attemptDays?: StoredRecord[]
  /** Single attempts, as stored before schema v3 (only those that did not validate stay there). */
  attempts?: StoredRecord[]
  cards?: StoredRecord[]
  settings?: StoredRecord[]
  session?: StoredRecord[]
}

/** A saved quiz: the player's session (opaque here) under its own id. */
export interface SortedQuiz {
  id: string
  value: JsonObject
}

/** Saved quizzes (any key: before v4 the one quiz lived under "current") that are JSON objects, and the rest. */
export function sortQuizzes(records: readonly StoredRecord[]): { valid: SortedQuiz[]; rejected: Rejected[] } {
  const valid: SortedQuiz[] = []
  const rejected: Rejected[] = []
  for (const record of records) {
    const checked = check(SessionValueSchema, record.value)
    if (checked.ok && typeof record.key === 'string') valid.push({ id: record.key, value: checked.value })
    else rejected.push({ store: 'session', key: record.key, raw: record.value, message: checked.ok ? 'expected a saved quiz under a text key' : checked.message })
  }
  return { valid, rejected }
}

export interface SortedProgress {
  attempts: Attempt[]
  cards: FactCard[]
  settings: Settings
  /** Every saved quiz, one per quiz (each tab plays its own). */
  quizzes: SortedQuiz[]
  rejected: Rejected[]
  /** Replacements to write where a record was rejected: repaired settings, cards rebuilt from attempts. */
  repaired: { settings?: Settings; cards: FactCard[]; clearSession: boolean; days: SortedDays['rewritten'] }
}

/** Every attempt stored, by day and (from before v3) one by one; not yet in answer order. */
export function sortAttempts(days: readonly StoredRecord[], single: readonly StoredRecord[]): SortedDays {
  const sorted = sortAttemptDays(days)
  const legacy = sortRecords('attempts', single, AttemptSchema)
  return { valid: [...sorted.valid, ...legacy.valid], rejected: [...sorted.rejected, ...legacy.rejected], rewritten: sorted.rewritten }
}

/** Attempts in the order they were answered (ids break ties, so the order is stable). */
export function byAnswerTime(a: Attempt, b: Attempt): number {
  return a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Everything valid, sorted for display; and what to quarantine and write back in its place. */
export function sortProgress(raw: RawProgress): SortedProgress {
  const attempts = sortAttempts(raw.attemptDays ?? [], raw.attempts ?? [])
  const cards = sortRecords('cards', raw.cards ?? [], FactCardSchema)
  const rejected = [...attempts.rejected, ...cards.rejected]

  // A corrupt card is rebuilt from the fact's attempts, so review does not start over.
  const lostFacts = new Set(cards.rejected.map((item) => String(item.key)))
  const rebuilt = lostFacts.size > 0 ? [...replayAttempts(attempts.valid, lostFacts).values()] : []

  const settingsRecord = raw.settings?.find((record) => record.key === CURRENT_KEY)
  const { settings, message: settingsMessage } = repairSettings(settingsRecord?.value)
  if (settingsRecord && settingsMessage !== undefined) {
    rejected.push({ store: 'settings', key: CURRENT_KEY, raw: settingsRecord.value, message: settingsMessage })
  }

  const quizzes = sortQuizzes(raw.session ?? [])
  rejected.push(...quizzes.rejected)

  return {
    attempts: attempts.valid.sort(byAnswerTime),
    cards: [...cards.valid, ...rebuilt].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0)),
    settings,
    quizzes: quizzes.valid,
    rejected,
    repaired: {
      ...(settingsRecord && settingsMessage !== undefined ? { settings } : {}),
      cards: rebuilt,
      clearSession: rejected.some((item) => item.store === 'session'),
      days: attempts.rewritten,
    },
  }
}

// ---- Download --------------------------------------------------------------------------------

/** JSON cannot hold everything IndexedDB can; turn the rest into something readable. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (value instanceof Map) return { $map: [...value.entries()] }
  if (value instanceof Set) return { $set: [...value.values()] }
  if (ArrayBuffer.isView(value)) return { $bytes: [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)] }
  if (value instanceof ArrayBuffer) return { $bytes: [...new Uint8Array(value)] }
  if (value === undefined) return null
  return value
}

/** The download's name, from the local date. */
export function quarantineFileName(at: number): string {
  return `close-read-unreadable-records-${localDateStamp(at)}.json`
}

/** The quarantined records as a JSON file the learner can keep or send for help. */
export function quarantineDownload(items: readonly QuarantineItem[], exportedAt: number): string {
  // Dates stringify themselves (toJSON) before the replacer sees them.
  return JSON.stringify({ format: 'close-read-quarantine', exportedAt, items }, jsonSafe, 2)
}
