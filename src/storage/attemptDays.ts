// Attempts as they are stored since schema v3: one record per UTC day, field by field
// (`AttemptDaySchema` in schema.ts says why). Pure: packing, unpacking and salvaging a damaged day.

import { AttemptDaySchema, AttemptSchema, ATTEMPT_FIELDS, KNOWN_ATTEMPT_FIELDS, check, type AttemptDay } from './schema'
import type { Attempt } from '../domain/progress'

const DAY_MS = 86_400_000

/** The day an attempt is stored under: whole UTC days since 1970-01-01. */
export function dayOf(answeredAt: number): number {
  return Math.floor(answeredAt / DAY_MS)
}

/** One day's record; an optional field's column is left out when no attempt has it. */
export function packDay(day: number, attempts: readonly Attempt[]): AttemptDay {
  const columns: Record<string, unknown[]> = {}
  for (const field of ATTEMPT_FIELDS) {
    const column = attempts.map((attempt) => attempt[field])
    if (attempts.length === 0 || column.some((value) => value !== undefined)) columns[field] = column
  }
  return { day, columns } as AttemptDay
}

/** Attempts by day, days in order, each day's attempts in the order given. */
export function groupByDay(attempts: readonly Attempt[]): { day: number; attempts: Attempt[] }[] {
  const byDay = new Map<number, Attempt[]>()
  for (const attempt of attempts) {
    const day = dayOf(attempt.answeredAt)
    const list = byDay.get(day)
    if (list) list.push(attempt)
    else byDay.set(day, [attempt])
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([day, list]) => ({ day, attempts: list }))
}

/** One record per day. */
export function packDays(attempts: readonly Attempt[]): AttemptDay[] {
  return groupByDay(attempts).map(({ day, attempts: list }) => packDay(day, list))
}

export interface UnpackedDay {
  attempts: Attempt[]
  /** Entries that did not validate, each exactly as found (its value in every column), and why. */
  rejected: { raw: Record<string, unknown>; message: string }[]
  /** Set when the record is not as the app writes it (damaged, or with fields it does not know): write it back. */
  salvaged?: true
  /** Fields the app does not know (e.g. "columns.hint"): the record is kept aside whole before it is rewritten. */
  unknown?: string[]
}

/** A record that cannot be read as a day at all (not an object, a column that is not a list): kept whole. */
export interface UnreadableDay {
  unreadable: string
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The day's attempts; a damaged day gives back every entry that still validates and sets aside the rest. */
export function unpackDay(raw: unknown): UnpackedDay | UnreadableDay {
  const checked = check(AttemptDaySchema, raw)
  if (checked.ok) {
    const { columns } = checked.value
    const length = columns.id.length
    if (ATTEMPT_FIELDS.every((field) => (columns[field]?.length ?? length) === length)) {
      return { attempts: rows(columns as Record<string, readonly unknown[] | undefined>, length) as Attempt[], rejected: [] }
    }
  }
  const columns = isObject(raw) ? raw.columns : undefined
  if (!isObject(raw) || typeof raw.day !== 'number' || !isObject(columns)) return { unreadable: checked.ok ? 'expected a day' : checked.message }
  const lists: Record<string, readonly unknown[] | undefined> = {}
  for (const field of ATTEMPT_FIELDS) {
    const column = columns[field]
    if (column !== undefined && !Array.isArray(column)) return { unreadable: `columns.${field}: expected a list` }
    lists[field] = column
  }
  // Salvage: entry by entry, as if each had been stored on its own. An entry with no value in any
  // column (past the end of every list but a longer optional one) holds nothing and is skipped.
  const length = Math.max(0, ...ATTEMPT_FIELDS.map((field) => lists[field]?.length ?? 0))
  const entries = rows(lists, length).filter((entry) => Object.keys(entry).length > 0)
  if (entries.length === 0) return { unreadable: checked.ok ? 'expected at least one attempt' : checked.message }
  const unknown = [
    ...Object.keys(raw).filter((key) => key !== 'day' && key !== 'columns'),
    ...Object.keys(columns).filter((field) => !KNOWN_ATTEMPT_FIELDS.has(field)).map((field) => `columns.${field}`),
  ]
  const unpacked: UnpackedDay = { attempts: [], rejected: [], salvaged: true, ...(unknown.length > 0 ? { unknown } : {}) }
  for (const entry of entries) {
    const attempt = check(AttemptSchema, entry)
    if (attempt.ok) unpacked.attempts.push(attempt.value)
    else unpacked.rejected.push({ raw: entry, message: attempt.message })
  }
  return unpacked
}

/** Entry i of every column, as an object; fields a column does not have for it are left out. */
function rows(columns: Record<string, readonly unknown[] | undefined>, length: number): Record<string, unknown>[] {
  const present = ATTEMPT_FIELDS.filter((field) => columns[field] !== undefined)
  const out: Record<string, unknown>[] = new Array(length)
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {}
    for (const field of present) {
      const value = (columns[field] as readonly unknown[])[i]
      if (value !== undefined) row[field] = value
    }
    out[i] = row
  }
  return out
}
