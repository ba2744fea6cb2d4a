// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ChoiceQuestion } from '../../src/domain/question'
import { useProgressStore } from '../../src/stores/progress'
import { useQuizStore } from '../../src/stores/quiz'
import { useFreshDevice } from '../components/progress/helpers'

useFreshDevice()

/** A practice quiz of two single-choice questions from the real bank, started on a fresh device. */
async function startedQuiz() {
  const quiz = useQuizStore()
  const bank = await quiz.loadBank()
  const questions = bank.questions.filter((question): question is ChoiceQuestion => question.type === 'single_choice').slice(0, 2)
  quiz.start({ mode: 'practice', title: 'Two questions', source: 'test', questionIds: questions.map((q) => q.id), timeLimit: { kind: 'off' } })
  const first = questions[0]
  if (!first) throw new Error('the bank has no single-choice question')
  return { quiz, first }
}

/** Lets the session saves reach the fake IndexedDB before the device is thrown away. */
async function settle(quiz: ReturnType<typeof useQuizStore>) {
  for (let round = 0; round < 50 && quiz.pendingSaves > 0; round += 1) await flushPromises()
}

describe('the quiz store', () => {
  it('checks the first answer although the checkers load only once a question is on screen', async () => {
    const { quiz, first } = await startedQuiz()
    expect(quiz.feedback).toBeNull()
    await quiz.answer({ kind: 'choice', choiceId: first.answer })
    expect(quiz.session?.answers[first.id]).toMatchObject({ questionId: first.id, correct: true, score: 1 })
    expect(quiz.feedback).toMatchObject({ correct: true })
    await settle(quiz)
  })

  it('records what a wrong answer stands for with its attempt, and the feedback says it', async () => {
    const { quiz, first } = await startedQuiz()
    const wrong = first.choices.find((choice) => choice.id !== first.answer && choice.misreading)
    if (!wrong?.misreading) throw new Error('the first question has no tagged wrong choice')
    await quiz.answer({ kind: 'choice', choiceId: wrong.id })
    expect(quiz.session?.answers[first.id]?.misreadings).toEqual([wrong.misreading])
    expect(quiz.feedback?.misreadings).toEqual([wrong.misreading])
    const progress = useProgressStore()
    await progress.historyReady()
    expect(progress.attempts.find((attempt) => attempt.questionId === first.id)?.misreadings).toEqual([wrong.misreading])
    await settle(quiz)
  })

  it('shows an answer as given only once it is stored', async () => {
    const { quiz, first } = await startedQuiz()
    await quiz.loadAnswering()
    const wrong = first.choices.find((choice) => choice.id !== first.answer)
    const answering = quiz.answer({ kind: 'choice', choiceId: wrong?.id ?? '' })
    expect(quiz.session?.answers[first.id]).toBeUndefined()
    expect(quiz.pendingSaves).toBeGreaterThan(0)
    await answering
    expect(quiz.session?.answers[first.id]).toMatchObject({ correct: false, score: 0 })
    expect(quiz.feedback).toMatchObject({ correct: false })
    await settle(quiz)
  })

  it('a page hidden while an answer is stored writes the quiz with that answer in it, never the state without it', async () => {
    const { quiz, first } = await startedQuiz()
    await quiz.loadAnswering()
    const progress = useProgressStore()
    const flushed: unknown[] = []
    const flushQuiz = progress.flushQuiz
    progress.flushQuiz = (session) => void flushed.push(JSON.parse(JSON.stringify(session)))
    const answering = quiz.answer({ kind: 'choice', choiceId: first.answer })
    window.dispatchEvent(new Event('pagehide'))
    await answering
    for (let round = 0; round < 10 && flushed.length === 0; round += 1) await flushPromises()
    progress.flushQuiz = flushQuiz
    expect(flushed).toHaveLength(1)
    expect((flushed[0] as { answers: Record<string, unknown> }).answers[first.id]).toMatchObject({ questionId: first.id, correct: true })
    await settle(quiz)
  })

  it('plans and starts a quiz in one step, and says why not when it cannot', async () => {
    const quiz = useQuizStore()
    expect(quiz.startPlanned({ kind: 'quick' })).toEqual({ ok: false, message: 'The questions have not loaded yet.' })
    expect(quiz.session).toBeNull()
    await quiz.loadBank()
    expect(quiz.startPlanned({ kind: 'set', setId: 'no-such-set', mode: 'practice', count: 5, types: ['cloze'], shuffle: false, timeLimit: { kind: 'off' } }).ok).toBe(false)
    expect(quiz.session).toBeNull()
    const plan = quiz.startPlanned({ kind: 'quick' }, 7)
    if (!plan.ok) throw new Error(plan.message)
    expect(quiz.session?.config).toEqual(plan.config)
    expect(plan.config.questionIds).toHaveLength(10)
    // The same seed plans the same quiz.
    const again = quiz.startPlanned({ kind: 'quick' }, 7)
    expect(again.ok && again.config.questionIds).toEqual(plan.config.questionIds)
    await settle(quiz)
  })

  it('keeps only plain data in its state: it survives a JSON round trip, with the checkers loaded and an answer given', async () => {
    const { quiz, first } = await startedQuiz()
    await quiz.loadAnswering()
    await quiz.answer({ kind: 'choice', choiceId: first.answer })
    expect(Object.keys(quiz.$state).sort()).toEqual(['bank', 'openElsewhere', 'pendingSaves', 'restoreProblem', 'session'])
    expect(quiz.$state.bank?.questions.length).toBeGreaterThan(0)
    expect(JSON.parse(JSON.stringify(quiz.$state))).toEqual(quiz.$state)
    await settle(quiz)
  })
})
