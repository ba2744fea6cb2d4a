// Question ids come from the type and the knowledge ids a question uses, never from the seed,
// so a learner's progress survives regenerating the bank.
import { hashString } from '../random'
import type { QuestionType } from '../../domain/question'

/**
 * `type:id` for one item, `type:kind:<hash of the sorted ids>` for a question built on several;
 * `variant` tells apart several questions of one type on the same items ("cloze:fact.x:surrender").
 */
export function questionId(type: QuestionType, ids: readonly string[], kind?: string, variant?: string): string {
  const key = ids.length === 1 ? (ids[0] as string) : keyOf(ids)
  let id = type
  for (const part of [kind, key, variant]) if (part) id += `:${part}`
  return id
}

function keyOf(ids: readonly string[]): string {
  const sorted = [...new Set(ids)].sort()
  return sorted.length === 1 ? (sorted[0] as string) : hashString(sorted.join('|')).toString(36)
}

/** A slug for a word or phrase, to tell apart several questions on one item ("food and medicine" -> "food-and-medicine"). */
export function slug(text: string): string {
  // NFKD splits accents off letters; printable ASCII has none to split.
  return (/[^ -~]/.test(text) ? text.normalize('NFKD') : text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
