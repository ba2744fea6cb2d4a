// source_match: pairs, with partial credit per claim; a wrong pair names the misreading it stands for.
import type { SourceKind } from '../../../content/schema'
import type { Choice } from '../../../domain/question'
import type { Misreading } from '../../../domain/misreading'
import { invalidResult, namingMisreadings, textOf, type CheckPart, type CheckResult } from '../../check/result'
import { sourceMisreading } from '../shared/sources'
import type { SourceMatchQuestion } from './model'

const kindOf = (sourceId: string | undefined) => sourceId?.replace(/^source:/, '') as SourceKind | undefined

/** The misreading behind matching a claim whose source is `wanted` with `given` (undefined when right or unknown). */
export function pairMisreading(wanted: string | undefined, given: string | undefined): Misreading | undefined {
  const [actual, taken] = [kindOf(wanted), kindOf(given)]
  return actual && taken && actual !== taken ? sourceMisreading(actual, taken) : undefined
}

/** Score = right pairs / claims; a claim left unmatched, or matched with an unknown source, is wrong. */
export function checkSourceMatch(question: SourceMatchQuestion, pairs: Readonly<Record<string, string>>): CheckResult {
  const given = new Map(Object.entries(pairs))
  const expected = question.left.map((left) => `${left.text} → ${textOf(question.right, question.answer[left.id])}`).join('; ')
  if (!question.left.some((left) => given.has(left.id))) return invalidResult(expected, 'Match each claim with a source.')
  const parts = question.left.map((left) => part(question.right, left, question.answer[left.id], given.get(left.id)))
  const rightCount = parts.filter((p) => p.correct).length
  const correct = rightCount === parts.length
  const givenText = parts.flatMap((p) => (p.given === undefined ? [] : [`${p.label} → ${p.given}`])).join('; ')
  const result: CheckResult = { correct, score: correct ? 1 : rightCount / parts.length, expected, given: givenText, parts }
  return namingMisreadings(result, question.left.map((left) => pairMisreading(question.answer[left.id], given.get(left.id))))
}

function part(right: readonly Choice[], left: Choice, wanted: string | undefined, got: string | undefined): CheckPart {
  const p: CheckPart = { id: left.id, label: left.text, correct: got !== undefined && got === wanted, expected: textOf(right, wanted) }
  if (got !== undefined) p.given = textOf(right, got)
  return p
}
