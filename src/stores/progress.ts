import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { mistakeQuestionIds as findMistakes, reviewQuestionIds } from '../engine/review'
import type { RecordedAnswer, QuizSession } from '../domain/quiz'
import type { Question } from '../domain/question'
import {
  openProgressRepository,
  type StartProgress,
  type ProgressChange,
  type ProgressRepository,
  type SavedQuiz,
  type StorageStatus,
} from '../storage/progressRepository'
import type { JsonObject, QuarantineItem } from '../storage/schema'
import type { Attempt, FactCard } from '../domain/progress'
import type { Settings } from '../domain/settings'
import { useSettingsStore } from './settings'
import { backupReminderDue } from '../engine/backupReminder'

/** The attempt of one question in one quiz has this id wherever and however often it is written: recorded once. */
export function attemptId(sessionId: string, questionId: string): string {
  return `${sessionId}:${questionId}`
}

/**
 * A small mark outside IndexedDB that progress exists on this device (localStorage): an IndexedDB
 * found empty while it is there was emptied behind the app's back (the browser's clean-up, "clear
 * site data" for storage only), and the learner is told so rather than met with "Nothing recorded yet".
 */
export const PROGRESS_MARK_KEY = 'close-read-progress-mark'
/** Set once the browser has been asked to keep this site's data, so a "no" read after a reload is shown as one. */
export const PERSIST_ASKED_KEY = 'close-read-persist-asked'
/** When a backup was last exported on this device, and when the backup reminder was last put off. */
export const LAST_BACKUP_KEY = 'close-read-last-backup'
export const REMINDER_DISMISSED_KEY = 'close-read-backup-reminder-dismissed'

function readMark(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function readTime(key: string): number | null {
  const mark = readMark(key)
  return mark === null ? null : Number(mark)
}

function writeMark(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // No localStorage: only the emptied-storage notice is lost.
  }
}

/** Plain JSON: the session may hold reactive proxies, which IndexedDB cannot clone. */
function plain(session: QuizSession): object {
  return JSON.parse(JSON.stringify(session)) as object
}

