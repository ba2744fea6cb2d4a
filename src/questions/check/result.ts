// What answer checking tells the UI, and small builders shared by the per-type checks.

import { MISREADING_TEXT, type Misreading } from '../../domain/misreading'

/** One choice, pair or position of a multi-part answer. */
export interface CheckPart {
  id: string
  label: string
  correct: boolean
  expected?: string
  given?: string
}

export interface CheckResult {
  /** Fully right. */
  correct: boolean
  /** 0..1; partial credit only for multi_select, matching and ordering. */
  score: number
  /**
   * What a partly right answer earned, in the type's own parts ("2 of 3 pairs"); set by the types
   * with partial credit whenever the answer is not fully right.
   */
  partial?: string
  /** The right answer as display text. Filled even when `invalid` is set: the UI decides whether to reveal it. */
  expected: string
  /** What the learner gave, as display text ("" if nothing usable). */
  given: string
  parts?: CheckPart[]
  /** An explanation beyond right/wrong, e.g. a forgiven typo or a near miss. */
  note?: string
  /** Set when the response could not be judged (wrong kind, empty, unparseable); score is then 0. */
  invalid?: string
  /** The misreadings the wrong parts of the answer stand for (each once), as recorded with the attempt. */
  misreadings?: Misreading[]
}

/** Longest `given` text shown back to the learner. */
const GIVEN_DISPLAY_LENGTH = 80

/** Learner text as shown back: trimmed, whitespace runs collapsed, long input cut with "…". */
export function displayText(text: string): string {
  // Only the start can be shown, so huge input is not scanned whole.
  const tidy = text.slice(0, GIVEN_DISPLAY_LENGTH * 8).replace(/\s+/g, ' ').trim()
  const chars = Array.from(tidy)
  return chars.length <= GIVEN_DISPLAY_LENGTH ? tidy : `${chars.slice(0, GIVEN_DISPLAY_LENGTH - 1).join('')}…`
}

export function invalidResult(expected: string, invalid: string, given = ''): CheckResult {
  return { correct: false, score: 0, expected, given, invalid }
}

/** All-or-nothing result for the single-answer types. */
export function verdict(correct: boolean, expected: string, given: string, note?: string): CheckResult {
  const result: CheckResult = { correct, score: correct ? 1 : 0, expected, given }
  if (note) result.note = note
  return result
}

/** "Right", "Partly right: 2 of 3 pairs" or "Not quite": one verdict wherever an answer is judged. */
export function verdictText(result: Pick<CheckResult, 'correct' | 'score' | 'partial'>, wrong = 'Not quite'): string {
  if (result.correct) return 'Right'
  if (result.score > 0) return result.partial ? `Partly right: ${result.partial}` : 'Partly right'
  return wrong
}

export function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0
}

/** Display text of the choice with this id, or a stand-in when the id is not one of them. */
export function textOf(choices: readonly { id: string; text: string }[], id: string | undefined): string {
  return choices.find((choice) => choice.id === id)?.text ?? '?'
}

/**
 * The result with the misreadings its wrong parts stand for: recorded, and named in plain words
 * after any note it has. A right or unjudged answer names none.
 */
export function namingMisreadings(result: CheckResult, found: readonly (Misreading | undefined)[]): CheckResult {
  const misreadings = [...new Set(found.filter((m): m is Misreading => m !== undefined))]
  if (result.correct || result.invalid || misreadings.length === 0) return result
  const note = [result.note, ...misreadings.map((m) => MISREADING_TEXT[m])].filter(Boolean).join(' ')
  return { ...result, misreadings, note }
}
