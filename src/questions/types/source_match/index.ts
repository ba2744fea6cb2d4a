// source_match ("Source it"): match each claim with where the article says it comes from.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { readCodedPairs, writeCodedPairs } from '../shared/codec'
import { readPairs } from '../shared/responses'
import { choiceText, idsOf, letterOf, spokenList, spokenNumbered } from '../shared/text'
import { checkSourceMatch } from './check'
import type { SourceMatchQuestion } from './model'

export const sourceMatchKind: QuestionKind<SourceMatchQuestion, ResponseOf<'pairs'>> = {
  type: 'source_match',
  label: 'Source it',
  readResponse: readPairs,
  check: (question, response) => checkSourceMatch(question, response?.pairs ?? {}),
  rightResponse: (question) => ({ kind: 'pairs', pairs: { ...question.answer } }),
  emptyResponse: () => ({ kind: 'pairs', pairs: {} }),
  isReady: (question, response) => Object.keys(response.pairs).length === question.left.length,
  hint: () => 'Match each claim on the left with its source on the right.',
  component: () => import('./SourceMatchAnswer.vue'),
  options: (question) => [...question.left, ...question.right],
  speech: (question) => [`Claims: ${spokenNumbered(question.left)}`, `Sources: ${spokenList(question.right)}`],
  display: (question) => ({ columns: { left: question.left.map((item) => item.text), right: question.right.map((item) => item.text) } }),
  paper: { instruction: 'Write the letter of the source beside each claim’s number.', line: 'wide' },
  promptText: (question) => question.prompt,
  answerText: (question, separator) =>
    question.left.map((left) => `${left.text} → ${choiceText(question.right, question.answer[left.id])}`).join(separator),
  answerKey: (question) => question.left.map((left, index) => `${index + 1}–${letterOf(question.right, question.answer[left.id])}`).join(', '),
  // GIFT, Anki and CSV all hold pairs (GIFT as a matching question).
  exportShape: (question) => ({
    shape: 'pairs',
    text: question.prompt,
    pairs: question.left.map((left) => ({ left: left.text, right: choiceText(question.right, question.answer[left.id]) })),
  }),
  gradingKey: (question) => [question.id, question.type, idsOf(question.left), idsOf(question.right), question.answer],
  writeResponse: (writer, question, response) => writeCodedPairs(writer, idsOf(question.left), idsOf(question.right), response.pairs),
  readCodedResponse: (reader, question) => ({ kind: 'pairs', pairs: readCodedPairs(reader, idsOf(question.left), idsOf(question.right)) }),
}
