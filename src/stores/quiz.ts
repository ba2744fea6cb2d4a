import { defineStore, getActivePinia } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  advance,
  createSession,
  currentQuestionId,
  finishSession,
  isFinished,
  onTimeUp,
  showsFeedback,
  skipQuestion,
} from '../engine/session'
import { LINK_SOURCE_PREFIX, planQuiz, type QuizPlan, type QuizRequest } from '../engine/quizPlan'
import { allQuestions } from '../engine/selection'
import type { QuestionBank } from '../questions/bankTypes'
import { kindOf } from '../questions/types/registry'
import type { Question, Response } from '../domain/question'
import type { QuizConfig, QuizSession } from '../domain/quiz'
import { afterFirstScreen } from '../firstScreen'
import { loadProgressStore } from './lazyProgress'
import { reportMissingCode } from '../support/missingCode'

/** Teachers' sets load in their own chunk (storage, the file format) beside the bank. */
async function loadTeacherQuestions() {
  const [{ loadDeviceTeacherSets }, { teacherQuestions }] = await Promise.all([import('../support/deviceTeacherSets'), import('../classroom/teacherBank')])
  return teacherQuestions(await loadDeviceTeacherSets())
}

type Answering = typeof import('../engine/answer')
type QuizLock = import('../storage/quizLock').QuizLock

/** The id of the quiz this tab plays: kept in the tab's sessionStorage, so a reload finds its own quiz. */
export const TAB_QUIZ_KEY = 'close-read-quiz'

function tabQuizId(): string | null {
  try {
    return sessionStorage.getItem(TAB_QUIZ_KEY)
  } catch {
    return null
  }
}

function setTabQuizId(id: string | null) {
  try {
    if (id === null) sessionStorage.removeItem(TAB_QUIZ_KEY)
    else sessionStorage.setItem(TAB_QUIZ_KEY, id)
  } catch {
    // No sessionStorage (a sandboxed frame): this tab's quiz is then not found again after a reload.
  }
}

