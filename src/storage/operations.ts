// What each repository call does inside its one transaction. Every function here reads, computes
// synchronously and writes through `tx` only (IndexedDB commits a transaction that waits on
// anything else). Records that fail validation are moved to quarantine, never deleted.

import { applyAttempt, replayAttempts } from '../engine/schedule'
import { CURRENT_KEY, type StoreName, type TxStores } from './backend'
import { buildExportFile, mergeProgress, snapshotId, snapshotsToPrune, type MergeOptions, type MergeResult } from './backup'
import { byAnswerTime, repairSettings, sortProgress, sortRecords, type Rejected, type SortedProgress } from './quarantine'
import {
  AttemptSchema,
  FactCardSchema,
  QuarantineItemSchema,
  SessionValueSchema,
  SnapshotSchema,
  check,
  type Attempt,
  type ExportFile,
  type FactCard,
  type JsonObject,
  type QuarantineItem,
  type Settings,
  type Snapshot,
  type SnapshotReason,
} from './schema'

/** The clock reading and id source for one call. */
export interface Stamp {
  now: number
  newId: () => string
}

export const PROGRESS_STORES: StoreName[] = ['attempts', 'cards', 'settings', 'session', 'quarantine']
export const ALL_STORES: StoreName[] = [...PROGRESS_STORES, 'snapshots']

// ---- Quarantine ------------------------------------------------------------------------------

/** Moves records into quarantine: the raw value goes in and leaves its store in the same transaction. */
async function quarantine(tx: TxStores, rejected: readonly Rejected[], stamp: Stamp): Promise<QuarantineItem[]> {
  const items: QuarantineItem[] = []
  for (const item of rejected) {
    const record: QuarantineItem = { id: stamp.newId(), ...item, quarantinedAt: stamp.now }
    await tx('quarantine').put(record)
    await tx(item.store as StoreName).delete(item.key)
    items.push(record)
  }
  return items
}

export async function listQuarantine(tx: TxStores): Promise<QuarantineItem[]> {
  const records = await tx('quarantine').getAll()
  return records
    .map((record) => check(QuarantineItemSchema, record.value))
    .flatMap((checked) => (checked.ok ? [checked.value as QuarantineItem] : []))
    .sort((a, b) => a.quarantinedAt - b.quarantinedAt || (a.id < b.id ? -1 : 1))
}

export async function discardQuarantined(tx: TxStores, ids: readonly string[]): Promise<void> {
  for (const id of ids) await tx('quarantine').delete(id)
}

// ---- Loading ---------------------------------------------------------------------------------

export interface ReadProgress extends Omit<SortedProgress, 'rejected' | 'repaired'> {
  /** Moved into quarantine by this read. */
  newlyQuarantined: QuarantineItem[]
}

/** Moves what was rejected into quarantine and writes back the repairs. */
async function settle(tx: TxStores, sorted: SortedProgress, stamp: Stamp): Promise<ReadProgress> {
  const newlyQuarantined = await quarantine(tx, sorted.rejected, stamp)
  if (sorted.repaired.settings) await tx('settings').put(sorted.repaired.settings, CURRENT_KEY)
  for (const card of sorted.repaired.cards) await tx('cards').put(card)
  const { attempts, cards, settings, session } = sorted
  return { attempts, cards, settings, session, newlyQuarantined }
}

/** Reads everything valid; moves the rest into quarantine and writes back repairs. Stores: PROGRESS_STORES. */
export async function readProgress(tx: TxStores, stamp: Stamp): Promise<ReadProgress> {
  const sorted = sortProgress({
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
  if (sorted.rejected.some((item) => item.store === 'cards')) sorted = sortProgress({ ...raw, attempts: await tx('attempts').getAll() })
  const { attempts: _history, ...start } = await settle(tx, sorted, stamp)
  return start
}

/** Attempts per read: each page is decoded and checked in its own task, so none blocks the page for long. */
export const HISTORY_PAGE_SIZE = 1000

export interface ReadHistory {
  attempts: Attempt[]
  newlyQuarantined: QuarantineItem[]
}

/** Every valid attempt in time order, read page by page; the rest goes to quarantine. Stores: attempts, quarantine. */
export async function readHistory(tx: TxStores, stamp: Stamp, pageSize = HISTORY_PAGE_SIZE): Promise<ReadHistory> {
  const attempts: Attempt[] = []
  const rejected: Rejected[] = []
  let after: IDBValidKey | undefined
  for (;;) {
    const page = await tx('attempts').getPage(after, pageSize)
    const sorted = sortRecords('attempts', page, AttemptSchema)
    for (const attempt of sorted.valid) attempts.push(attempt)
    rejected.push(...sorted.rejected)
    if (page.length < pageSize) break
    after = page[page.length - 1]?.key
  }
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
  const attempts = sortRecords('attempts', await tx('attempts').getAll(), AttemptSchema).valid
  return replayAttempts(attempts, new Set([factId])).get(factId)
}

/** Adds the attempt and updates the card of each of its facts, re-read here. Stores: attempts, cards, quarantine. */
export async function recordAttempt(tx: TxStores, attempt: Attempt, stamp: Stamp): Promise<RecordedAttempt> {
  const raw = await tx('attempts').get(attempt.id)
  if (raw !== undefined) {
    const existing = check(AttemptSchema, raw)
    if (existing.ok) return { attempt: existing.value, cards: [], duplicate: true }
    await quarantine(tx, [{ store: 'attempts', key: attempt.id, raw, message: existing.message }], stamp)
  }
  const cards: FactCard[] = []
  for (const factId of new Set(attempt.factIds)) {
    cards.push(applyAttempt(factId, await currentCard(tx, factId, stamp), attempt))
  }
  await tx('attempts').add(attempt)
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

/** Stores: session. */
export async function saveSession(tx: TxStores, value: JsonObject | null): Promise<void> {
  if (value === null) await tx('session').delete(CURRENT_KEY)
  else await tx('session').put(value, CURRENT_KEY)
}

/** Stores: session, quarantine. */
export async function loadSession(tx: TxStores, stamp: Stamp): Promise<JsonObject | null> {
  const raw = await tx('session').get(CURRENT_KEY)
  if (raw === undefined) return null
  const checked = check(SessionValueSchema, raw)
  if (checked.ok) return checked.value
  await quarantine(tx, [{ store: 'session', key: CURRENT_KEY, raw, message: checked.message }], stamp)
  return null
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
  for (const attempt of addedAttempts) await tx('attempts').add(attempt)
  for (const card of changedCards) await tx('cards').put(card)
  if (options.useImportedSettings) await tx('settings').put(data.settings, CURRENT_KEY)
  return { snapshot, addedAttempts, changedCards, settings: data.settings }
}

/** Snapshot first, then attempts, cards and the session are cleared; settings and quarantine stay. Stores: ALL_STORES. */
export async function reset(tx: TxStores, stamp: Stamp): Promise<SnapshotSummary> {
  const snapshot = await takeSnapshot(tx, 'reset', stamp)
  for (const store of ['attempts', 'cards', 'session'] as const) await tx(store).clear()
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
  await tx('attempts').clear()
  await tx('cards').clear()
  for (const attempt of data.attempts) await tx('attempts').add(attempt)
  for (const card of data.cards) await tx('cards').put(card)
  await tx('settings').put(data.settings, CURRENT_KEY)
  return backup
}
