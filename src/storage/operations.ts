// What each repository call does inside its one transaction. Every function here reads, computes
// synchronously and writes through `tx` only (IndexedDB commits a transaction that waits on
// anything else). Records that fail validation are moved to quarantine, never deleted.

import { applyAttempt, replayAttempts } from '../engine/schedule'
import { groupByDay, packDay, packDays } from './attemptDays'
import { CURRENT_KEY, type StoreName, type TxStores } from './backend'
import { buildExportFile, mergeProgress, snapshotId, snapshotsToPrune, type MergeOptions, type MergeResult } from './backup'
import {
  byAnswerTime,
  repairSettings,
  sortAttemptDays,
  sortAttempts,
  sortProgress,
  sortQuizzes,
  sortRecords,
  type Rejected,
  type SortedDays,
  type SortedQuiz,
  type SortedProgress,
} from './quarantine'
import {
  AttemptSchema,
  FactCardSchema,
  QuarantineItemSchema,
  SessionValueSchema,
  SnapshotSchema,
  check,
  type ExportFile,
  type JsonObject,
  type QuarantineItem,
  type Snapshot,
  type SnapshotReason,
} from './schema'
import type { Attempt, FactCard } from '../domain/progress'
import type { Settings } from '../domain/settings'

/** The clock reading and id source for one call. */
export interface Stamp {
  now: number
  newId: () => string
  /** Told when this call moves records into quarantine (so this tab's notice can show them too). */
  setAside?: () => void
}

/** Where attempts live: a record per day, and single attempts from before schema v3 (only ever unreadable ones). */
export const ATTEMPT_STORES: StoreName[] = ['attemptDays', 'attempts']
export const PROGRESS_STORES: StoreName[] = [...ATTEMPT_STORES, 'cards', 'settings', 'session', 'quarantine']
export const ALL_STORES: StoreName[] = [...PROGRESS_STORES, 'snapshots']

// ---- Quarantine ------------------------------------------------------------------------------

/**
 * Moves records into quarantine: the raw value goes in and leaves its store in the same transaction.
 * A day's bad entry leaves with its day rewritten (writeDays).
 */
async function quarantine(tx: TxStores, rejected: readonly Rejected[], stamp: Stamp): Promise<QuarantineItem[]> {
  const items: QuarantineItem[] = []
  for (const { entryOnly, ...item } of rejected) {
    const record: QuarantineItem = { id: stamp.newId(), ...item, quarantinedAt: stamp.now }
    await tx('quarantine').put(record)
    if (!entryOnly) await tx(item.store as StoreName).delete(item.key)
    items.push(record)
  }
  if (items.length > 0) stamp.setAside?.()
  return items
}

/** Writes each day with exactly the attempts given; a day with none is deleted. */
async function writeDays(tx: TxStores, days: SortedDays['rewritten']): Promise<void> {
  for (const { day, attempts } of days) {
    if (attempts.length > 0) await tx('attemptDays').put(packDay(day, attempts))
    else await tx('attemptDays').delete(day)
  }
}

/** Every readable attempt stored, and what to set aside; nothing is written. Stores: ATTEMPT_STORES. */
async function readAttempts(tx: TxStores): Promise<SortedDays> {
  return sortAttempts(await tx('attemptDays').getAll(), await tx('attempts').getAll())
}

/**
 * Adds attempts to their days (read, checked and written back whole). Damaged parts of a day go to
 * quarantine; an id the day already holds is not added again. Stores: ATTEMPT_STORES, quarantine.
 */
async function addToDays(tx: TxStores, attempts: readonly Attempt[], stamp: Stamp): Promise<void> {
  for (const { day, attempts: adding } of groupByDay(attempts)) {
    const raw = await tx('attemptDays').get(day)
    const stored = raw === undefined ? { valid: [], rejected: [], rewritten: [] } : sortAttemptDays([{ key: day, value: raw }])
    await quarantine(tx, stored.rejected, stamp)
    const ids = new Set(stored.valid.map((attempt) => attempt.id))
    await writeDays(tx, [{ day, attempts: [...stored.valid, ...adding.filter((attempt) => !ids.has(attempt.id))] }])
  }
}

/**
 * Everything in quarantine. An entry that is not a quarantine item itself (a damaged record) is shown
 * too, as found, under its own key: never hidden, and discarded only like the others.
 */
export async function listQuarantine(tx: TxStores): Promise<QuarantineItem[]> {
  const records = await tx('quarantine').getAll()
  return records
    .map((record): QuarantineItem => {
      const checked = check(QuarantineItemSchema, record.value)
      if (checked.ok && checked.value.id === record.key) return checked.value as QuarantineItem
      const message = checked.ok ? 'its id does not match its key' : checked.message
      return { id: String(record.key), store: 'quarantine', key: record.key, raw: record.value, message: `This entry of the set-aside records could not be read itself (${message}).`, quarantinedAt: 0 }
    })
    .sort((a, b) => a.quarantinedAt - b.quarantinedAt || (a.id < b.id ? -1 : 1))
}

