import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { mistakeQuestionIds as findMistakes, reviewQuestionIds } from '../engine/review'
import type { RecordedAnswer, QuizSession } from '../engine/session'
import type { Question } from '../questions/types'
import {
  openProgressRepository,
  type LoadedProgress,
  type ProgressChange,
  type ProgressRepository,
  type StorageStatus,
} from '../storage/progressRepository'
import type { Attempt, FactCard, QuarantineItem, Settings } from '../storage/schema'
import { useSettingsStore } from './settings'

/** The learner's history on this device: attempts, spaced-repetition cards and storage health. */
export const useProgressStore = defineStore('progress', () => {
  const settingsStore = useSettingsStore()
  const attempts = shallowRef<Attempt[]>([])
  const cards = shallowRef<Map<string, FactCard>>(new Map())
  const status = ref<StorageStatus>({ persistent: true })
  const quarantined = shallowRef<QuarantineItem[]>([])
  let repository: Promise<ProgressRepository> | undefined

  const hasProgress = computed(() => attempts.value.length > 0)
  const mistakeQuestionIds = computed(() => findMistakes(attempts.value))

  function applyLoaded(loaded: LoadedProgress) {
    attempts.value = loaded.attempts
    cards.value = new Map(loaded.cards.map((card) => [card.factId, card]))
    status.value = loaded.status
    quarantined.value = loaded.quarantined
    settingsStore.apply(loaded.settings)
  }

  // Another tab changed something: read it all again (a year of attempts loads in milliseconds).
  async function onChange(change: ProgressChange) {
    if (change.kind === 'status') {
      status.value = change.status
      return
    }
    const repo = await open()
    applyLoaded(await repo.load())
  }

  /** Opens storage once; every caller shares the same repository. */
  function open(): Promise<ProgressRepository> {
    repository ??= openProgressRepository().then(async (repo) => {
      applyLoaded(await repo.load())
      repo.subscribe((change) => void onChange(change))
      return repo
    })
    return repository
  }

  async function ready(): Promise<void> {
    await open()
  }

  /** Reads everything again (after an import, reset or restore). */
  async function reload(): Promise<void> {
    const repo = await open()
    applyLoaded(await repo.load())
  }

  async function recordAnswer(question: Question, answer: RecordedAnswer, session: QuizSession) {
    const repo = await open()
    const recorded = await repo.recordAttempt({
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
    })
    if (recorded.duplicate) return
    attempts.value = [...attempts.value, recorded.attempt]
    const nextCards = new Map(cards.value)
    for (const card of recorded.cards) nextCards.set(card.factId, card)
    cards.value = nextCards
  }

  async function saveSession(session: QuizSession | null) {
    const repo = await open()
    // Plain JSON: the session may hold reactive proxies, which IndexedDB cannot clone.
    await repo.saveSession(session ? (JSON.parse(JSON.stringify(session)) as object) : null)
  }

  async function loadSession(): Promise<unknown> {
    const repo = await open()
    return repo.loadSession()
  }

  async function saveSettings(patch: Partial<Settings>) {
    const repo = await open()
    settingsStore.apply(await repo.saveSettings(patch))
  }

  /** null until asked; then whether the browser agreed to keep this site's data under pressure. */
  const persisted = ref<boolean | null>(null)

  // Asked after the first completed quiz, when the learner has something worth keeping.
  async function requestPersistence() {
    if (persisted.value !== null || !navigator.storage?.persist) return
    persisted.value = (await navigator.storage.persisted?.()) || (await navigator.storage.persist().catch(() => false))
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
    hasProgress,
    mistakeQuestionIds,
    ready,
    reload,
    repository: open,
    recordAnswer,
    saveSession,
    loadSession,
    saveSettings,
    requestPersistence,
    dueQuestionIds,
  }
})
