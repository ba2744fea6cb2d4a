import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { submitAnswer } from '../../src/engine/answer'
import {
  advance,
  createSession,
  currentQuestionId,
  finishSession,
  isFinished,
  onTimeUp,
  remainingMs,
  skipQuestion,
} from '../../src/engine/session'
import type { QuizConfig, QuizSession } from '../../src/domain/quiz'
import type { Question } from '../../src/domain/question'
import { multiSelect, numeric, singleChoice, trueFalse } from './fixtures'

const questions = [singleChoice, trueFalse, numeric, multiSelect]
const byId = new Map<string, Question>(questions.map((question) => [question.id, question]))

function config(overrides: Partial<QuizConfig> = {}): QuizConfig {
  return {
    mode: 'practice',
    title: 'Test quiz',
    source: 'everything',
    questionIds: questions.map((question) => question.id),
    timeLimit: { kind: 'off' },
    ...overrides,
  }
}

function answerCurrent(session: QuizSession, now: number, right = true): QuizSession {
  const question = byId.get(currentQuestionId(session) as string) as Question
  const response =
    question.type === 'numeric'
      ? { kind: 'text' as const, text: right ? '28,000' : '1' }
      : question.type === 'multi_select'
        ? { kind: 'choices' as const, choiceIds: right ? question.answer : [] }
        : { kind: 'choice' as const, choiceId: right ? (question.answer as string) : 'nope' }
  return submitAnswer(session, question, response, now).session
}

describe('a quiz session', () => {
  it('plays every question in order and finishes after the last answer', () => {
    let session = createSession('s1', config(), 1_000)
    const seen: string[] = []
    for (let step = 0; step < questions.length; step++) {
      seen.push(currentQuestionId(session) as string)
      session = advance(answerCurrent(session, 2_000 + step * 1000), 2_500 + step * 1000)
    }
    expect(seen).toEqual(questions.map((question) => question.id))
    expect(isFinished(session)).toBe(true)
    expect(Object.values(session.answers).every((answer) => answer.correct)).toBe(true)
  })

  it('records whether the answer was right, its score and how long it took', () => {
    const session = createSession('s1', config(), 1_000)
    const { session: next, result } = submitAnswer(session, singleChoice, { kind: 'choice', choiceId: 'b' }, 4_500)
    expect(result.correct).toBe(false)
    expect(next.answers[singleChoice.id]).toMatchObject({ correct: false, score: 0, responseMs: 3_500, answeredAt: 4_500 })
  })

  it('ignores a second answer to the same question and answers to other questions', () => {
    let session = createSession('s1', config(), 0)
    session = submitAnswer(session, singleChoice, { kind: 'choice', choiceId: 'a' }, 10).session
    const again = submitAnswer(session, singleChoice, { kind: 'choice', choiceId: 'b' }, 20).session
    expect(again.answers[singleChoice.id]?.correct).toBe(true)
    const other = submitAnswer(session, trueFalse, { kind: 'choice', choiceId: 'false' }, 30).session
    expect(other.answers[trueFalse.id]).toBeUndefined()
  })

  it('comes back to skipped questions after the others', () => {
    let session = createSession('s1', config(), 0)
    session = skipQuestion(session, 1) // skip q1
    expect(currentQuestionId(session)).toBe(trueFalse.id)
    session = skipQuestion(session, 2) // skip q2
    session = advance(answerCurrent(session, 3), 3) // numeric
    session = advance(answerCurrent(session, 4), 4) // multi
    expect(currentQuestionId(session)).toBe(singleChoice.id)
    session = advance(answerCurrent(session, 5), 5)
    expect(currentQuestionId(session)).toBe(trueFalse.id)
    session = advance(answerCurrent(session, 6), 6)
    expect(isFinished(session)).toBe(true)
    expect(session.skipped).toEqual([])
  })

  it('stays on the last open question when it is skipped again', () => {
    let session = createSession('s1', config({ questionIds: [singleChoice.id] }), 0)
    session = skipQuestion(session, 5)
    expect(currentQuestionId(session)).toBe(singleChoice.id)
    expect(isFinished(session)).toBe(false)
  })

  it('never finishes while a question is open, whatever the learner does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('answer', 'skip', 'advance'), { maxLength: 30 }), (steps) => {
        let session = createSession('s', config(), 0)
        let now = 0
        for (const step of steps) {
          now += 100
          if (isFinished(session)) break
          if (step === 'answer') session = answerCurrent(session, now)
          else if (step === 'skip') session = skipQuestion(session, now)
          else session = advance(session, now)
        }
        const open = session.config.questionIds.filter((id) => !session.answers[id])
        if (isFinished(session)) return open.length === 0
        return currentQuestionId(session) !== undefined
      }),
    )
  })
})

