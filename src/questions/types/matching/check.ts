// matching: pairs, with partial credit per pair.

import type { Choice } from '../../../domain/question'
import { invalidResult, namingMisreadings, textOf, type CheckPart, type CheckResult } from '../../check/result'
import type { MatchingQuestion } from './model'

/**
 * matching. Score = right pairs / all left items; a left item left unmatched, or matched to an
 * id that is not on the right, is wrong. Pairs keyed by unknown left ids are ignored.
 */
export function checkMatching(question: MatchingQuestion, pairs: Readonly<Record<string, string>>): CheckResult {
  const answer = new Map(Object.entries(question.answer))
  const given = new Map(Object.entries(pairs))
  const expected = question.left.map((left) => arrow(left.text, textOf(question.right, answer.get(left.id)))).join('; ')
  if (!question.left.some((left) => given.has(left.id))) {
    return invalidResult(expected, 'Match the items on the left with those on the right.')
  }
  const parts = question.left.map((left) => pairPart(question.right, left, answer.get(left.id), given.get(left.id)))
  const rightCount = parts.filter((part) => part.correct).length
  const correct = parts.length > 0 && rightCount === parts.length
  const score = correct ? 1 : rightCount / Math.max(1, parts.length)
  const givenText = parts.flatMap((part) => (part.given === undefined ? [] : [arrow(part.label, part.given)])).join('; ')
  const result: CheckResult = { correct, score, expected, given: givenText, parts }
  if (!correct) result.partial = `${rightCount} of ${parts.length} ${parts.length === 1 ? 'pair' : 'pairs'}`
  // A wrong pair stands for the question's misreading; an unmatched item for none.
  return namingMisreadings(result, parts.some((part) => !part.correct && part.given !== undefined) ? [question.misreading] : [])
}

function pairPart(right: readonly Choice[], left: Choice, wanted: string | undefined, got: string | undefined): CheckPart {
  const part: CheckPart = {
    id: left.id,
    label: left.text,
    correct: got !== undefined && got === wanted,
    expected: textOf(right, wanted),
  }
  if (got !== undefined) part.given = textOf(right, got)
  return part
}

function arrow(from: string, to: string): string {
  return `${from} → ${to}`
}
