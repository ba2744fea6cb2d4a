// Reading a response of each kind from untrusted data (a saved quiz, a stale session, a UI bug):
// a copy with only the fields its kind has, or undefined. Checked by hand rather than with valibot,
// which would add its weight to every first question (checkAnswer.property.test.ts holds the two
// to the same answers).
import type { ResponseOf } from '../../../domain/question'

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

function fields(value: unknown, kind: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  return record.kind === kind ? record : undefined
}

// Keys that could reach an object's prototype are never read from a response.
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

export function readChoice(value: unknown): ResponseOf<'choice'> | undefined {
  const response = fields(value, 'choice')
  return response && typeof response.choiceId === 'string' ? { kind: 'choice', choiceId: response.choiceId } : undefined
}

export function readChoices(value: unknown): ResponseOf<'choices'> | undefined {
  const response = fields(value, 'choices')
  return response && isStrings(response.choiceIds) ? { kind: 'choices', choiceIds: [...response.choiceIds] } : undefined
}

export function readText(value: unknown): ResponseOf<'text'> | undefined {
  const response = fields(value, 'text')
  return response && typeof response.text === 'string' ? { kind: 'text', text: response.text } : undefined
}

export function readPairs(value: unknown): ResponseOf<'pairs'> | undefined {
  const response = fields(value, 'pairs')
  if (!response || typeof response.pairs !== 'object' || response.pairs === null) return undefined
  const pairs: Record<string, string> = {}
  for (const [key, partner] of Object.entries(response.pairs)) {
    if (UNSAFE_KEYS.has(key)) continue
    if (typeof partner !== 'string') return undefined
    pairs[key] = partner
  }
  return { kind: 'pairs', pairs }
}

export function readOrder(value: unknown): ResponseOf<'order'> | undefined {
  const response = fields(value, 'order')
  return response && isStrings(response.itemIds) ? { kind: 'order', itemIds: [...response.itemIds] } : undefined
}