export async function discardQuarantined(tx: TxStores, ids: readonly string[]): Promise<void> {
  // A damaged entry is listed under its key as a string, whatever the key's type.
  const wanted = new Set(ids)
  for (const key of await tx('quarantine').getAllKeys()) if (wanted.has(String(key))) await tx('quarantine').delete(key)
}

// ---- Loading ---------------------------------------------------------------------------------

export interface ReadProgress extends Omit<SortedProgress, 'rejected' | 'repaired'> {
  /** Moved into quarantine by this read. */
  newlyQuarantined: QuarantineItem[]
}

/** Moves what was rejected into quarantine and writes back the repairs. */
async function settle(tx: TxStores, sorted: SortedProgress, stamp: Stamp): Promise<ReadProgress> {
  const newlyQuarantined = await quarantine(tx, sorted.rejected, stamp)
  await writeDays(tx, sorted.repaired.days)
  if (sorted.repaired.settings) await tx('settings').put(sorted.repaired.settings, CURRENT_KEY)
  for (const card of sorted.repaired.cards) await tx('cards').put(card)
  const { attempts, cards, settings, quizzes } = sorted
  return { attempts, cards, settings, quizzes, newlyQuarantined }
}

/** Reads everything valid; moves the rest into quarantine and writes back repairs. Stores: PROGRESS_STORES. */
export async function readProgress(tx: TxStores, stamp: Stamp): Promise<ReadProgress> {
  const sorted = sortProgress({
    attemptDays: await tx('attemptDays').getAll(),
    attempts: await tx('attempts').getAll(),
    cards: await tx('cards').getAll(),
    settings: await tx('settings').getAll(),
    session: await tx('session').getAll(),
  })
  return settle(tx, sorted, stamp)
}

export type ReadStart = Omit<ReadProgress, 'attempts'>

/**
 * What the first screen needs (cards, settings, session) without the history, which grows by
 * thousands of attempts a year. Only a corrupt card makes it read the attempts, to rebuild that
 * card from them. Stores: PROGRESS_STORES.
 */
export async function readStart(tx: TxStores, stamp: Stamp): Promise<ReadStart> {
  const raw = { cards: await tx('cards').getAll(), settings: await tx('settings').getAll(), session: await tx('session').getAll() }
  let sorted = sortProgress(raw)
  if (sorted.rejected.some((item) => item.store === 'cards')) {
    sorted = sortProgress({ ...raw, attemptDays: await tx('attemptDays').getAll(), attempts: await tx('attempts').getAll() })
  }
  const { attempts: _history, ...start } = await settle(tx, sorted, stamp)
  return start
}

/** Days per read (a year is ~10,000 attempts on ~365 days): each page is decoded and checked in its own task. */
export const HISTORY_PAGE_DAYS = 60

export interface ReadHistory {
  attempts: Attempt[]
  newlyQuarantined: QuarantineItem[]
}

/**
 * Every valid attempt in time order, read a page of days at a time; the rest goes to quarantine.
 * Stores: ATTEMPT_STORES, quarantine.
 */
export async function readHistory(tx: TxStores, stamp: Stamp, pageDays = HISTORY_PAGE_DAYS): Promise<ReadHistory> {
  const attempts: Attempt[] = []
  const rejected: Rejected[] = []
  const rewritten: SortedDays['rewritten'] = []
  let after: IDBValidKey | undefined
  for (;;) {
    const page = await tx('attemptDays').getPage(after, pageDays)
    const sorted = sortAttemptDays(page)
    for (const attempt of sorted.valid) attempts.push(attempt)
    rejected.push(...sorted.rejected)
    rewritten.push(...sorted.rewritten)
    if (page.length < pageDays) break
    after = page[page.length - 1]?.key
  }
  const single = sortRecords('attempts', await tx('attempts').getAll(), AttemptSchema)
  for (const attempt of single.valid) attempts.push(attempt)
  rejected.push(...single.rejected)
  await writeDays(tx, rewritten)
  return { attempts: attempts.sort(byAnswerTime), newlyQuarantined: await quarantine(tx, rejected, stamp) }
}

// ---- Recording -------------------------------------------------------------------------------

export interface RecordedAttempt {
  attempt: Attempt
  /** The updated card of each of the attempt's facts. */
  cards: FactCard[]
  /** The id was already recorded (e.g. a retried call): nothing changed. */
  duplicate: boolean
}

