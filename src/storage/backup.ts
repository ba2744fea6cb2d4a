// Backups: the export file, reading an imported one, what an import would change, and the merge.
// A merge never drops or overwrites an attempt: attempts are unioned by id (the local copy wins
// if two differ, and the preview says so); cards are rebuilt from the merged history.

import * as v from 'valibot'
import { compareAttempts, replayAttempts } from '../engine/schedule'
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportFileSchema,
  describeIssues,
  type ExportFile,
} from './schema'
import type { Attempt, FactCard } from '../domain/progress'
import type { Settings } from '../domain/settings'

export interface ProgressData {
  attempts: Attempt[]
  cards: FactCard[]
  settings: Settings
}

/** Snapshots taken before imports, resets and restores; older ones are pruned. */
export const SNAPSHOTS_KEPT = 5
/** Larger files are refused before parsing (a year of daily study is well under 5 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
/** Problems listed before "…and N more". */
const MAX_LISTED_PROBLEMS = 10

const byFactId = (a: FactCard, b: FactCard) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0)

export function buildExportFile(data: ProgressData, exportedAt: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    attempts: [...data.attempts].sort(compareAttempts),
    cards: [...data.cards].sort(byFactId),
    settings: data.settings,
  }
}

/** YYYY-MM-DD on the device's own calendar: the learner's date, which UTC's is not for hours of each day. */
export function localDateStamp(epochMs: number): string {
  const date = new Date(epochMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A file name for the download, from the local date. */
export function exportFileName(file: ExportFile): string {
  return `close-read-progress-${localDateStamp(file.exportedAt)}.json`
}

// ---- Reading a file --------------------------------------------------------------------------

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; problems: string[] }

function refuse(...problems: string[]): ParsedImport {
  return { ok: false, problems }
}

function listProblems(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `…and ${problems.length - MAX_LISTED_PROBLEMS} more problems`]
}

function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, what: string): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  items.forEach((item, index) => {
    const key = keyOf(item)
    if (seen.has(key)) problems.push(`${what}[${index}]: the id "${key}" appears twice`)
    seen.add(key)
  })
  return problems
}

/** Checks a parsed JSON value: the format, its version, then every record, naming each problem's path. */
export function parseImportValue(value: unknown): ParsedImport {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('This is not a Close Read progress file.')
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== EXPORT_FORMAT) return refuse('This is not a Close Read progress file.')
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return refuse(`This file was made by a newer version of Close Read (file version ${version}); update the app to import it.`)
  }
  const result = v.safeParse(ExportFileSchema, value)
  if (!result.success) return refuse(...listProblems(describeIssues(result.issues)))
  const file = result.output
  const problems = [
    ...duplicates(file.attempts, (attempt) => attempt.id, 'attempts'),
    ...duplicates(file.cards, (card) => card.factId, 'cards'),
  ]
  return problems.length > 0 ? refuse(...listProblems(problems)) : { ok: true, file }
}

/** Reads the text of an imported file. `text.length` is checked first (UTF-16 units, never more than bytes). */
export function parseImportText(text: string, maxBytes = MAX_IMPORT_BYTES): ParsedImport {
  if (text.length > maxBytes) {
    return refuse(`The file is too large (over ${Math.round(maxBytes / 1024 / 1024)} MB) to be a progress file.`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse('The file is not valid JSON; it may be damaged or not a progress file.')
  }
  return parseImportValue(value)
}

// ---- Merging ---------------------------------------------------------------------------------

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function groupByFact(attempts: readonly Attempt[]): Map<string, Set<string>> {
  const facts = new Map<string, Set<string>>()
  for (const attempt of attempts) {
    for (const factId of attempt.factIds) {
      const ids = facts.get(factId) ?? new Set<string>()
      ids.add(attempt.id)
      facts.set(factId, ids)
    }
  }
  return facts
}

const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string>) =>
  a !== undefined && a.size === b.size && [...b].every((id) => a.has(id))

/** Of two cards with no attempts behind them, the one reviewed last (the same whichever side it is on). */
function laterCard(a: FactCard, b: FactCard): FactCard {
  const at = (card: FactCard) => card.lastReview ?? -1
  if (at(a) !== at(b)) return at(a) > at(b) ? a : b
  if (a.reps !== b.reps) return a.reps > b.reps ? a : b
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b
}

/**
 * Each fact's card for the merged history. A side whose attempts for the fact are already the
 * whole merged history keeps its card (so importing into an empty device gives back exactly the
 * exported cards); otherwise the card is rebuilt by replaying the history in a fixed order, which
 * makes the merge of two disjoint progresses the same in either direction.
 */
