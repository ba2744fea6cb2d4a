// Judging a learner's response to a question: the one entry point the engine and the UI call.
// Pure and total: whatever arrives as a response (a stale saved session, a UI bug), the result is
// a CheckResult, never an exception.

import type { Question } from '../domain/question'
import { invalidResult, type CheckResult } from './check/result'
import { kindOf } from './types/registry'

export type { CheckPart, CheckResult } from './check/result'
export { verdictText } from './check/result'

/** Shown when a question itself is malformed; tests assert well-formed questions never get it. */
export const UNCHECKABLE = 'This question could not be checked.'

/**
 * A response of the wrong kind for the question, or of no valid shape at all, is checked as an
 * empty answer of the right kind: `invalid` then says what to give ("Type a number.").
 */
export function checkAnswer(question: Question, response: unknown): CheckResult {
  try {
    const kind = kindOf(question)
    return kind.check(question, kind.readResponse(response))
  } catch {
    // Only a malformed question, or one of a type this version does not have, gets here (the bank
    // is data, and saved sessions outlive it).
    return invalidResult('', UNCHECKABLE)
  }
}

/** The right answer as display text (checking no answer still names it). */
export function expectedAnswer(question: Question): string {
  return checkAnswer(question, undefined).expected
}

/** A copy of the response with only the fields its kind has, or undefined when it has no valid shape. */
export { readAnyResponse as readResponse } from './types/registry'