/** The fact's stored card, or (if it is unreadable: quarantined) one rebuilt from its attempts. */
async function currentCard(tx: TxStores, factId: string, stamp: Stamp): Promise<FactCard | undefined> {
  const raw = await tx('cards').get(factId)
  if (raw === undefined) return undefined
  const checked = check(FactCardSchema, raw)
  if (checked.ok) return checked.value
  await quarantine(tx, [{ store: 'cards', key: factId, raw, message: checked.message }], stamp)
  return replayAttempts((await readAttempts(tx)).valid, new Set([factId])).get(factId)
}

/** The attempt already stored under this one's id, on whichever day holds it or (from before v3) on its own. */
async function storedAttempt(tx: TxStores, attempt: Attempt, stamp: Stamp): Promise<Attempt | undefined> {
  const day = await tx('attemptDays').keyFromIndex('attemptIds', attempt.id)
  if (day !== undefined) {
    const found = sortAttemptDays([{ key: day, value: await tx('attemptDays').get(day) }]).valid.find((stored) => stored.id === attempt.id)
    if (found) return found
  }
  return storedSingleAttempt(tx, attempt, stamp)
}

async function storedSingleAttempt(tx: TxStores, attempt: Attempt, stamp: Stamp): Promise<Attempt | undefined> {
  const raw = await tx('attempts').get(attempt.id)
  if (raw === undefined) return undefined
  const existing = check(AttemptSchema, raw)
  if (existing.ok) return existing.value
  await quarantine(tx, [{ store: 'attempts', key: attempt.id, raw, message: existing.message }], stamp)
  return undefined
}

/** Adds the attempt and updates the card of each of its facts, re-read here. Stores: ATTEMPT_STORES, cards, quarantine. */
export async function recordAttempt(tx: TxStores, attempt: Attempt, stamp: Stamp): Promise<RecordedAttempt> {
  const existing = await storedAttempt(tx, attempt, stamp)
  if (existing) return { attempt: existing, cards: [], duplicate: true }
  const cards: FactCard[] = []
  for (const factId of new Set(attempt.factIds)) {
    cards.push(applyAttempt(factId, await currentCard(tx, factId, stamp), attempt))
  }
  await addToDays(tx, [attempt], stamp)
  for (const card of cards) await tx('cards').put(card)
  return { attempt, cards, duplicate: false }
}

// ---- Settings and session --------------------------------------------------------------------

/** Stores: settings, quarantine. */
export async function saveSettings(tx: TxStores, patch: Partial<Settings>, stamp: Stamp): Promise<Settings> {
  const raw = await tx('settings').get(CURRENT_KEY)
  const { settings, message } = repairSettings(raw)
  if (message !== undefined) await quarantine(tx, [{ store: 'settings', key: CURRENT_KEY, raw, message }], stamp)
  const next = { ...settings, ...patch }
  await tx('settings').put(next, CURRENT_KEY)
  return next
}

/** A quiz saved on this device (the player's session, opaque here), under its own id. */
export type SavedQuiz = SortedQuiz

/** Stores: session. */
export async function saveQuiz(tx: TxStores, quiz: SavedQuiz): Promise<void> {
  await tx('session').put(quiz.value, quiz.id)
}

/** Stores: session. */
export async function removeQuiz(tx: TxStores, id: string): Promise<void> {
  await tx('session').delete(id)
}

/** Stores: session, quarantine. */
export async function loadQuiz(tx: TxStores, id: string, stamp: Stamp): Promise<JsonObject | null> {
  const raw = await tx('session').get(id)
  if (raw === undefined) return null
  const checked = check(SessionValueSchema, raw)
  if (checked.ok) return checked.value
  await quarantine(tx, [{ store: 'session', key: id, raw, message: checked.message }], stamp)
  return null
}

/** Every saved quiz that is a JSON object; the others go to quarantine. Stores: session, quarantine. */
export async function listQuizzes(tx: TxStores, stamp: Stamp): Promise<SavedQuiz[]> {
  const { valid, rejected } = sortQuizzes(await tx('session').getAll())
  await quarantine(tx, rejected, stamp)
  return valid
}

/** Moves a saved quiz the player cannot read into quarantine, with the player's reason. Stores: session, quarantine. */
export async function setQuizAside(tx: TxStores, id: string, message: string, stamp: Stamp): Promise<boolean> {
  const raw = await tx('session').get(id)
  if (raw === undefined) return false
  await quarantine(tx, [{ store: 'session', key: id, raw, message }], stamp)
  return true
}

export interface RecordedAnswer extends RecordedAttempt {
  quiz: SavedQuiz
}

/**
 * An answer given in a quiz, stored whole or not at all: the attempt (with its facts' cards) and the
 * quiz as it stands with the answer in it, in one transaction. The attempt's id is the same for the
 * same (quiz, question), so a retry, a second write or a second tab playing the same quiz finds it
 * there and adds nothing. Stores: ATTEMPT_STORES, cards, session, quarantine.
 */
