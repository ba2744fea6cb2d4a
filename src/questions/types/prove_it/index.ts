// prove_it: select the words of a paragraph that prove a reading of it (shared/words.ts grades them).
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { quoted } from '../../generators/text'
import { spanText, wordsOf } from '../shared/words'
import { checkProveIt } from './check'
import type { ProveItQuestion } from './model'

function readWords(value: unknown): ResponseOf<'words'> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { kind, first, last } = value as Record<string, unknown>
  const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= -1
  return kind === 'words' && isIndex(first) && isIndex(last) ? { kind, first, last } : undefined
}

const proofText = (question: ProveItQuestion): string => {
  const key = question.answer.keys[0]
  return key ? quoted(spanText(question.passage, wordsOf(question.passage), key)) : ''
}

export const proveItKind: QuestionKind<ProveItQuestion, ResponseOf<'words'>> = {
  type: 'prove_it',
  label: 'Prove it',
  readResponse: readWords,
  check: (question, response) => checkProveIt(question, response),
  rightResponse: (question) => ({ kind: 'words', ...(question.answer.keys[0] ?? { first: 0, last: 0 }) }),
  // Nothing selected yet: -1 for both ends.
  emptyResponse: () => ({ kind: 'words', first: -1, last: -1 }),
  isReady: (_question, response) => response.first >= 0 && response.last >= 0,
  hint: () => 'Select the words in the paragraph.',
  component: () => import('./ProveItAnswer.vue'),
  options: () => [],
  speech: (question) => [`Paragraph ${question.paragraph}: ${question.passage}`],
  display: (question) => ({ passage: question.passage }),
  paper: { instruction: 'Underline the words that prove it.', line: 'none' },
  promptText: (question) => `${question.prompt}\n\n${question.passage}`,
  answerText: proofText,
  answerKey: proofText,
  // Formats with no way to select words get a short answer with the words as the model answer.
  exportShape: (question) => ({ shape: 'short', text: `${question.prompt} ${question.passage}`, accepted: [spanText(question.passage, wordsOf(question.passage), question.answer.keys[0] ?? { first: 0, last: 0 })] }),
  gradingKey: (question) => [question.id, question.type, question.paragraph, question.answer.keys],
  writeResponse: (writer, question, response) => {
    const count = wordsOf(question.passage).length
    if (response.first < 0 || response.last < response.first || response.last >= count) throw new RangeError('No selection to write')
    writer.varint(response.first).varint(response.last - response.first)
  },
  readCodedResponse: (reader, question) => {
    const count = wordsOf(question.passage).length
    const first = reader.varint(count - 1)
    const last = first + reader.varint(count - 1 - first)
    return { kind: 'words', first, last }
  },
}
