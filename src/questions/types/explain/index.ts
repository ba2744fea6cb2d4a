// explain: "Explain with evidence". A written answer citing a paragraph, then a self-check: the model
// answer and a checklist, the learner ticking what their answer covered (scored by the ticks).
import type { ResponseOf } from '../../../domain/question'
import { CodecError } from '../../../lib/bytes'
import type { QuestionKind } from '../kind'
import { checkExplain, validTicks } from './check'
import type { ExplainQuestion } from './model'
import { capWritten, citeText, MAX_WRITTEN_CHARS, writtenLength } from './text'

type WrittenResponse = ResponseOf<'written'>

/** Up to 4 bytes a character in UTF-8. */
const MAX_WRITTEN_BYTES = MAX_WRITTEN_CHARS * 4

function read(value: unknown): WrittenResponse | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { kind, text, compared, ticks } = value as Record<string, unknown>
  if (kind !== 'written' || typeof text !== 'string' || typeof compared !== 'boolean') return undefined
  if (!Array.isArray(ticks) || !ticks.every((tick) => typeof tick === 'string')) return undefined
  return { kind, text, compared, ticks: [...(ticks as string[])] }
}

const checklistText = (question: ExplainQuestion, separator: string): string => question.answer.checklist.map((point) => point.point).join(separator)

export const explainKind: QuestionKind<ExplainQuestion, WrittenResponse> = {
  type: 'explain',
  label: 'Explain with evidence',
  long: true,
  selfChecked: true,
  focusesInput: true,
  readResponse: read,
  check: (question, response) => checkExplain(question, response),
  rightResponse: (question) => ({ kind: 'written', text: question.answer.model, compared: true, ticks: question.answer.checklist.map((point) => point.id) }),
  emptyResponse: () => ({ kind: 'written', text: '', compared: false, ticks: [] }),
  isReady: (_question, response) => response.compared && response.text.trim() !== '',
  hint: () => 'Once written, compare your answer with the model answer and tick what yours covers.',
  component: () => import('./ExplainAnswer.vue'),
  options: () => [],
  speech: (question) => [`Write two or three sentences, citing ${citeText(question.paragraphs)}. Then compare your answer with a model answer.`],
  display: (question) => ({ checklist: question.answer.checklist.map((point) => point.point) }),
  paper: { instruction: 'Write two or three sentences and cite a paragraph. Then tick what your answer covers.', line: 'lines' },
  promptText: (question) => question.prompt,
  answerText: (question, separator) => `${question.answer.model}${separator}A good answer: ${checklistText(question, separator)}`,
  answerKey: (question) => question.answer.model,
  // Written out and graded by hand (Moodle's essay): the model answer and the checklist go in the feedback.
  exportShape: (question) => ({ shape: 'essay', text: question.prompt, model: `${question.answer.model} A good answer: ${checklistText(question, '; ')}.` }),
  gradingKey: (question) => [question.id, question.type, question.answer.checklist.map((point) => point.id)],
  writeResponse: (writer, question, response) => {
    if (!response.compared) throw new RangeError('An answer not yet self-checked')
    writer.text(capWritten(response.text), MAX_WRITTEN_BYTES)
    // The ticks as a bit mask over the checklist (at most five points).
    const ticked = new Set(validTicks(question, response.ticks))
    writer.varint(question.answer.checklist.reduce((mask, point, i) => (ticked.has(point.id) ? mask | (1 << i) : mask), 0))
  },
  readCodedResponse: (reader, question) => {
    const text = reader.text(MAX_WRITTEN_BYTES)
    if (writtenLength(text) > MAX_WRITTEN_CHARS) throw new CodecError('written answer too long')
    const mask = reader.varint(2 ** question.answer.checklist.length - 1)
    const ticks = question.answer.checklist.filter((_point, i) => (mask & (1 << i)) !== 0).map((point) => point.id)
    return { kind: 'written', text, compared: true, ticks }
  },
}
