// The one entry point for the learner's progress. It opens IndexedDB (or falls back to memory),
// runs each call as one transaction under the write lock, tells other tabs what changed, and
// never throws at the caller because storage failed: it keeps working from memory and says so.

import * as v from 'valibot'
import { MemoryBackend, readStores, type Backend, type StoreName, type TxStores } from './backend'
import { parseImportValue, previewImport, type ImportPreview, type MergeOptions } from './backup'
import { BlockedError, IdbBackend, OpenTimeoutError, openProgressDatabase, readBeforeUpgrade } from './idbBackend'
import { detectIndexedDB } from './openDatabase'
import * as ops from './operations'
import { quarantineDownload } from './quarantine'
import {
  AttemptSchema,
  SETTINGS_FIELDS,
  SessionValueSchema,
  check,
  describeIssues,
  type ExportFile,
  type JsonObject,
  type QuarantineItem,
} from './schema'
import type { Attempt, FactCard, GradeValue } from '../domain/progress'
import type { Settings } from '../domain/settings'
import {
  createTabNotifier,
  createWriteLock,
  detectChannel,
  detectLocks,
  type LockRequester,
  type ProgressChannel,
  type RemoteChange,
} from './tabSync'

export type { ImportResult, RecordedAnswer, RecordedAttempt, SavedQuiz, SnapshotSummary } from './operations'
export type { ImportPreview, MergeOptions } from './backup'
export type { ProgressChannel, LockRequester, RemoteChange } from './tabSync'

export type StorageReason = 'unavailable' | 'blocked' | 'quota' | 'timeout'

/**
 * persistent: false means progress lives only in this tab's memory. reason: 'unavailable' (no
 * IndexedDB, e.g. some private modes), 'blocked' (another tab or a newer version of the app holds
 * the database; reloading helps), 'quota' (the device is out of storage space; the tab goes back to
 * disk, with what it kept meanwhile, once a write succeeds), 'timeout' (opening the database never
 * answered, a known WebKit failure; reloading helps).
 */
export interface StorageStatus {
  persistent: boolean
  reason?: StorageReason
}

/** What the first screen needs: everything but the history of attempts. */
export interface StartProgress {
  cards: FactCard[]
  settings: Settings
  /** Every quiz saved on this device, one per quiz: each tab plays its own. */
  quizzes: ops.SavedQuiz[]
  /** Everything in quarantine (not only what this load set aside), for the learner to see and download. */
  quarantined: QuarantineItem[]
  status: StorageStatus
}

/** The attempts, and the quarantine again (reading them may have set some aside). */
export interface HistoryProgress {
  attempts: Attempt[]
  quarantined: QuarantineItem[]
}

export interface LoadedProgress extends StartProgress {
  attempts: Attempt[]
}

/** Changes from other tabs, and this tab's own storage status. */
/** What another tab changed, this tab's storage status, or records this tab's own reads just set aside. */
export type ProgressChange = RemoteChange | { kind: 'status'; status: StorageStatus } | { kind: 'setAside' }

export type AttemptInput = Omit<Attempt, 'id'> & { id?: string }

export interface RepositoryOptions {
  /** undefined: the global indexedDB; null: none (memory only). */
  indexedDB?: IDBFactory | null
  /** undefined: navigator.locks when present; null: a per-tab queue only. */
  locks?: LockRequester | null
  /** undefined: a BroadcastChannel when present; null: no cross-tab messages. */
  channel?: ProgressChannel | null
  now?: () => number
  newId?: () => string
  dbName?: string
  /** How long to wait for other tabs to let go of an older database version. */
  blockedGraceMs?: number
  /** How long open() may take to answer before the repository carries on from memory. */
  openTimeoutMs?: number
}

