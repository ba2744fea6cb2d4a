// numeric: a number the article states, typed in.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { MAX_TEXT_BYTES } from '../shared/codec'
import { readText } from '../shared/responses'
import { checkNumeric } from './check'
import type { NumericQuestion } from './model'

/**
 * A count with its unit is grouped ("28,000 people"); a number without one is a year or a label
 * ("1988", "Resolution 2334") and is written as it is, never "1,988".
 */
const numberText = (value: number, unit: string | undefined): string =>
  unit ? value.toLocaleString('en-US', { maximumFractionDigits: 10 }) : String(value)

export const numericKind: QuestionKind<NumericQuestion, ResponseOf<'text'>> = {
  type: 'numeric',
  label: 'Numbers',
  readResponse: readText,
  check: (question, response) => checkNumeric(question, response?.text ?? ''),
  rightResponse: (question) => ({ kind: 'text', text: String(question.answer.value) }),
  emptyResponse: () => ({ kind: 'text', text: '' }),
  isReady: (_question, response) => response.text.trim() !== '',
  hint: () => 'Type a number.',
  focusesInput: true,
  component: () => import('./NumberAnswer.vue'),
  options: () => [],
  speech: (question) => (question.answer.unit ? [`Answer in ${question.answer.unit}.`] : []),
  display: (question) => (question.answer.unit ? { unit: question.answer.unit } : {}),
  paper: { instruction: '', line: 'short' },
  promptText: (question) => question.prompt,
  answerText: (question) => [numberText(question.answer.value, question.answer.unit), question.answer.unit].filter(Boolean).join(' '),
  answerKey: (question) => numericKind.answerText(question, '; '),
  // The app accepts the exact number only, so formats get no tolerance.
  exportShape: (question) => ({
    shape: 'number',
    text: `${question.prompt}${question.answer.unit ? ` (${question.answer.unit})` : ''}`,
    value: question.answer.value,
  }),
  gradingKey: (question) => [question.id, question.type, question.answer],
  writeResponse: (writer, _question, response) => void writer.text(response.text, MAX_TEXT_BYTES),
  readCodedResponse: (reader) => ({ kind: 'text', text: reader.text(MAX_TEXT_BYTES) }),
}