function mergeCards(local: ProgressData, incoming: ProgressData, attempts: readonly Attempt[]): FactCard[] {
  const merged = groupByFact(attempts)
  const localFacts = groupByFact(local.attempts)
  const incomingFacts = groupByFact(incoming.attempts)
  const localCards = new Map(local.cards.map((card) => [card.factId, card]))
  const incomingCards = new Map(incoming.cards.map((card) => [card.factId, card]))

  const cards = new Map<string, FactCard>()
  const rebuild = new Set<string>()
  for (const [factId, ids] of merged) {
    const mine = localCards.get(factId)
    const theirs = incomingCards.get(factId)
    if (mine && sameSet(localFacts.get(factId), ids)) cards.set(factId, mine)
    else if (theirs && sameSet(incomingFacts.get(factId), ids)) cards.set(factId, theirs)
    else rebuild.add(factId)
  }
  for (const [factId, card] of replayAttempts(attempts, rebuild)) cards.set(factId, card)
  // Cards with no attempts at all behind them (nothing to rebuild from) are kept.
  for (const card of [...local.cards, ...incoming.cards]) {
    if (merged.has(card.factId)) continue
    const kept = cards.get(card.factId)
    cards.set(card.factId, kept ? laterCard(kept, card) : card)
  }
  return [...cards.values()].sort(byFactId)
}

export interface MergeOptions {
  /** Take the file's settings instead of keeping this device's (the learner's choice). */
  useImportedSettings?: boolean
}

export interface MergeResult {
  data: ProgressData
  /** Attempts that are new here, to add. */
  addedAttempts: Attempt[]
  /** Cards that differ from the local ones, to write. */
  changedCards: FactCard[]
}

export function mergeProgress(local: ProgressData, incoming: ProgressData, options: MergeOptions = {}): MergeResult {
  const localIds = new Set(local.attempts.map((attempt) => attempt.id))
  const addedAttempts = incoming.attempts.filter((attempt) => !localIds.has(attempt.id))
  const attempts = [...local.attempts, ...addedAttempts].sort(compareAttempts)
  const cards = mergeCards(local, incoming, attempts)
  const localCards = new Map(local.cards.map((card) => [card.factId, card]))
  const changedCards = cards.filter((card) => !sameJson(localCards.get(card.factId), card))
  const settings = options.useImportedSettings ? incoming.settings : local.settings
  return { data: { attempts, cards, settings }, addedAttempts, changedCards }
}

// ---- Preview ---------------------------------------------------------------------------------

export interface SettingDifference {
  key: keyof Settings
  local: unknown
  imported: unknown
}

export interface ImportPreview {
  newAttempts: number
  /** Already here, identical. */
  knownAttempts: number
  /** Same id, different content: the local copy is kept. */
  conflictingAttemptIds: string[]
  /** Facts whose review card would change. */
  cardsChanged: number
  /** Facts not studied on this device before. */
  newFacts: number
  /** Applied only if the learner chooses the imported settings. */
  settingsDifferences: SettingDifference[]
}

export function previewImport(local: ProgressData, file: ExportFile): ImportPreview {
  const localById = new Map(local.attempts.map((attempt) => [attempt.id, attempt]))
  let knownAttempts = 0
  const conflictingAttemptIds: string[] = []
  for (const attempt of file.attempts) {
    const mine = localById.get(attempt.id)
    if (!mine) continue
    if (sameJson(mine, attempt)) knownAttempts += 1
    else conflictingAttemptIds.push(attempt.id)
  }
  const merge = mergeProgress(local, file)
  const localFacts = new Set(local.cards.map((card) => card.factId))
  const settingsDifferences = (Object.keys(local.settings) as (keyof Settings)[])
    .filter((key) => !sameJson(local.settings[key], file.settings[key]))
    .map((key) => ({ key, local: local.settings[key], imported: file.settings[key] }))
  return {
    newAttempts: merge.addedAttempts.length,
    knownAttempts,
    conflictingAttemptIds,
    cardsChanged: merge.changedCards.length,
    newFacts: merge.changedCards.filter((card) => !localFacts.has(card.factId)).length,
    settingsDifferences,
  }
}

// ---- Snapshots -------------------------------------------------------------------------------

/** Snapshot ids sort by the time they were taken, so pruning needs only the keys. */
export function snapshotId(takenAt: number, unique: string): string {
  return `${String(Math.max(0, Math.floor(takenAt))).padStart(15, '0')}-${unique}`
}

/** The snapshot keys to prune so that only the newest `kept` remain. */
export function snapshotsToPrune(keys: readonly string[], kept = SNAPSHOTS_KEPT): string[] {
  return [...keys].sort().slice(0, Math.max(0, keys.length - kept))
}
