// ordering: every item placed once, with partial credit for pairs in the right relative order.

import type { Choice } from '../../../domain/question'
import { invalidResult, namingMisreadings, textOf, type CheckPart, type CheckResult } from '../../check/result'
import type { OrderingQuestion } from './model'

/**
 * ordering. The response must hold every item exactly once. Score = the share of item pairs in
 * the right relative order (Kendall's tau rescaled to 0..1): one neighbour swap in five items
 * costs 1/10, the reversed list scores 0. Unlike "share in the right place", moving one item
 * from the end to the front does not zero the score. Parts are per position, in given order.
 */
export function checkOrdering(question: OrderingQuestion, itemIds: readonly string[]): CheckResult {
  const expected = numbered(question.answer.map((id) => textOf(question.items, id)))
  if (itemIds.length === 0) return invalidResult(expected, 'Put the items in order.')
  if (!isPermutation(itemIds, question.answer)) return invalidResult(expected, 'Place every item exactly once.')

  const parts = itemIds.map((id, index) => positionPart(question.items, id, question.answer[index]))
  const correct = parts.every((part) => part.correct)
  const order = pairsInOrder(itemIds, question.answer)
  const score = correct ? 1 : order.share
  const result: CheckResult = { correct, score, expected, given: numbered(itemIds.map((id) => textOf(question.items, id))), parts }
  if (!correct) result.partial = `${order.inOrder} of ${order.pairs} pairs in the right order`
  return namingMisreadings(result, [question.misreading])
}

function positionPart(items: readonly Choice[], id: string, wanted: string | undefined): CheckPart {
  const label = textOf(items, id)
  return { id, label, correct: id === wanted, expected: textOf(items, wanted), given: label }
}

function isPermutation(ids: readonly string[], answer: readonly string[]): boolean {
  if (ids.length !== answer.length) return false
  const wanted = new Set(answer)
  return new Set(ids).size === ids.length && ids.every((id) => wanted.has(id))
}

function pairsInOrder(ids: readonly string[], answer: readonly string[]): { inOrder: number; pairs: number; share: number } {
  const rank = new Map(answer.map((id, index) => [id, index]))
  const ranks = ids.map((id) => rank.get(id) ?? 0)
  let inOrder = 0
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) if (ranks[i]! < ranks[j]!) inOrder++
  }
  const pairs = (ranks.length * (ranks.length - 1)) / 2
  return { inOrder, pairs, share: pairs === 0 ? 0 : inOrder / pairs }
}

function numbered(texts: readonly string[]): string {
  return texts.map((text, index) => `${index + 1}. ${text}`).join(' ')
}