export async function recordAnswer(tx: TxStores, attempt: Attempt, quiz: SavedQuiz, stamp: Stamp): Promise<RecordedAnswer> {
  const recorded = await recordAttempt(tx, attempt, stamp)
  await saveQuiz(tx, quiz)
  return { ...recorded, quiz }
}

// ---- Export, snapshots, import, reset, restore -----------------------------------------------

/** Stores: PROGRESS_STORES. */
export async function exportAll(tx: TxStores, stamp: Stamp): Promise<ExportFile> {
  return buildExportFile(await readProgress(tx, stamp), stamp.now)
}

export interface SnapshotSummary {
  id: string
  takenAt: number
  reason: SnapshotReason
  attempts: number
  facts: number
}

function summarize(snapshot: Snapshot): SnapshotSummary {
  const { id, takenAt, reason, data } = snapshot
  return { id, takenAt, reason, attempts: data.attempts.length, facts: data.cards.length }
}

/** Saves the given data as a snapshot and prunes the oldest beyond the kept number. Stores: snapshots. */
async function putSnapshot(tx: TxStores, data: ExportFile, reason: SnapshotReason, stamp: Stamp): Promise<SnapshotSummary> {
  const snapshot: Snapshot = { id: snapshotId(stamp.now, stamp.newId()), takenAt: stamp.now, reason, data }
  await tx('snapshots').put(snapshot)
  const keys = (await tx('snapshots').getAllKeys()).map(String)
  for (const key of snapshotsToPrune(keys)) await tx('snapshots').delete(key)
  return summarize(snapshot)
}

/** Stores: ALL_STORES. */
export async function takeSnapshot(tx: TxStores, reason: SnapshotReason, stamp: Stamp): Promise<SnapshotSummary> {
  return putSnapshot(tx, await exportAll(tx, stamp), reason, stamp)
}

/** Valid snapshots, newest first; unreadable ones go to quarantine. Stores: snapshots, quarantine. */
export async function listSnapshots(tx: TxStores, stamp: Stamp): Promise<SnapshotSummary[]> {
  const { valid, rejected } = sortRecords('snapshots', await tx('snapshots').getAll(), SnapshotSchema)
  await quarantine(tx, rejected, stamp)
  return valid.map(summarize).sort((a, b) => (a.id < b.id ? 1 : -1))
}

export interface ImportResult extends Pick<MergeResult, 'addedAttempts' | 'changedCards'> {
  snapshot: SnapshotSummary
  settings: Settings
}

/** Snapshot first, then the merge. Stores: ALL_STORES. */
export async function importMerge(tx: TxStores, file: ExportFile, options: MergeOptions, stamp: Stamp): Promise<ImportResult> {
  const local = await readProgress(tx, stamp)
  const snapshot = await putSnapshot(tx, buildExportFile(local, stamp.now), 'import', stamp)
  const { addedAttempts, changedCards, data } = mergeProgress(local, file, options)
  await addToDays(tx, addedAttempts, stamp)
  for (const card of changedCards) await tx('cards').put(card)
  if (options.useImportedSettings) await tx('settings').put(data.settings, CURRENT_KEY)
  return { snapshot, addedAttempts, changedCards, settings: data.settings }
}

/** Snapshot first, then attempts, cards and the session are cleared; settings and quarantine stay. Stores: ALL_STORES. */
export async function reset(tx: TxStores, stamp: Stamp): Promise<SnapshotSummary> {
  const snapshot = await takeSnapshot(tx, 'reset', stamp)
  for (const store of [...ATTEMPT_STORES, 'cards', 'session'] as const) await tx(store).clear()
  return snapshot
}

/**
 * Puts back the progress saved in snapshot `id`, after snapshotting the current progress (so a
 * restore can be undone). Returns undefined when there is no readable snapshot. Stores: ALL_STORES.
 */
export async function restoreSnapshot(tx: TxStores, id: string, stamp: Stamp): Promise<SnapshotSummary | undefined> {
  const raw = await tx('snapshots').get(id)
  if (raw === undefined) return undefined
  const checked = check(SnapshotSchema, raw)
  if (!checked.ok) {
    await quarantine(tx, [{ store: 'snapshots', key: id, raw, message: checked.message }], stamp)
    return undefined
  }
  const backup = await takeSnapshot(tx, 'restore', stamp)
  const { data } = checked.value
  for (const store of ATTEMPT_STORES) await tx(store).clear()
  await tx('cards').clear()
  for (const day of packDays(data.attempts)) await tx('attemptDays').put(day)
  for (const card of data.cards) await tx('cards').put(card)
  await tx('settings').put(data.settings, CURRENT_KEY)
  return backup
}
