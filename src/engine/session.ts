// One quiz being played (a QuizSession, src/domain/quiz.ts): starting it, moving on, skipping, time
// limits. Pure functions: each step returns a new session.

import type { QuizConfig, QuizMode, QuizSession } from '../domain/quiz'

/** Practice-like modes show feedback after each answer; a Test waits until the end. */
export function showsFeedback(mode: QuizMode): boolean {
  return mode !== 'test'
}

export function createSession(id: string, config: QuizConfig, now: number): QuizSession {
  return { version: 1, id, config, position: 0, answers: {}, skipped: [], startedAt: now, shownAt: now }
}

export function currentQuestionId(session: QuizSession): string | undefined {
  return session.config.questionIds[session.position]
}

export function isFinished(session: QuizSession): boolean {
  return session.finishedAt !== undefined
}

export function answeredCount(session: QuizSession): number {
  return Object.keys(session.answers).length
}

/** Whether a question's own time ran out (it is closed: unanswered, never offered again). */
export function hasExpired(session: QuizSession, id: string): boolean {
  return session.expired?.includes(id) ?? false
}

/** Questions still to be answered: neither answered nor timed out. */
export function openCount(session: QuizSession): number {
  return session.config.questionIds.filter((id) => !session.answers[id] && !hasExpired(session, id)).length
}

/** Leaves the current question unanswered, to come back to after the others. */
export function skipQuestion(session: QuizSession, now: number): QuizSession {
  const id = currentQuestionId(session)
  if (!id || isFinished(session) || session.answers[id]) return advance(session, now)
  const skipped = session.skipped.includes(id) ? session.skipped : [...session.skipped, id]
  return advance({ ...session, skipped }, now)
}

/**
 * Moves on to the next unanswered question: forward first, then back to skipped ones, then to any
 * other open one. When every question is answered the quiz is finished.
 */
export function advance(session: QuizSession, now: number): QuizSession {
  if (isFinished(session)) return session
  const ids = session.config.questionIds
  const current = currentQuestionId(session)
  const isOpen = (id: string | undefined): id is string => id !== undefined && !session.answers[id] && !hasExpired(session, id)
  // Moving on clears a per-question "time ran out" notice: it is about the question just left.
  const { timedOut: _notice, ...rest } = session
  const goTo = (id: string): QuizSession => ({ ...rest, position: ids.indexOf(id), shownAt: now })

  const ahead = ids.slice(session.position + 1).find((id) => isOpen(id) && !session.skipped.includes(id))
  if (ahead) return goTo(ahead)
  const skippedEarlier = session.skipped.find((id) => isOpen(id) && id !== current)
  if (skippedEarlier) return goTo(skippedEarlier)
  const anyOther = ids.find((id) => isOpen(id) && id !== current)
  if (anyOther) return goTo(anyOther)
  if (isOpen(current)) return { ...rest, shownAt: now }
  return { ...session, finishedAt: now }
}

export function finishSession(session: QuizSession, now: number, timedOut = false): QuizSession {
  if (isFinished(session)) return session
  return timedOut ? { ...session, finishedAt: now, timedOut } : { ...session, finishedAt: now }
}

/** Milliseconds left under the time limit (undefined when there is none); never below 0. */
export function remainingMs(session: QuizSession, now: number): number | undefined {
  const limit = session.config.timeLimit
  if (limit.kind === 'off') return undefined
  const since = limit.kind === 'quiz' ? session.startedAt : session.shownAt
  return Math.max(0, limit.seconds * 1000 - (now - since))
}

/**
 * What running out of time means: the whole quiz ends, or the question on screen closes unanswered
 * (whatever was typed or picked is not counted) and is never offered again.
 */
export function onTimeUp(session: QuizSession, now: number): QuizSession {
  if (session.config.timeLimit.kind === 'quiz') return finishSession(session, now, true)
  const id = currentQuestionId(session)
  if (isFinished(session) || !id || session.answers[id] || hasExpired(session, id)) return session
  const closed: QuizSession = {
    ...session,
    expired: [...(session.expired ?? []), id],
    skipped: session.skipped.filter((skippedId) => skippedId !== id),
  }
  const moved = advance(closed, now)
  return isFinished(moved) ? moved : { ...moved, timedOut: true }
}
