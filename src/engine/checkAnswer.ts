// Judging a learner's response to a question: the one entry point the engine and the UI call.
// Pure and total: whatever arrives as a response (a stale saved session, a UI bug), the result is
// a CheckResult, never an exception.

import * as v from 'valibot'
import type { Question, Response } from '../questions/types'
import { checkMatching, checkOrdering } from './checkArrangement'
import { checkChoice, checkMultiSelect } from './checkChoice'
import { checkCloze } from './checkCloze'
import { checkNumeric } from './checkNumeric'
import { invalidResult, type CheckResult } from './checkResult'

export type { CheckPart, CheckResult } from './checkResult'

/** Shown when a question itself is malformed; tests assert well-formed questions never get it. */
export const UNCHECKABLE = 'This question could not be checked.'

const ResponseSchema = v.variant('kind', [
  v.object({ kind: v.literal('choice'), choiceId: v.string() }),
  v.object({ kind: v.literal('choices'), choiceIds: v.array(v.string()) }),
  v.object({ kind: v.literal('text'), text: v.string() }),
  v.object({ kind: v.literal('pairs'), pairs: v.record(v.string(), v.string()) }),
  v.object({ kind: v.literal('order'), itemIds: v.array(v.string()) }),
])

/**
 * A response of the wrong kind for the question, or of no valid shape at all, is checked as an
 * empty answer of the right kind: `invalid` then says what to give ("Type a number.").
 */
export function checkAnswer(question: Question, response: Response): CheckResult {
  try {
    const parsed = v.safeParse(ResponseSchema, response)
    return checkParsed(question, parsed.success ? parsed.output : undefined)
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
