// numeric: a number the article states, typed in.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { MAX_TEXT_BYTES } from '../shared/codec'
import { readText } from '../shared/responses'
import { answerNumberText, checkNumeric } from './check'
import type { NumericQuestion } from './model'


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
  answerText: (question) => answerNumberText(question.answer),
  answerKey: (question) => numericKind.answerText(question, '; '),
  // The app accepts the exact number only, so formats get no tolerance.
  exportShape: (question) => ({
    shape: 'number',
    text: `${question.prompt}${question.answer.unit ? ` (${question.answer.unit})` : ''}`,
    value: question.answer.value,
  }),
  // `year` only says how the number is written: the key (and so links already given out) stays as it was.
  gradingKey: (question) => [question.id, question.type, question.answer.unit === undefined ? { value: question.answer.value } : { value: question.answer.value, unit: question.answer.unit }],
  writeResponse: (writer, _question, response) => void writer.text(response.text, MAX_TEXT_BYTES),
  readCodedResponse: (reader) => ({ kind: 'text', text: reader.text(MAX_TEXT_BYTES) }),
}
