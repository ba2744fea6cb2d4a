// multi_select: a set of right choices, with partial credit.

import { clampScore, invalidResult, namingMisreadings, type CheckPart, type CheckResult } from '../../check/result'
import { NOT_AN_OPTION } from '../shared/oneChoice'
import type { MultiSelectQuestion } from './model'

/**
 * multi_select. Score = (right picks − wrong picks) / number of right answers, clamped to 0..1,
 * so ticking everything earns nothing and each wrong tick cancels a right one. Correct only for
 * the exact set. Repeated ids count once.
 */
export function checkMultiSelect(question: MultiSelectQuestion, choiceIds: readonly string[]): CheckResult {
  const right = new Set(question.answer)
  const picked = new Set(choiceIds)
  const expected = joinTexts(question, right)
  if (picked.size === 0) return invalidResult(expected, 'Pick at least one answer.')
  const known = new Set(question.choices.map((choice) => choice.id))
  if ([...picked].some((id) => !known.has(id))) return invalidResult(expected, NOT_AN_OPTION)

  const parts = question.choices.map((choice) => pickPart(choice, right.has(choice.id), picked.has(choice.id)))
  const rightPicks = [...picked].filter((id) => right.has(id)).length
  const wrongPicks = picked.size - rightPicks
  const correct = wrongPicks === 0 && rightPicks === right.size
  const score = correct ? 1 : clampScore((rightPicks - wrongPicks) / right.size)
  const result: CheckResult = { correct, score, expected, given: joinTexts(question, picked), parts }
  if (!correct) result.partial = partialText(rightPicks, right.size, wrongPicks)
  return namingMisreadings(result, question.choices.filter((choice) => picked.has(choice.id) && !right.has(choice.id)).map((choice) => choice.misreading))
}

/** "2 of 3 answers found, 1 wrong pick": what the score counted. */
function partialText(found: number, of: number, wrong: number): string {
  const wrongText = wrong === 0 ? '' : `, ${wrong} wrong ${wrong === 1 ? 'pick' : 'picks'}`
  return `${found} of ${of} answers found${wrongText}`
}

function pickPart(choice: { id: string; text: string }, shouldPick: boolean, didPick: boolean): CheckPart {
  return {
    id: choice.id,
    label: choice.text,
    correct: shouldPick === didPick,
    expected: shouldPick ? 'selected' : 'not selected',
    given: didPick ? 'selected' : 'not selected',
  }
}

/** The texts of the chosen ids, in the order the question lists its choices. */
function joinTexts(question: MultiSelectQuestion, ids: ReadonlySet<string>): string {
  return question.choices
    .filter((choice) => ids.has(choice.id))
    .map((choice) => choice.text)
    .join('; ')
}