export interface ProgressRepository {
  readonly status: StorageStatus
  /** Everything, in one transaction: one consistent snapshot (tests, the bench); the app loads in two steps. */
  load(): Promise<LoadedProgress>
  /** Cards, settings, session and quarantine: quick however long the history is. */
  loadStart(): Promise<StartProgress>
  /** Every valid attempt in time order, read in pages so no single task blocks the page for long. */
  loadHistory(): Promise<HistoryProgress>
  /** Adds the attempt and updates its facts' cards in one transaction. `rating` overrides the derived grade. */
  recordAttempt(input: AttemptInput, rating?: GradeValue): Promise<ops.RecordedAttempt>
  /**
   * An answer given in a quiz, stored exactly once: the attempt (id required: the same for the same
   * quiz and question, so a retry adds nothing) and the quiz with the answer in it, in one
   * transaction. Resolves once it is on disk (or in memory, when storage is not available).
   */
  recordAnswer(input: AttemptInput & { id: string }, quiz: object): Promise<ops.RecordedAnswer>
  /** Changes only the given settings (read and written under the lock, so tabs do not undo each other). */
  saveSettings(patch: Partial<Settings>): Promise<Settings>
  /** A quiz as the player keeps it (any JSON object with a text `id`), under that id: one record per quiz. */
  saveQuiz(quiz: object): Promise<void>
  /**
   * The same, started in this very task and committed at once, without waiting for the write lock or
   * earlier calls: for pagehide, when later tasks may never run. Best effort.
   */
  flushQuiz(quiz: object): Promise<void>
  removeQuiz(id: string): Promise<void>
  loadQuiz(id: string): Promise<JsonObject | null>
  /** Every saved quiz (the unreadable ones go to quarantine). */
  listQuizzes(): Promise<ops.SavedQuiz[]>
  /** A saved quiz the player cannot resume is moved into quarantine, with the reason. */
  setQuizAside(id: string, message: string): Promise<void>
  exportAll(): Promise<ExportFile>
  previewImport(file: ExportFile): Promise<ImportPreview>
  /** Takes a snapshot, then merges the file in. */
  importMerge(file: ExportFile, options?: MergeOptions): Promise<ops.ImportResult>
  /** Takes a snapshot, then clears attempts, cards and the session. */
  reset(): Promise<ops.SnapshotSummary>
  takeSnapshot(): Promise<ops.SnapshotSummary>
  listSnapshots(): Promise<ops.SnapshotSummary[]>
  /** Undefined if there is no readable snapshot with that id. */
  restoreSnapshot(id: string): Promise<ops.SnapshotSummary | undefined>
  listQuarantine(): Promise<QuarantineItem[]>
  /** The quarantine as a JSON file's text, for the learner to download. */
  downloadQuarantine(): Promise<string>
  /** Only on the learner's explicit word: the one way records leave quarantine. */
  discardQuarantined(ids: readonly string[]): Promise<void>
  subscribe(listener: (change: ProgressChange) => void): () => void
  close(): void
}

function isQuotaError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown }
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message))
}

/** Storage failures: IndexedDB reports them as DOMExceptions. Anything else is a bug and is thrown. */
function isStorageError(error: unknown): boolean {
  return error instanceof DOMException || error instanceof BlockedError
}

/** The saved quiz's record: a JSON object with a text id, which is its key. */
function quizRecord(value: object): ops.SavedQuiz {
  const checked = check(SessionValueSchema, value)
  if (!checked.ok) throw new TypeError('Cannot save the quiz: expected a JSON object')
  const id = checked.value.id
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('Cannot save the quiz: expected a text id')
  return { id, value: checked.value }
}

/** Calls that change what is stored: replayed on disk once it takes writes again (see Repository.run). */
type CallKind = 'read' | 'write'

/** Tells other tabs when a read moved records into quarantine. */
function quarantineChange(read: { newlyQuarantined: readonly unknown[] }): RemoteChange | undefined {
  return read.newlyQuarantined.length > 0 ? { kind: 'quarantine' } : undefined
}

class Repository implements ProgressRepository {
  private currentStatus: StorageStatus
  private versionChanged = false
  private closed = false
  /**
   * The IndexedDB backend this tab had to leave for memory after a failed write (a full disk, a
   * transaction the browser aborted), and every write done in memory since: each later write tries
   * the disk again with those first, and once one commits the tab is back on disk.
   */
  private disk: Backend | undefined
  private writesSinceFallBack: ((tx: TxStores) => Promise<unknown>)[] = []
  private readonly statusListeners = new Set<(change: ProgressChange) => void>()

