// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createSession } from '../../src/engine/session'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { useProgressStore } from '../../src/stores/progress'
import { singleChoice } from '../engine/fixtures'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { useFreshDevice, recordEarlier } from '../components/progress/helpers'
import { T0, answer } from '../storage/helpers'

const device = useFreshDevice()
// Ten answers a day: each answer rewrites its day's record (schema v3), so a thousand on one day
// would make these tests quadratic (over 20 s on a slow machine) without testing anything more.
const DAY = 24 * 60 * 60 * 1000
const tenADay = (n: number) => T0 + Math.floor(n / 10) * DAY + (n % 10) * 1000

describe('progress store', () => {
  it('is ready with the cards before the history, then holds every stored attempt', async () => {
    const earlier = Array.from({ length: 1200 }, (_, n) => answer({ id: `e-${n}`, answeredAt: tenADay(n) }))
    await recordEarlier(device.indexedDB(), earlier)
    const progress = useProgressStore()
    await progress.ready()
    expect(progress.cards.get('fact-a')?.reps).toBe(1200)
    expect(progress.hasProgress).toBe(true)
    await progress.historyReady()
    expect(progress.historyLoaded).toBe(true)
    expect(progress.attempts.map((attempt) => attempt.id)).toEqual(earlier.map((attempt) => attempt.id))
  })

  it('an answer recorded while the history is still being read is kept, once, after it', async () => {
    await recordEarlier(device.indexedDB(), Array.from({ length: 1500 }, (_, n) => answer({ id: `e-${n}`, answeredAt: tenADay(n) })))
    const progress = useProgressStore()
    await progress.ready()
    const session = createSession('s-1', { mode: 'practice', title: 'Quiz', source: 'everything', questionIds: [singleChoice.id], timeLimit: { kind: 'off' } }, T0)
    const recording = progress.recordAnswer(
      singleChoice,
      { questionId: singleChoice.id, response: { kind: 'choices', choiceIds: ['a'] }, correct: true, score: 1, responseMs: 3000, answeredAt: tenADay(1500) },
      session,
    )
    await Promise.all([recording, progress.historyReady()])
    expect(progress.attempts).toHaveLength(1501)
    expect(progress.attempts.filter((attempt) => attempt.questionId === singleChoice.id)).toHaveLength(1)
    expect(progress.attempts.at(-1)?.questionId).toBe(singleChoice.id)
    expect(progress.cards.get(singleChoice.factIds[0] as string)?.reps).toBe(1)
  })

  it('reads a saved quiz from storage each time, so another tab’s save is never hidden', async () => {
    const config = { mode: 'practice' as const, title: 'Quiz', source: 'everything', questionIds: [singleChoice.id], timeLimit: { kind: 'off' as const } }
    const other = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
    await other.saveQuiz(createSession('first', config, T0))
    const progress = useProgressStore()
    await progress.ready()
    expect(progress.savedQuizzes.map((quiz) => quiz.id)).toEqual(['first'])
    await other.saveQuiz({ ...createSession('first', config, T0), position: 0, title: 'changed' })
    expect(await progress.loadQuiz('first')).toMatchObject({ title: 'changed' })
    await progress.saveQuiz(createSession('second', config, T0))
    expect((await progress.listQuizzes()).map((quiz) => quiz.id).sort()).toEqual(['first', 'second'])
    other.close()
  })

  it('keeps a Mark the text answer’s marks with its attempt, in memory and on disk; other answers keep none', async () => {
    const question = loadQuestionBank().questions.find((q) => q.type === 'mark_layers')!
    const progress = useProgressStore()
    await progress.historyReady()
    const session = createSession('s-2', { mode: 'practice', title: 'Mark', source: 'questions', questionIds: [question.id, singleChoice.id], timeLimit: { kind: 'off' } }, T0)
    const marks = [{ first: 0, last: 3, layer: 'author' as const }]
    await progress.recordAnswer(question, { questionId: question.id, response: { kind: 'marks', marks }, correct: false, score: 0.4, responseMs: 60_000, answeredAt: T0 }, session)
    await progress.recordAnswer(singleChoice, { questionId: singleChoice.id, response: { kind: 'choice', choiceId: 'a' }, correct: true, score: 1, responseMs: 3000, answeredAt: T0 + 1 }, session)
    expect(progress.attempts.find((a) => a.questionId === question.id)?.marks).toEqual(marks)
    expect(progress.attempts.find((a) => a.questionId === singleChoice.id)).not.toHaveProperty('marks')
    const stored = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
    expect((await stored.load()).attempts.find((a) => a.questionId === question.id)?.marks).toEqual(marks)
    stored.close()
  })
})