/** The quiz being played, shared by the Study page, the player and the results page. */
export const useQuizStore = defineStore('quiz', () => {
  const pinia = getActivePinia()
  const progress = () => loadProgressStore(pinia)
  const bank = shallowRef<QuestionBank | null>(null)
  // Replaced whole on every step (the engine is immutable), so a shallow ref is enough.
  const session = shallowRef<QuizSession | null>(null)
  const restoreProblem = ref<string | null>(null)
  /** The saved quiz this tab would play, while another tab plays it (one tab drives a quiz at a time). */
  const openElsewhere = ref<string | null>(null)
  /** Saves of the session not yet written to storage (0: what is on screen survives a reload). */
  const pendingSaves = ref(0)

  const questionsById = computed(() => new Map((bank.value ? allQuestions(bank.value) : []).map((question) => [question.id, question])))
  const currentQuestion = computed(() => {
    const id = session.value ? currentQuestionId(session.value) : undefined
    return id ? questionsById.value.get(id) : undefined
  })
  const currentAnswer = computed(() => (session.value && currentQuestion.value ? session.value.answers[currentQuestion.value.id] : undefined))
  // The answer checkers load once a question is on screen (loadAnswering), not before it. Their module
  // is code, not data: it stays out of the store's state, and `checkersLoaded` tells `feedback` it came.
  let answering: Answering | undefined
  const checkersLoaded = ref(false)
  let answeringLoad: Promise<Answering> | undefined
  function loadCheckers(): Promise<Answering> {
    answeringLoad ??= import('../engine/answer').then(
      (module) => {
        answering = module
        checkersLoaded.value = true
        return module
      },
      (error: unknown) => {
        answeringLoad = undefined
        throw error
      },
    )
    return answeringLoad
  }
  /** Loads the answer checkers (the player calls it once a question is on screen). */
  async function loadAnswering(): Promise<void> {
    await loadCheckers().catch((error: unknown) => {
      if (!reportMissingCode(error)) throw error
    })
  }
  /** Practice feedback for the question on screen, derived from the saved answer so it survives a reload. */
  const feedback = computed(() => {
    if (!checkersLoaded.value || !answering) return null
    if (!session.value || !currentQuestion.value || !currentAnswer.value) return null
    if (!showsFeedback(session.value.config.mode)) return null
    return answering.checkAnswer(currentQuestion.value, currentAnswer.value.response)
  })
  const inProgress = computed(() => !!session.value && !isFinished(session.value))

  let teacherLoad: Promise<void> | undefined

  async function loadBank(): Promise<QuestionBank> {
    if (!bank.value) {
      const { loadQuestionBankInSteps } = await import('../storage/loadBank')
      const built = await loadQuestionBankInSteps()
      bank.value ??= built
    }
    // Teachers' sets join the bank once the first page is up; the built-in questions do not wait.
    void afterFirstScreen().then(loadTeacherSets)
    return bank.value
  }

  /** Teachers' sets, read once (at once for what must see them, else after the first page). */
  function loadTeacherSets(): Promise<void> {
    teacherLoad ??= refreshTeacherSets()
    return teacherLoad
  }

  /** Re-reads the sets teachers imported on this device (after an import or a removal). */
  async function refreshTeacherSets() {
    const teacher = await loadTeacherQuestions()
    // No sets before and none now: keep the bank object, so nothing built on it is built again.
    const unchanged = (teacher?.sets.length ?? 0) === 0 && (bank.value?.teacher?.sets.length ?? 0) === 0
    if (bank.value && !unchanged) bank.value = { ...bank.value, teacher }
  }

  /** Teachers' questions a class quiz link carried: playable on this device for this visit. */
  function addLinkedQuestions(questions: readonly Question[]) {
    if (!bank.value || questions.length === 0) return
    const ids = new Set(questions.map((question) => question.id))
    bank.value = { ...bank.value, linked: [...(bank.value.linked ?? []).filter((question) => !ids.has(question.id)), ...questions] }
  }

  /** A saved class quiz's carried questions come back from its link (kept in the quiz's source). */
  async function restoreLinkedQuestions(saved: unknown) {
    const source = (saved as { config?: { source?: unknown } } | null)?.config?.source
    if (!bank.value || typeof source !== 'string' || !source.startsWith(LINK_SOURCE_PREFIX)) return
    const [{ decodeQuizLink }, { indexBank }] = await Promise.all([import('../classroom/quizLink'), import('../classroom/bankIndex')])
    const decoded = decodeQuizLink(source.slice(LINK_SOURCE_PREFIX.length), indexBank(bank.value.questions))
    if (decoded.ok) addLinkedQuestions(decoded.value.carried ?? [])
  }

  /** The bank with teachers' sets in it, for what must see them (a saved quiz, the export page). */
  async function loadFullBank(): Promise<QuestionBank> {
    await loadBank()
    await loadTeacherSets()
    return bank.value as QuestionBank
  }

  /** Brings back the quiz this tab was playing, if it can still be played and none is under way. */
  async function restore() {
    if (session.value) return
    const id = tabQuizId()
    // No quiz of its own (a new tab): the callers still expect the bank loaded.
    if (id === null) {
      await loadBank()
      return
    }
    // The bank, storage and the quiz's lock load side by side: none needs another to start.
    const [, saved, free] = await Promise.all([loadBank(), progress().then((store) => store.loadQuiz(id)), quizLock().then((lock) => lock.hold(id))])
    // A quiz started while storage answered is the newer one.
    if (saved === undefined || saved === null || session.value) return
    // Another tab plays it: this one says so (and offers to take it) instead of asking its questions again.
    if (!free) {
      openElsewhere.value = id
      return
    }
    // The saved quiz's validator loads only when there is a saved quiz.
    const { restoreSession } = await import('../engine/savedSession')
    const readsResponse = (questionId: string, response: unknown) => {
      const question = questionsById.value.get(questionId)
      return !!question && !!kindOf(question).readResponse(response)
    }
    let restored = restoreSession(saved, new Set(questionsById.value.keys()), readsResponse)
    // Only a quiz from a teacher's set waits for those sets (with none saved, nothing waits for them).
    if (!restored.ok) {
      await Promise.all([loadTeacherSets(), restoreLinkedQuestions(saved)])
      restored = restoreSession(saved, new Set(questionsById.value.keys()), readsResponse)
    }
    if (session.value) return
    if (!restored.ok) {
      restoreProblem.value = restored.reason
      // Not resumable: set aside (not deleted), so it is neither offered nor tried again.
      // Questions gone too (the teachers' sets were read above): it cannot be played, so it is not offered again.
      void progress().then((store) => store.setQuizAside(id, restored.reason))
      setTabQuizId(null)
      return
    }
    // Its current question may be answered already, with feedback to show.
    void loadAnswering()
    session.value = restored.session
  }

  /**
   * Makes the saved quiz `id` this tab's quiz (Home's "Resume"): the player then restores it. The quiz
   * this tab had stays saved, to be resumed later.
   */
  function adopt(id: string) {
    if (session.value?.id === id) return
    session.value = null
    restoreProblem.value = null
    openElsewhere.value = null
    setTabQuizId(id)
  }

  /** "Take it here": the tab playing this quiz saves and steps back, and this tab resumes it where it stands. */
  async function takeHere() {
    const id = openElsewhere.value
    if (id === null) return
    await (await quizLock()).take(id)
    if (openElsewhere.value !== id) return
    openElsewhere.value = null
    session.value = null
    setTabQuizId(id)
    await restore()
  }

  /**
   * Every write of this tab's quiz, one after another in the order asked: a save never overtakes an
   * answer's transaction, nor an answer a save asked before it.
   */
  let saveQueue: Promise<void> = Promise.resolve()
  function queueSave(work: (store: Awaited<ReturnType<typeof progress>>) => Promise<void>): Promise<void> {
    pendingSaves.value += 1
    const done = saveQueue
      .then(async () => work(await progress()))
      // Storage itself never throws (it carries on from memory): this is a bug; the quiz goes on.
      .catch((error: unknown) => console.error('The quiz could not be saved:', error))
      .finally(() => (pendingSaves.value -= 1))
    saveQueue = done
    return done
  }

  /** Saves asked so far, and any asked while waiting, have all landed. */
  async function settled() {
    while (pendingSaves.value > 0) await saveQueue
  }

  // The lock loads with the first quiz this tab plays or resumes, in its own small chunk.
  let lockLoad: Promise<QuizLock> | undefined
  function quizLock(): Promise<QuizLock> {
    lockLoad ??= import('../storage/quizLock').then(({ createQuizLock, detectQuizLocks, detectLockChannel }) => {
      const lock = createQuizLock({ locks: detectQuizLocks(), channel: detectLockChannel() })
      // Another tab takes this tab's quiz: what was answered here is saved first, then this tab steps back.
      lock.onTaken(async (id) => {
        await settled()
        if (session.value?.id !== id) return
        session.value = null
        openElsewhere.value = id
      })
      return lock
    })
    return lockLoad
  }

  function commit(next: QuizSession) {
    const justFinished = isFinished(next) && !(session.value && isFinished(session.value))
    session.value = next
    void queueSave(async (store) => {
      // The newest state of this quiz, which may be later than `next` (nothing older lands last).
      await store.saveQuiz(session.value?.id === next.id ? session.value : next)
      if (justFinished) await store.requestPersistence()
    })
  }

  /** The quiz with the answer being stored in it, while it is: what a flush must write. */
  let beingStored: QuizSession | null = null

  /**
   * The page is going away (pagehide): write the quiz now if a save is still on its way. Mid-answer,
   * that is the quiz with the answer in it: the state on screen lacks it, and written after the
   * answer's transaction it would take the answer out of the quiz again.
   */
  function flush() {
    const current = beingStored ?? session.value
    if (current && pendingSaves.value > 0) void progress().then((store) => store.flushQuiz(current))
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush)

  function start(config: QuizConfig) {
    restoreProblem.value = null
    // Starting over closes this tab's previous quiz (the learner agreed; its answers stay in progress).
    const previous = session.value?.id ?? tabQuizId()
    const created = createSession(crypto.randomUUID(), config, Date.now())
    setTabQuizId(created.id)
    openElsewhere.value = null
    commit(created)
    // A new quiz is this tab's alone; holding it lets go of the one before.
    void quizLock().then((lock) => lock.hold(created.id))
    if (previous !== null && previous !== created.id) void progress().then((store) => store.removeQuiz(previous))
  }

  /** Plans the quiz asked for from the loaded bank and starts it; the plan says why not when it cannot. */
  function startPlanned(request: QuizRequest, seed = crypto.getRandomValues(new Uint32Array(1))[0] as number): QuizPlan {
    const plan: QuizPlan = bank.value ? planQuiz(bank.value, request, seed) : { ok: false, message: 'The questions have not loaded yet.' }
    if (plan.ok) start(plan.config)
    return plan
  }

  /** An answer being stored: the question shows it as given only once it has committed. */
  let storing: Promise<void> | null = null

  /** Runs `step` now, or once the answer being stored is shown (Next, Skip, time up wait for it). */
  function afterAnswer(step: () => void): void {
    if (storing) void storing.then(step)
    else step()
  }

  async function answer(response: Response) {
    const question = currentQuestion.value
    if (!session.value || !question || storing) return
    const now = Date.now()
    // Loaded by now but for the quickest of answers; once loaded, answering stays synchronous. If this
    // version's checkers are gone (an update replaced them), the answer stays on screen, unchecked.
    let checkers: Answering
    try {
      checkers = answering ?? (await loadCheckers())
    } catch (error) {
      if (!reportMissingCode(error)) throw error
      return
    }
    const { submitAnswer } = checkers
    if (!session.value || currentQuestion.value !== question || storing) return
    const before = session.value
    const { session: next } = submitAnswer(before, question, response, now)
    const recorded = next.answers[question.id]
    if (recorded === before.answers[question.id] || !recorded) return
    // A Test moves straight on; practice modes stay to show feedback.
    const shown = showsFeedback(next.config.mode) ? next : advance(next, now)
    const justFinished = isFinished(shown)
    // The attempt and the quiz with its answer, in one transaction, after any save asked before.
    beingStored = shown
    storing = queueSave(async (store) => {
      await store.recordAnswer(question, recorded, next, shown)
      if (justFinished) await store.requestPersistence()
    })
    try {
      await storing
    } finally {
      storing = null
      beingStored = null
    }
    // The learner may have started another quiz meanwhile.
    if (session.value === before) session.value = shown
  }

  function next() {
    afterAnswer(() => session.value && commit(advance(session.value, Date.now())))
  }

  function skip() {
    afterAnswer(() => session.value && commit(skipQuestion(session.value, Date.now())))
  }

  function timeUp() {
    afterAnswer(() => session.value && commit(onTimeUp(session.value, Date.now())))
  }

  function finish() {
    afterAnswer(() => session.value && commit(finishSession(session.value, Date.now())))
  }

  /** Drops an unfinished quiz (the answers already given stay in the learner's progress). */
  function discard() {
    const id = session.value?.id ?? tabQuizId()
    session.value = null
    openElsewhere.value = null
    setTabQuizId(null)
    void lockLoad?.then((lock) => lock.release())
    if (id !== null) void progress().then((store) => store.removeQuiz(id))
  }

  return {
    bank,
    session,
    restoreProblem,
    openElsewhere,
    pendingSaves,
    questionsById,
    currentQuestion,
    currentAnswer,
    feedback,
    inProgress,
    loadBank,
    loadFullBank,
    loadAnswering,
    refreshTeacherSets,
    addLinkedQuestions,
    restore,
    adopt,
    takeHere,
    start,
    startPlanned,
    answer,
    next,
    skip,
    timeUp,
    finish,
    discard,
  }
})