describe('time limits', () => {
  it('counts down the whole quiz or each question', () => {
    const quiz = createSession('s', config({ timeLimit: { kind: 'quiz', seconds: 60 } }), 0)
    expect(remainingMs(quiz, 15_000)).toBe(45_000)
    expect(remainingMs(quiz, 90_000)).toBe(0)
    const perQuestion = { ...createSession('s', config({ timeLimit: { kind: 'question', seconds: 20 } }), 0), shownAt: 50_000 }
    expect(remainingMs(perQuestion, 55_000)).toBe(15_000)
    expect(remainingMs(createSession('s', config(), 0), 1e9)).toBeUndefined()
  })

  it('ends the quiz when the quiz time runs out', () => {
    const session = onTimeUp(createSession('s', config({ timeLimit: { kind: 'quiz', seconds: 60 } }), 0), 60_000)
    expect(isFinished(session)).toBe(true)
    expect(session.timedOut).toBe(true)
  })

  it('moves on, unanswered, when a question runs out of time', () => {
    let session = createSession('s', config({ timeLimit: { kind: 'question', seconds: 20 } }), 0)
    session = onTimeUp(session, 20_000)
    expect(currentQuestionId(session)).toBe(trueFalse.id)
    expect(session.answers[singleChoice.id]).toBeUndefined()
    expect(session.shownAt).toBe(20_000)
  })

  it('never offers a question again once its time ran out: it stays unanswered, with no fresh timer', () => {
    let session = createSession('s', config({ timeLimit: { kind: 'question', seconds: 20 } }), 0)
    session = onTimeUp(session, 20_000)
    // Every other question answered: the quiz ends instead of bringing the timed-out one back.
    for (let t = 21_000; !isFinished(session) && t < 40_000; t += 1_000) {
      expect(currentQuestionId(session)).not.toBe(singleChoice.id)
      session = advance(answerCurrent(session, t), t)
    }
    expect(isFinished(session)).toBe(true)
    expect(session.answers[singleChoice.id]).toBeUndefined()
    expect(session.expired).toEqual([singleChoice.id])
    // An answer to it arriving late is not recorded.
    const late = submitAnswer({ ...session, finishedAt: undefined, position: 0 }, singleChoice, { kind: 'choice', choiceId: singleChoice.answer as string }, 99_000)
    expect(late.session.answers[singleChoice.id]).toBeUndefined()
  })

  it('says time ran out on the next question only, not on every later one', () => {
    let session = createSession('s', config({ timeLimit: { kind: 'question', seconds: 20 } }), 0)
    session = onTimeUp(session, 20_000)
    expect(session.timedOut).toBe(true)
    session = answerCurrent(session, 21_000)
    session = advance(session, 21_500)
    expect(session.timedOut).toBeFalsy()
  })

  it('a skipped question that then times out at the end finishes the quiz', () => {
    let session = createSession('s', config({ questionIds: [singleChoice.id, trueFalse.id], timeLimit: { kind: 'question', seconds: 20 } }), 0)
    session = skipQuestion(session, 1_000)
    session = onTimeUp(session, 21_000)
    expect(currentQuestionId(session)).toBe(singleChoice.id)
    session = onTimeUp(session, 41_000)
    expect(isFinished(session)).toBe(true)
  })

  it('finishing twice keeps the first finish time', () => {
    const done = finishSession(createSession('s', config(), 0), 100)
    expect(finishSession(done, 200).finishedAt).toBe(100)
  })
})
