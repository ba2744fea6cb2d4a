// A quiz saved on this device, read back: storage is untrusted (an older version, another tab, a
// hand-edited database), so every field is checked before the player resumes it. Its own module, so
// the validator loads only when a saved quiz is read, not with every page that plays one.

import * as v from 'valibot'
import { MISREADINGS, type Response } from '../domain/question'
import { QUIZ_MODES, type QuizSession, type TimeLimit } from '../domain/quiz'
import { schemaOf } from '../lib/schemaOf'
import { isFinished } from './session'

// Only the kind is checked here: each question type reads its own response shape where it is used
// (checkAnswer and the player are total: a malformed one reads as no answer), and Home's resume link
// loads this module without loading the question types.
const ResponseSchema = schemaOf<Response>()(
  v.custom<Response>((value) => typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string', 'expected a response'),
)

const TimeLimitSchema = schemaOf<TimeLimit>()(v.variant('kind', [
  v.object({ kind: v.literal('off') }),
  v.object({ kind: v.literal('quiz'), seconds: v.pipe(v.number(), v.minValue(1)) }),
  v.object({ kind: v.literal('question'), seconds: v.pipe(v.number(), v.minValue(1)) }),
]))

/** A time Date can show (as storage's own time fields: before the year 10000). */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Date.UTC(9999, 11, 31, 23, 59, 59, 999)))

const SessionSchema = schemaOf<QuizSession>()(v.object({
  version: v.literal(1),
  id: v.string(),
  config: v.object({
    mode: v.picklist(QUIZ_MODES),
    title: v.string(),
    source: v.string(),
    questionIds: v.pipe(v.array(v.string()), v.minLength(1)),
    timeLimit: TimeLimitSchema,
  }),
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answers: v.record(
    v.string(),
    v.object({
      questionId: v.string(),
      response: ResponseSchema,
      correct: v.boolean(),
      score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      responseMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
      answeredAt: time,
      misreadings: v.optional(v.array(v.picklist(MISREADINGS))),
    }),
  ),
  skipped: v.array(v.string()),
  startedAt: time,
  shownAt: time,
  finishedAt: v.optional(time),
  timedOut: v.optional(v.boolean()),
  expired: v.optional(v.array(v.string())),
}))

export const MISSING_QUESTIONS = 'The saved quiz was made for questions that this version of the app no longer has.'

/** Whether a saved quiz asks a question the bank (with teachers' sets) does not have: it cannot be resumed. */
export function asksMissingQuestions(saved: unknown, knownQuestionIds: ReadonlySet<string>): boolean {
  const parsed = v.safeParse(SessionSchema, saved)
  return parsed.success && parsed.output.config.questionIds.some((id) => !knownQuestionIds.has(id))
}

/**
 * A saved session as the player can resume it, or why not: unreadable, or made for questions this
 * version of the app no longer has.
 */
export function restoreSession(
  saved: unknown,
  knownQuestionIds: ReadonlySet<string>,
  /** Whether a recorded response is one its question's type can read (the question types are not loaded here). */
  readsResponse: (questionId: string, response: unknown) => boolean,
): { ok: true; session: QuizSession } | { ok: false; reason: string; unreadable: boolean } {
  const parsed = v.safeParse(SessionSchema, saved)
  if (!parsed.success) return { ok: false, reason: 'The saved quiz could not be read.', unreadable: true }
  const session = parsed.output
  if (session.position >= session.config.questionIds.length) return { ok: false, reason: 'The saved quiz could not be read.', unreadable: true }
  if (asksMissingQuestions(session, knownQuestionIds)) {
    // Readable, but not playable here: the caller sets it aside once the teachers' sets are in too.
    return { ok: false, reason: MISSING_QUESTIONS, unreadable: false }
  }
  if (Object.values(session.answers).some((answer) => !readsResponse(answer.questionId, answer.response))) {
    return { ok: false, reason: 'The saved quiz could not be read.', unreadable: true }
  }
  return { ok: true, session }
}

/** What Home says of a saved quiz still under way ("question k of n"), without the question bank. */
export function resumableSummary(saved: unknown): { title: string; position: number; total: number } | null {
  const parsed = v.safeParse(SessionSchema, saved)
  if (!parsed.success) return null
  const session = parsed.output
  const total = session.config.questionIds.length
  if (isFinished(session) || session.position >= total) return null
  return { title: session.config.title, position: session.position + 1, total }
}
