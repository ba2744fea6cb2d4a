import { describe, expect, it } from 'vitest'
import { restoreSession, resumableSummary } from '../../src/engine/savedSession'
import { submitAnswer } from '../../src/engine/answer'
import type { QuizConfig, QuizSession } from '../../src/domain/quiz'
import { advance, createSession, finishSession } from '../../src/engine/session'
import { allQuestions, singleChoice, trueFalse } from './fixtures'
import { kindOf } from '../../src/questions/types/registry'

const known = new Set(allQuestions.map((question) => question.id))
// As the quiz store reads them: each response by its own question's type.
const readsResponse = (questionId: string, response: unknown) => {
  const question = allQuestions.find((q) => q.id === questionId)
  return !!question && !!kindOf(question).readResponse(response)
}

function config(overrides: Partial<QuizConfig> = {}): QuizConfig {
  return {
    mode: 'practice',
    title: 'Test quiz',
    source: 'everything',
    questionIds: [singleChoice.id, trueFalse.id],
    timeLimit: { kind: 'off' },
    ...overrides,
  }
}

/** The session after the first question was answered and the player moved on. */
function oneAnswered(): QuizSession {
  const started = createSession('s1', config(), 0)
  const { session } = submitAnswer(started, singleChoice, { kind: 'choice', choiceId: singleChoice.answer as string }, 10)
  return advance(session, 10)
}

const saved = (session: QuizSession): unknown => JSON.parse(JSON.stringify(session))

describe('restoreSession', () => {
  it('resumes a saved session exactly as it was', () => {
    const session = oneAnswered()
    expect(restoreSession(saved(session), known, readsResponse)).toEqual({ ok: true, session })
  })

  it('explains why a corrupt or outdated save cannot be resumed', () => {
    expect(restoreSession({ version: 1 }, known, readsResponse)).toEqual({ ok: false, reason: 'The saved quiz could not be read.', unreadable: true })
    expect(restoreSession('garbage', known, readsResponse)).toMatchObject({ ok: false, unreadable: true })
    // A time Date cannot show makes it unreadable too.
    expect(restoreSession({ ...oneAnswered(), startedAt: 1e16 }, known, readsResponse)).toMatchObject({ ok: false, unreadable: true })
    const session = createSession('s1', config({ questionIds: ['gone'] }), 0)
    expect(restoreSession(session, known, readsResponse)).toEqual({
      ok: false,
      reason: 'The saved quiz was made for questions that this version of the app no longer has.',
      unreadable: false,
    })
    expect(restoreSession({ ...createSession('s1', config(), 0), position: 99 }, known, readsResponse)).toMatchObject({ ok: false })
  })

  it('refuses a save whose recorded answer has a malformed response', () => {
    const bad = saved(oneAnswered()) as { answers: Record<string, { response: unknown }> }
    const answer = bad.answers[singleChoice.id]
    if (!answer) throw new Error('fixture: the first answer is missing')
    answer.response = { kind: 'choice', choiceId: 7 }
    expect(restoreSession(bad, known, readsResponse)).toEqual({ ok: false, reason: 'The saved quiz could not be read.', unreadable: true })
  })
})

describe('resumableSummary', () => {
  it('names a quiz under way and the question it is on, counting from 1', () => {
    expect(resumableSummary(saved(oneAnswered()))).toEqual({ title: 'Test quiz', position: 2, total: 2 })
  })

  it('offers nothing for a finished, unreadable or missing save', () => {
    expect(resumableSummary(saved(finishSession(oneAnswered(), 20)))).toBeNull()
    expect(resumableSummary({ version: 2 })).toBeNull()
    expect(resumableSummary(null)).toBeNull()
  })
})