  constructor(
    private backend: Backend,
    status: StorageStatus,
    private readonly lock: ReturnType<typeof createWriteLock>,
    private readonly notifier: ReturnType<typeof createTabNotifier>,
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {
    this.currentStatus = status
  }

  get status(): StorageStatus {
    return { ...this.currentStatus }
  }

  /** Another tab opens a newer version: copy everything to memory under the lock, then let go. */
  onVersionChange(): void {
    this.versionChanged = true
    void this.lock(async () => {
      if (this.backend.kind === 'indexeddb') await this.fallBack('blocked')
    })
  }

  private setStatus(status: StorageStatus): void {
    this.currentStatus = status
    for (const listener of this.statusListeners) listener({ kind: 'status', status })
  }

  /** Keeps everything stored so far in memory and carries on there. */
  private async fallBack(reason: StorageReason): Promise<void> {
    const failed = this.backend
    const contents = await readStores(failed).catch(() => ({}))
    // Another version needs the database: let go of it. Otherwise keep it, to come back to.
    if (reason === 'blocked') failed.close()
    else this.disk = failed
    this.writesSinceFallBack = []
    this.backend = MemoryBackend.from(contents)
    this.setStatus({ persistent: false, reason })
  }

  /**
   * Back to disk, if it takes writes again: the writes done in memory since the fallback, then this
   * one, in one transaction. Undefined when the disk still fails (the tab stays in memory).
   */
  private async backToDisk<T>(job: (tx: TxStores) => Promise<T>): Promise<{ result: T } | undefined> {
    const disk = this.disk
    if (!disk || this.versionChanged) return undefined
    const pending = this.writesSinceFallBack
    try {
      const result = await disk.transact(ops.ALL_STORES, 'readwrite', async (tx) => {
        for (const write of pending) await write(tx)
        return job(tx)
      })
      this.backend.close()
      this.backend = disk
      this.disk = undefined
      this.writesSinceFallBack = []
      this.setStatus({ persistent: true })
      // Other tabs read again what this one kept in memory meanwhile.
      this.notifier.publish({ kind: 'import' })
      return { result }
    } catch (error) {
      if (!isStorageError(error)) throw error
      return undefined
    }
  }

  private attempt<T>(stores: readonly StoreName[], work: (tx: TxStores) => Promise<T>): Promise<T> {
    return this.backend.transact(stores, 'readwrite', work)
  }

  /**
   * One call = one transaction under the write lock. A storage failure is retried once (a
   * transaction can be aborted by the browser), then the call is redone in memory.
   */
  private run<T>(
    stores: readonly StoreName[],
    work: (tx: TxStores, stamp: ops.Stamp) => Promise<T>,
    change?: (result: T) => RemoteChange | undefined,
    kind: CallKind = 'write',
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The progress repository is closed.'))
    return this.lock(async () => {
      let setAside = false
      const stamp: ops.Stamp = { now: this.now(), newId: this.newId, setAside: () => (setAside = true) }
      const job = (tx: TxStores) => work(tx, stamp)
      let result: T
      const back = kind === 'write' && this.backend.kind === 'memory' ? await this.backToDisk(job) : undefined
      if (back) result = back.result
      else {
        try {
          result = await this.attempt(stores, job)
        } catch (error) {
          if (this.backend.kind === 'memory' || !isStorageError(error)) throw error
          result = await this.retryOrFallBack(stores, job, error)
        }
        if (kind === 'write' && this.disk && this.backend.kind === 'memory') this.writesSinceFallBack.push(job)
      }
      const message = change?.(result) ?? (setAside ? { kind: 'quarantine' as const } : undefined)
      if (message && this.backend.kind === 'indexeddb') this.notifier.publish(message)
      // This tab's notice shows what its own reads set aside (a saved quiz, a snapshot, a settings record).
      if (setAside) for (const listener of this.statusListeners) listener({ kind: 'setAside' })
      return result
    })
  }

  private async retryOrFallBack<T>(stores: readonly StoreName[], job: (tx: TxStores) => Promise<T>, error: unknown): Promise<T> {
    let last = error
    if (!isQuotaError(error) && !this.versionChanged) {
      try {
        return await this.attempt(stores, job)
      } catch (again) {
        if (!isStorageError(again)) throw again
        last = again
      }
    }
    await this.fallBack(isQuotaError(last) ? 'quota' : this.versionChanged ? 'blocked' : 'unavailable')
    return this.attempt(stores, job)
  }

  async load(): Promise<LoadedProgress> {
    const read = await this.run(
      ops.PROGRESS_STORES,
      async (tx, stamp) => ({ ...(await ops.readProgress(tx, stamp)), quarantined: await ops.listQuarantine(tx) }),
      quarantineChange,
      'read',
    )
    const { attempts, cards, settings, quizzes, quarantined } = read
    return { attempts, cards, settings, quizzes, quarantined, status: this.status }
  }

  async loadStart(): Promise<StartProgress> {
    const read = await this.run(
      ops.PROGRESS_STORES,
      async (tx, stamp) => ({ ...(await ops.readStart(tx, stamp)), quarantined: await ops.listQuarantine(tx) }),
      quarantineChange,
      'read',
    )
    const { cards, settings, quizzes, quarantined } = read
    return { cards, settings, quizzes, quarantined, status: this.status }
  }

  loadHistory(): Promise<HistoryProgress> {
    return this.run(
      [...ops.ATTEMPT_STORES, 'quarantine'],
      async (tx, stamp) => ({ ...(await ops.readHistory(tx, stamp)), quarantined: await ops.listQuarantine(tx) }),
      quarantineChange,
      'read',
    )
  }

  recordAttempt(input: AttemptInput, rating?: GradeValue): Promise<ops.RecordedAttempt> {
    const checked = check(AttemptSchema, { ...input, id: input.id ?? this.newId(), ...(rating !== undefined ? { rating } : {}) })
    if (!checked.ok) return Promise.reject(new TypeError(`Cannot record this attempt: ${checked.message}`))
    return this.run(
      [...ops.ATTEMPT_STORES, 'cards', 'quarantine'],
      (tx, stamp) => ops.recordAttempt(tx, checked.value, stamp),
      (result) => (result.duplicate ? undefined : { kind: 'attempts', ids: [result.attempt.id] }),
    )
  }

  saveSettings(patch: Partial<Settings>): Promise<Settings> {
    const problems = Object.entries(patch).flatMap(([key, value]) => {
      const schema = SETTINGS_FIELDS[key as keyof Settings] as v.GenericSchema | undefined
      if (!schema) return [`${key}: not a setting`]
      const result = v.safeParse(schema, value)
      return result.success ? [] : describeIssues(result.issues, key)
    })
    if (problems.length > 0) return Promise.reject(new TypeError(`Cannot save these settings: ${problems.join('; ')}`))
    return this.run(['settings', 'quarantine'], (tx, stamp) => ops.saveSettings(tx, patch, stamp), () => ({ kind: 'settings' }))
  }

  recordAnswer(input: AttemptInput & { id: string }, quiz: object): Promise<ops.RecordedAnswer> {
    const checked = check(AttemptSchema, input)
    if (!checked.ok) return Promise.reject(new TypeError(`Cannot record this attempt: ${checked.message}`))
    let record: ops.SavedQuiz
    try {
      record = quizRecord(quiz)
    } catch (error) {
      return Promise.reject(error as Error)
    }
    return this.run(
      [...ops.ATTEMPT_STORES, 'cards', 'session', 'quarantine'],
      (tx, stamp) => ops.recordAnswer(tx, checked.value, record, stamp),
      (result) => (result.duplicate ? { kind: 'session' } : { kind: 'attempts', ids: [result.attempt.id] }),
    )
  }

  saveQuiz(quiz: object): Promise<void> {
    let record: ops.SavedQuiz
    try {
      record = quizRecord(quiz)
    } catch (error) {
      return Promise.reject(error as Error)
    }
    return this.run(['session'], (tx) => ops.saveQuiz(tx, record), () => ({ kind: 'session' }))
  }

  flushQuiz(quiz: object): Promise<void> {
    let record: ops.SavedQuiz
    try {
      record = quizRecord(quiz)
    } catch (error) {
      return Promise.reject(error as Error)
    }
    if (this.closed) return Promise.resolve()
    return this.backend.putNow('session', record.value, record.id).catch(() => undefined)
  }

  removeQuiz(id: string): Promise<void> {
    return this.run(['session'], (tx) => ops.removeQuiz(tx, id), () => ({ kind: 'session' }))
  }

  loadQuiz(id: string): Promise<JsonObject | null> {
    return this.run(['session', 'quarantine'], (tx, stamp) => ops.loadQuiz(tx, id, stamp), undefined, 'read')
  }

  listQuizzes(): Promise<ops.SavedQuiz[]> {
    return this.run(['session', 'quarantine'], (tx, stamp) => ops.listQuizzes(tx, stamp), undefined, 'read')
  }

  async setQuizAside(id: string, message: string): Promise<void> {
    await this.run(
      ['session', 'quarantine'],
      (tx, stamp) => ops.setQuizAside(tx, id, message, stamp),
      (moved) => (moved ? { kind: 'quarantine' } : undefined),
    )
  }

  exportAll(): Promise<ExportFile> {
    return this.run(ops.PROGRESS_STORES, (tx, stamp) => ops.exportAll(tx, stamp), undefined, 'read')
  }

  async previewImport(file: ExportFile): Promise<ImportPreview> {
    return previewImport(await this.exportAll(), file)
  }

  importMerge(file: ExportFile, options: MergeOptions = {}): Promise<ops.ImportResult> {
    // Files come from outside: check again even if the caller already parsed this one.
    const parsed = parseImportValue(file)
    if (!parsed.ok) return Promise.reject(new TypeError(`Cannot import this file: ${parsed.problems.join('; ')}`))
    return this.run(ops.ALL_STORES, (tx, stamp) => ops.importMerge(tx, parsed.file, options, stamp), () => ({ kind: 'import' }))
  }

  reset(): Promise<ops.SnapshotSummary> {
    return this.run(ops.ALL_STORES, (tx, stamp) => ops.reset(tx, stamp), () => ({ kind: 'reset' }))
  }

  takeSnapshot(): Promise<ops.SnapshotSummary> {
    return this.run(ops.ALL_STORES, (tx, stamp) => ops.takeSnapshot(tx, 'manual', stamp))
  }

  listSnapshots(): Promise<ops.SnapshotSummary[]> {
    return this.run(['snapshots', 'quarantine'], (tx, stamp) => ops.listSnapshots(tx, stamp), undefined, 'read')
  }

  restoreSnapshot(id: string): Promise<ops.SnapshotSummary | undefined> {
    return this.run(
      ops.ALL_STORES,
      (tx, stamp) => ops.restoreSnapshot(tx, id, stamp),
      (result) => (result ? { kind: 'restore' } : undefined),
    )
  }

  listQuarantine(): Promise<QuarantineItem[]> {
    return this.run(['quarantine'], (tx) => ops.listQuarantine(tx), undefined, 'read')
  }

  async downloadQuarantine(): Promise<string> {
    return quarantineDownload(await this.listQuarantine(), this.now())
  }

  discardQuarantined(ids: readonly string[]): Promise<void> {
    return this.run(['quarantine'], (tx) => ops.discardQuarantined(tx, ids), () => ({ kind: 'quarantine' }))
  }

  subscribe(listener: (change: ProgressChange) => void): () => void {
    this.statusListeners.add(listener)
    const unsubscribe = this.notifier.subscribe(listener)
    return () => {
      this.statusListeners.delete(listener)
      unsubscribe()
    }
  }

  close(): void {
    this.closed = true
    this.statusListeners.clear()
    this.notifier.close()
    this.backend.close()
  }
}

async function openBackend(
  factory: IDBFactory | null,
  options: RepositoryOptions,
  onVersionChange: () => void,
): Promise<{ backend: Backend; status: StorageStatus }> {
  if (!factory) return { backend: new MemoryBackend(), status: { persistent: false, reason: 'unavailable' } }
  try {
    const db = await openProgressDatabase(factory, {
      ...(options.dbName !== undefined ? { name: options.dbName } : {}),
      ...(options.blockedGraceMs !== undefined ? { blockedGraceMs: options.blockedGraceMs } : {}),
      ...(options.openTimeoutMs !== undefined ? { timeoutMs: options.openTimeoutMs } : {}),
      onVersionChange,
    })
    return { backend: new IdbBackend(db), status: { persistent: true } }
  } catch (error) {
    // VersionError: the database was written by a newer version of the app (one open in another tab).
    const blocked = error instanceof BlockedError || (error as { name?: unknown } | null)?.name === 'VersionError'
    if (blocked) return { backend: new MemoryBackend(), status: { persistent: false, reason: 'blocked' } }
    // open() never answered: reading the older version would hang the same way.
    if (error instanceof OpenTimeoutError) return { backend: new MemoryBackend(), status: { persistent: false, reason: 'timeout' } }
    // The upgrade failed (a full disk, most likely): IndexedDB rolled it back, so the older version is
    // all there. Carry on from a copy of it in memory rather than from nothing.
    const stored = await readBeforeUpgrade(factory, options.dbName).catch(() => undefined)
    return {
      backend: stored ? MemoryBackend.from(stored) : new MemoryBackend(),
      status: { persistent: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' },
    }
  }
}

export async function openProgressRepository(options: RepositoryOptions = {}): Promise<ProgressRepository> {
  const factory = options.indexedDB === undefined ? detectIndexedDB() : options.indexedDB
  // The database can ask to be let go only once the repository exists to do it.
  const hooks = { onVersionChange: () => {} }
  const { backend, status } = await openBackend(factory, options, () => hooks.onVersionChange())
  const channel = options.channel === undefined ? detectChannel() : options.channel
  const repository = new Repository(
    backend,
    status,
    createWriteLock(options.locks === undefined ? detectLocks() : options.locks),
    createTabNotifier(channel, options.channel === undefined),
    options.now ?? (() => Date.now()),
    options.newId ?? (() => crypto.randomUUID()),
  )
  hooks.onVersionChange = () => repository.onVersionChange()
  return repository
}
