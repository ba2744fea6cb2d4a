// A quiz saved on this device, read back: storage is untrusted (an older version, another tab, a
// hand-edited database), so every field is checked before the player resumes it. Its own module, so
// the validator loads only when a saved quiz is read, not with every page that plays one.

import * as v from 'valibot'
import { isFinished, QUIZ_MODES, type QuizSession } from './session'

const ResponseSchema = v.variant('kind', [
  v.object({ kind: v.literal('choice'), choiceId: v.string() }),
  v.object({ kind: v.literal('choices'), choiceIds: v.array(v.string()) }),
  v.object({ kind: v.literal('text'), text: v.string() }),
  v.object({ kind: v.literal('pairs'), pairs: v.record(v.string(), v.string()) }),
  v.object({ kind: v.literal('order'), itemIds: v.array(v.string()) }),
])

const TimeLimitSchema = v.variant('kind', [
  v.object({ kind: v.literal('off') }),
  v.object({ kind: v.literal('quiz'), seconds: v.pipe(v.number(), v.minValue(1)) }),
  v.object({ kind: v.literal('question'), seconds: v.pipe(v.number(), v.minValue(1)) }),
])

/** A time Date can show (as storage's own time fields: before the year 10000). */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Date.UTC(9999, 11, 31, 23, 59, 59, 999)))

const SessionSchema = v.object({
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
    }),
  ),
  skipped: v.array(v.string()),
  startedAt: time,
  shownAt: time,
  finishedAt: v.optional(time),
  timedOut: v.optional(v.boolean()),
})

/**
 * A saved session as the player can resume it, or why not: unreadable, or made for questions this
 * version of the app no longer has.
 */
export function restoreSession(
  saved: unknown,
  knownQuestionIds: ReadonlySet<string>,
): { ok: true; session: QuizSession } | { ok: false; reason: string; unreadable: boolean } {
  const parsed = v.safeParse(SessionSchema, saved)
  if (!parsed.success) return { ok: false, reason: 'The saved quiz could not be read.', unreadable: true }
  const session = parsed.output as QuizSession
  if (session.position >= session.config.questionIds.length) return { ok: false, reason: 'The saved quiz could not be read.', unreadable: true }
  const missing = session.config.questionIds.filter((id) => !knownQuestionIds.has(id))
  if (missing.length > 0) {
    // Not unreadable: a teacher's set imported again brings its questions back.
    return { ok: false, reason: 'The saved quiz was made for questions that this version of the app no longer has.', unreadable: false }
  }
  return { ok: true, session }
}

/** What Home says of a saved quiz still under way ("question k of n"), without the question bank. */
export function resumableSummary(saved: unknown): { title: string; position: number; total: number } | null {
  const parsed = v.safeParse(SessionSchema, saved)
  if (!parsed.success) return null
  const session = parsed.output as QuizSession
  const total = session.config.questionIds.length
  if (isFinished(session) || session.position >= total) return null
  return { title: session.config.title, position: session.position + 1, total }
}
