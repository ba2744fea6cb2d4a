// Judging a learner's response to a question: the one entry point the engine and the UI call.
// Pure and total: whatever arrives as a response (a stale saved session, a UI bug), the result is
// a CheckResult, never an exception.

import type { Question, Response } from '../domain/question'
import { checkMatching, checkOrdering } from './checkArrangement'
import { checkChoice, checkMultiSelect } from './checkChoice'
import { checkCloze } from './checkCloze'
import { checkNumeric } from './checkNumeric'
import { invalidResult, type CheckResult } from './checkResult'

export type { CheckPart, CheckResult } from './checkResult'

/** Shown when a question itself is malformed; tests assert well-formed questions never get it. */
export const UNCHECKABLE = 'This question could not be checked.'

/**
 * A response of the wrong kind for the question, or of no valid shape at all, is checked as an
 * empty answer of the right kind: `invalid` then says what to give ("Type a number.").
 */
export function checkAnswer(question: Question, response: Response): CheckResult {
  try {
    return checkParsed(question, readResponse(response))
  } catch {
    // Only a malformed question gets here (the bank is data, and saved sessions outlive it).
    return invalidResult('', UNCHECKABLE)
  }
}

function checkParsed(question: Question, response: Response | undefined): CheckResult {
  switch (question.type) {
    case 'single_choice':
    case 'true_false':
    case 'who_said':
    case 'whose_position':
    case 'fact_or_position':
      return checkChoice(question, response?.kind === 'choice' ? response.choiceId : '')
    case 'multi_select':
      return checkMultiSelect(question, response?.kind === 'choices' ? response.choiceIds : [])
    case 'numeric':
      return checkNumeric(question, response?.kind === 'text' ? response.text : '')
    case 'cloze':
      return checkCloze(question, response?.kind === 'text' ? response.text : '')
    case 'matching':
      return checkMatching(question, response?.kind === 'pairs' ? response.pairs : {})
    case 'ordering':
      return checkOrdering(question, response?.kind === 'order' ? response.itemIds : [])
    default:
      return invalidResult('', UNCHECKABLE)
  }
}

// Checked by hand rather than with valibot: the player loads this module, and the library would add
// about 2.6 KB gzip to every first question (test/engine/checkAnswer.property.test.ts holds the
// two to the same answers).

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

// Keys that could reach an object's prototype are never read from a response.
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

function readPairs(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const pairs: Record<string, string> = {}
  for (const [key, partner] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(key)) continue
    if (typeof partner !== 'string') return undefined
    pairs[key] = partner
  }
  return pairs
}

/** A copy of the response with only the fields its kind has, or undefined when it has no valid shape. */
export function readResponse(value: unknown): Response | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const response = value as Record<string, unknown>
  switch (response.kind) {
    case 'choice':
      return typeof response.choiceId === 'string' ? { kind: 'choice', choiceId: response.choiceId } : undefined
    case 'choices':
      return isStrings(response.choiceIds) ? { kind: 'choices', choiceIds: [...response.choiceIds] } : undefined
    case 'text':
      return typeof response.text === 'string' ? { kind: 'text', text: response.text } : undefined
    case 'pairs': {
      const pairs = readPairs(response.pairs)
      return pairs ? { kind: 'pairs', pairs } : undefined
    }
    case 'order':
      return isStrings(response.itemIds) ? { kind: 'order', itemIds: [...response.itemIds] } : undefined
    default:
      return undefined
  }
}
