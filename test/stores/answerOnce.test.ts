// @vitest-environment happy-dom
// Issue 31, bugs 2–4: an answer is stored exactly once, with the quiz that holds it, before it shows;
// each tab keeps its own quiz.
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { ChoiceQuestion } from '../../src/domain/question'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { loadProgressStore } from '../../src/stores/lazyProgress'
import { TAB_QUIZ_KEY, useQuizStore } from '../../src/stores/quiz'
import { useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

/** What is on the fake disk now, read through a repository of its own. */
async function onDisk() {
  const repo = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  const loaded = await repo.load()
  repo.close()
  return loaded
}

/** A fresh tab: its own Pinia; its sessionStorage as given (a reload keeps it, a new tab has none). */
function tab(sessionQuiz: string | null) {
  if (sessionQuiz === null) sessionStorage.removeItem(TAB_QUIZ_KEY)
  else sessionStorage.setItem(TAB_QUIZ_KEY, sessionQuiz)
  const pinia = createPinia()
  setActivePinia(pinia)
  return useQuizStore(pinia)
}

/** Until every save of the quiz is written: by the clock, not by turns of the event loop (the first save loads storage's modules). */
async function settle(quiz: ReturnType<typeof useQuizStore>) {
  await vi.waitFor(() => expect(quiz.pendingSaves).toBe(0), { timeout: 10_000 })
}

async function choiceQuestions(quiz: ReturnType<typeof useQuizStore>, count: number) {
  const bank = await quiz.loadBank()
  return bank.questions.filter((question): question is ChoiceQuestion => question.type === 'single_choice').slice(0, count)
}

describe('an answer', () => {
  it('is on disk, attempt and quiz together, by the time it shows', async () => {
    sessionStorage.clear()
    const quiz = useQuizStore(device.pinia())
    const questions = await choiceQuestions(quiz, 3)
    quiz.start({ mode: 'practice', title: 'Three', source: 'test', questionIds: questions.map((q) => q.id), timeLimit: { kind: 'off' } })
    const first = questions[0] as ChoiceQuestion
    await quiz.answer({ kind: 'choice', choiceId: first.answer })
    expect(quiz.feedback).toMatchObject({ correct: true })
    const stored = await onDisk()
    expect(stored.attempts.map((attempt) => attempt.questionId)).toEqual([first.id])
    const saved = stored.quizzes.find((item) => item.id === quiz.session?.id)
    expect((saved?.value as { answers: Record<string, unknown> }).answers).toHaveProperty(first.id)
    await settle(quiz)
  })

  it('is stored once however often it is written: the attempt id is the quiz and the question', async () => {
    sessionStorage.clear()
    const quiz = useQuizStore(device.pinia())
    const questions = await choiceQuestions(quiz, 2)
    quiz.start({ mode: 'practice', title: 'Two', source: 'test', questionIds: questions.map((q) => q.id), timeLimit: { kind: 'off' } })
    const first = questions[0] as ChoiceQuestion
    await quiz.answer({ kind: 'choice', choiceId: first.answer })
    const session = quiz.session
    const answer = session?.answers[first.id]
    if (!session || !answer) throw new Error('not answered')
    // A retry of the same write (a second tab playing the same quiz, a write whose commit went unseen).
    const progress = await loadProgressStore(device.pinia())
    await Promise.all([progress.recordAnswer(first, answer, session), progress.recordAnswer(first, answer, session)])
    const stored = await onDisk()
    expect(stored.attempts).toHaveLength(1)
    expect(stored.attempts[0]?.id).toBe(`${session.id}:${first.id}`)
    expect(progress.attempts.filter((attempt) => attempt.questionId === first.id)).toHaveLength(1)
    await settle(quiz)
  })
})

describe('each tab', () => {
  it('keeps its own quiz: a quiz started in a second tab does not replace the first tab’s on reload', async () => {
    const a = tab(null)
    const questions = await choiceQuestions(a, 4)
    a.start({ mode: 'practice', title: 'Tab A', source: 'test', questionIds: questions.slice(0, 3).map((q) => q.id), timeLimit: { kind: 'off' } })
    await a.answer({ kind: 'choice', choiceId: (questions[0] as ChoiceQuestion).answer })
    await settle(a)
    const aQuiz = sessionStorage.getItem(TAB_QUIZ_KEY)
    const aId = a.session?.id

    const b = tab(null)
    await b.loadBank()
    b.start({ mode: 'quick', title: 'Tab B', source: 'test', questionIds: questions.slice(1, 4).map((q) => q.id), timeLimit: { kind: 'off' } })
    await b.answer({ kind: 'choice', choiceId: (questions[1] as ChoiceQuestion).answer })
    await settle(b)
    const bId = b.session?.id

    // Tab A reloads: its sessionStorage still names its quiz.
    const reloadedA = tab(aQuiz)
    await reloadedA.restore()
    expect(reloadedA.session?.id).toBe(aId)
    expect(reloadedA.session?.config.title).toBe('Tab A')
    expect(Object.keys(reloadedA.session?.answers ?? {})).toEqual([questions[0]?.id])

    // A new tab restores nothing by itself; Home offers both quizzes.
    const fresh = tab(null)
    await fresh.restore()
    expect(fresh.session).toBeNull()
    // It still has the questions, to start a quiz of its own (/quiz?start=quick in a new window).
    expect(fresh.bank).not.toBeNull()
    const progress = await loadProgressStore()
    expect((await progress.listQuizzes()).map((saved) => saved.id).sort()).toEqual([aId, bId].sort())
    // Adopting one of them there makes it that tab's quiz.
    fresh.adopt(bId as string)
    await fresh.restore()
    expect(fresh.session?.config.title).toBe('Tab B')
    await settle(fresh)
  })

  it('starting another quiz in the same tab closes only that tab’s previous quiz', async () => {
    const a = tab(null)
    const questions = await choiceQuestions(a, 2)
    const config = { mode: 'practice' as const, source: 'test', questionIds: questions.map((q) => q.id), timeLimit: { kind: 'off' as const } }
    a.start({ ...config, title: 'A1' })
    await settle(a)
    const b = tab(null)
    await b.loadBank()
    b.start({ ...config, title: 'B1' })
    await settle(b)
    a.start({ ...config, title: 'A2' })
    await settle(a)
    await flushPromises()
    const titles = (await onDisk()).quizzes.map((saved) => (saved.value as { config: { title: string } }).config.title).sort()
    expect(titles).toEqual(['A2', 'B1'])
  })
})
