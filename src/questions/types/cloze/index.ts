// cloze: the article's sentence with a word or words left out, typed in.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { MAX_TEXT_BYTES } from '../shared/codec'
import { readText } from '../shared/responses'
import { checkCloze } from './check'
import type { ClozeQuestion } from './model'

/** The gap as written on paper and in exports. */
export const GAP = '_____'

const withSentence = (question: ClozeQuestion): string => `${question.prompt} “${question.before}${GAP}${question.after}”`

export const clozeKind: QuestionKind<ClozeQuestion, ResponseOf<'text'>> = {
  type: 'cloze',
  label: 'Fill the gap',
  readResponse: readText,
  check: (question, response) => checkCloze(question, response?.text ?? ''),
  rightResponse: (question) => ({ kind: 'text', text: question.answer.accepted[0] ?? '' }),
  emptyResponse: () => ({ kind: 'text', text: '' }),
  isReady: (_question, response) => response.text.trim() !== '',
  // A teacher's own gap sentence (no evidence in the article) is not the article's.
  hint: (question) => (question.evidence.length > 0 ? 'Type the missing word from the article.' : 'Type the missing word.'),
  focusesInput: true,
  component: () => import('./GapAnswer.vue'),
  options: () => [],
  speech: (question) => [`${question.before} blank ${question.after}`.trim()],
  display: (question) => ({ gap: { before: question.before, after: question.after } }),
  paper: { instruction: '', line: 'short' },
  promptText: withSentence,
  answerText: (question) => question.answer.accepted[0] ?? '',
  answerKey: (question) => question.answer.accepted[0] ?? '',
  alsoAccepted: (question) => question.answer.accepted.slice(1),
  exportShape: (question) => ({ shape: 'short', text: withSentence(question), accepted: question.answer.accepted }),
  gradingKey: (question) => [question.id, question.type, question.answer],
  writeResponse: (writer, _question, response) => void writer.text(response.text, MAX_TEXT_BYTES),
  readCodedResponse: (reader) => ({ kind: 'text', text: reader.text(MAX_TEXT_BYTES) }),
}