/** The learner's history on this device: attempts, spaced-repetition cards and storage health. */
export const useProgressStore = defineStore('progress', () => {
  const settingsStore = useSettingsStore()
  const attempts = shallowRef<Attempt[]>([])
  const cards = shallowRef<Map<string, FactCard>>(new Map())
  const status = ref<StorageStatus>({ persistent: true })
  const quarantined = shallowRef<QuarantineItem[]>([])
  /** False until the attempts are read: the first screens need only cards, settings and the session. */
  const historyLoaded = ref(false)
  /** IndexedDB was found empty although this device had progress (see PROGRESS_MARK_KEY). */
  const cleared = ref(false)
  /** Every quiz saved on this device as the last load found it (each tab plays its own). */
  const savedQuizzes = shallowRef<SavedQuiz[]>([])
  let repository: Promise<ProgressRepository> | undefined
  let history: Promise<void> = Promise.resolve()

  // Cards exist once any answer is recorded, so this is right before the history is read too.
  const hasProgress = computed(() => cards.value.size > 0 || attempts.value.length > 0)
  const mistakeQuestionIds = computed(() => findMistakes(attempts.value))

  function applyStart(loaded: StartProgress) {
    savedQuizzes.value = loaded.quizzes
    cleared.value = loaded.status.persistent && loaded.cards.length === 0 && readMark(PROGRESS_MARK_KEY) !== null
    cards.value = new Map(loaded.cards.map((card) => [card.factId, card]))
    status.value = loaded.status
    quarantined.value = loaded.quarantined
    settingsStore.apply(loaded.settings)
  }

  /** Reads the start first and the history after it, without keeping callers of ready() waiting for it. */
  async function loadAll(repo: ProgressRepository): Promise<void> {
    applyStart(await repo.loadStart())
    history = repo.loadHistory().then((loaded) => {
      attempts.value = loaded.attempts
      quarantined.value = loaded.quarantined
      historyLoaded.value = true
    })
    // Awaited by whoever needs the history; a failure there must not go unhandled here.
    history.catch(() => undefined)
  }

  // Another tab changed something: read it again.
  async function onChange(change: ProgressChange) {
    if (change.kind === 'status') {
      status.value = change.status
      return
    }
    if (change.kind === 'setAside') {
      quarantined.value = await (await open()).listQuarantine()
      return
    }
    await loadAll(await open())
  }

  /** Opens storage once; every caller shares the same repository. */
  function open(): Promise<ProgressRepository> {
    repository ??= openProgressRepository().then(async (repo) => {
      await loadAll(repo)
      repo.subscribe((change) => void onChange(change))
      return repo
    })
    return repository
  }

  /** Cards, settings, session and storage status are in. */
  async function ready(): Promise<void> {
    await open()
  }

  /** The attempts are in too (statistics, mistakes, the choice of review questions). */
  async function historyReady(): Promise<void> {
    await open()
    await history
  }

  /** Reads everything again (after an import, reset or restore). */
  async function reload(): Promise<void> {
    await loadAll(await open())
    await history
  }

  /**
   * Stores an answer given in `session` exactly once: its attempt (id: the quiz and the question) and
   * `shown`, the quiz as it will show with the answer in it, in one transaction. Resolves once that
   * has committed, so whoever shows the answer as given can wait for it.
   */
  async function recordAnswer(question: Question, answer: RecordedAnswer, session: QuizSession, shown: QuizSession = session) {
    const repo = await open()
    const recorded = await repo.recordAnswer(
      {
        id: attemptId(session.id, question.id),
        questionId: question.id,
        questionType: question.type,
        factIds: question.factIds,
        topics: question.topics,
        correct: answer.correct,
        score: answer.score,
        responseMs: answer.responseMs,
        answeredAt: answer.answeredAt,
        sessionId: session.id,
        mode: session.config.mode,
        ...(answer.misreadings?.length ? { misreadings: answer.misreadings } : {}),
        // Mark the text: the marks themselves, so the learner can see them again (Progress page).
        ...(answer.response.kind === 'marks' ? { marks: answer.response.marks.map(({ first, last, layer }) => ({ first, last, layer })) } : {}),
      },
      plain(shown),
    )
    // Something worth keeping now exists: mark it outside IndexedDB, and ask the browser to keep it.
    if (readMark(PROGRESS_MARK_KEY) === null || cleared.value) writeMark(PROGRESS_MARK_KEY, String(answer.answeredAt))
    cleared.value = false
    void requestPersistence()
    if (recorded.duplicate) return
    const nextCards = new Map(cards.value)
    for (const card of recorded.cards) nextCards.set(card.factId, card)
    cards.value = nextCards
    // The history read was queued before this write, so it does not hold the attempt; once it is
    // in, the attempt joins it (unless a reload already brought it).
    await history.catch(() => undefined)
    if (!attempts.value.some((attempt) => attempt.id === recorded.attempt.id)) attempts.value = [...attempts.value, recorded.attempt]
  }

  /** Saves the quiz under its own id (each tab's quiz is its own record). */
  async function saveQuiz(session: QuizSession) {
    await (await open()).saveQuiz(plain(session))
  }

  /** The page is going away: write the quiz in this very task, ahead of anything queued (best effort). */
  function flushQuiz(session: QuizSession) {
    // Only once storage is open: a page closing before that has saved nothing this flush could add to.
    void repository?.then((repo) => repo.flushQuiz(plain(session)))
  }

  async function removeQuiz(id: string) {
    await (await open()).removeQuiz(id)
  }

  async function loadQuiz(id: string): Promise<JsonObject | null> {
    return (await open()).loadQuiz(id)
  }

  /** Every quiz saved on this device, read now. */
  async function listQuizzes(): Promise<SavedQuiz[]> {
    const quizzes = await (await open()).listQuizzes()
    savedQuizzes.value = quizzes
    return quizzes
  }

  /** A saved quiz the player cannot resume: set aside in quarantine (not deleted), and the notice says so. */
  async function setQuizAside(id: string, reason: string) {
    const repo = await open()
    await repo.setQuizAside(id, reason)
    quarantined.value = await repo.listQuarantine()
  }

  async function saveSettings(patch: Partial<Settings>) {
    const repo = await open()
    settingsStore.apply(await repo.saveSettings(patch))
  }

  /** null until asked; then whether the browser agreed to keep this site's data under pressure. */
  const persisted = ref<boolean | null>(null)

  // Asked at the first answer, when the learner has something worth keeping.
  async function requestPersistence() {
    if (persisted.value !== null || !navigator.storage?.persist) return
    persisted.value = (await navigator.storage.persisted?.()) || (await navigator.storage.persist().catch(() => false))
    writeMark(PERSIST_ASKED_KEY, String(Date.now()))
  }

  /** Whether the browser was asked to keep this site's data before (in an earlier visit too). */
  function persistenceAsked(): boolean {
    return readMark(PERSIST_ASKED_KEY) !== null
  }

  /** Put off by "Not now" (read at start, so the notice hides at once in this tab). */
  const reminderDismissedAt = ref<number | null>(readTime(REMINDER_DISMISSED_KEY))
  const lastBackupAt = ref<number | null>(readTime(LAST_BACKUP_KEY))

  /** Whether to remind the learner to back up or install: a week of progress on storage the browser may clear. */
  function backupReminder(now: number, installed: boolean): boolean {
    return backupReminderDue({
      firstProgressAt: readTime(PROGRESS_MARK_KEY),
      persisted: persisted.value,
      installed,
      lastBackupAt: lastBackupAt.value,
      dismissedAt: reminderDismissedAt.value,
      now,
    })
  }

  function dismissBackupReminder(now: number) {
    reminderDismissedAt.value = now
    writeMark(REMINDER_DISMISSED_KEY, String(now))
  }

  /** A backup was exported: the reminder is quiet for another week. */
  function noteBackup(now: number) {
    lastBackupAt.value = now
    writeMark(LAST_BACKUP_KEY, String(now))
  }

  /** Reset on the learner's word: nothing left to miss. */
  function forgetProgressMark() {
    writeMark(PROGRESS_MARK_KEY, null)
    cleared.value = false
  }

  function dueQuestionIds(questions: readonly Question[], now = Date.now()): string[] {
    return reviewQuestionIds(questions, cards.value.values(), attempts.value, now)
  }

  return {
    attempts,
    cards,
    status,
    quarantined,
    persisted,
    historyLoaded,
    hasProgress,
    mistakeQuestionIds,
    ready,
    historyReady,
    reload,
    repository: open,
    savedQuizzes,
    cleared,
    persistenceAsked,
    forgetProgressMark,
    backupReminder,
    dismissBackupReminder,
    noteBackup,
    recordAnswer,
    saveQuiz,
    flushQuiz,
    removeQuiz,
    loadQuiz,
    listQuizzes,
    setQuizAside,
    saveSettings,
    requestPersistence,
    dueQuestionIds,
  }
})
