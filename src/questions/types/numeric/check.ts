// numeric: the typed text is read as a number (see numbers.ts) and must equal the answer exactly.

import type { NumericQuestion } from './model'
import type { Misreading } from '../../../domain/question'
import { displayText, invalidResult, namingMisreadings, verdict, type CheckResult } from '../../check/result'
import { formatNumber, readNumber, type NumberFailure } from '../../check/numbers'

const PROBLEMS: Record<NumberFailure, string> = {
  empty: 'Type a number.',
  too_long: 'That is too long for a number. Type just the number in digits.',
  exponent: 'Write the number out in full, without “e”.',
  not_a_number: 'Type the answer as a number in digits, for example 1,234.',
}

/** A wrong answer within this share of the right one gets a "Close" note (no credit). */
const CLOSE_SHARE = 0.1

/**
 * The answer as written everywhere (feedback, Host, worksheet, exports): an amount grouped as
 * en-US writes it ("28,000 people"), a year as bare digits ("1994").
 */
export function answerNumberText(answer: NumericQuestion['answer']): string {
  return answer.year ? [String(answer.value), answer.unit].filter(Boolean).join(' ') : formatNumber(answer.value, answer.unit)
}

export function checkNumeric(question: NumericQuestion, text: string): CheckResult {
  const { value } = question.answer
  const expected = answerNumberText(question.answer)
  const given = displayText(text)
  const reading = readNumber(text)
  if (!reading.ok) return invalidResult(expected, PROBLEMS[reading.reason], given)
  if (reading.value === value) return verdict(true, expected, given)

  // Say how an ambiguous entry was read: "1.500" is 1,500 here, not 1.5.
  const readAs = reading.ambiguous ? `Read “${given}” as ${formatNumber(reading.value)}.` : ''
  const close = isClose(reading.value, value) ? `Close: the article says ${expected}.` : ''
  return namingMisreadings(verdict(false, expected, given, [readAs, close].filter(Boolean).join(' ')), [numberMisreading(question, reading.value)])
}

/** What a wrong number stands for, where the question knows: a year moved, a minimum made more, another of the article's figures. */
function numberMisreading(question: NumericQuestion, given: number): Misreading | undefined {
  if (question.answer.year) return 'wrong-time'
  if (question.misread?.atLeast && given > question.answer.value) return 'overstatement'
  if (question.misread?.figures?.includes(given)) return 'mixed-up-detail'
  return undefined
}

function isClose(given: number, answer: number): boolean {
  return answer !== 0 && Math.abs(given - answer) <= Math.abs(answer) * CLOSE_SHARE
}
