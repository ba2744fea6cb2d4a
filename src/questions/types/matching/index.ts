// matching: pair each item on the left (people, places, quotes) with one on the right.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { readCodedPairs, writeCodedPairs } from '../shared/codec'
import { readPairs } from '../shared/responses'
import { choiceText, idsOf, letterOf, spokenList, spokenNumbered } from '../shared/text'
import { checkMatching } from './check'
import type { MatchingQuestion } from './model'

export const matchingKind: QuestionKind<MatchingQuestion, ResponseOf<'pairs'>> = {
  type: 'matching',
  label: 'Matching',
  readResponse: readPairs,
  check: (question, response) => checkMatching(question, response?.pairs ?? {}),
  rightResponse: (question) => ({ kind: 'pairs', pairs: { ...question.answer } }),
  emptyResponse: () => ({ kind: 'pairs', pairs: {} }),
  isReady: (question, response) => Object.keys(response.pairs).length === question.left.length,
  // No "left" or "right": on a narrow phone the partners are below the items.
  hint: () => 'Pick an item, then its partner.',
  component: () => import('./MatchingQuestionAnswer.vue'),
  options: (question) => [...question.left, ...question.right],
  speech: (question) => [`Items to match: ${spokenNumbered(question.left)}`, `Partners: ${spokenList(question.right)}`],
  display: (question) => ({ columns: { left: question.left.map((item) => item.text), right: question.right.map((item) => item.text) } }),
  paper: { instruction: 'Write the letter that matches each number.', line: 'wide' },
  promptText: (question) => question.prompt,
  answerText: (question, separator) =>
    question.left.map((left) => `${left.text} → ${choiceText(question.right, question.answer[left.id])}`).join(separator),
  answerKey: (question) => question.left.map((left, index) => `${index + 1}–${letterOf(question.right, question.answer[left.id])}`).join(', '),
  exportShape: (question) => ({
    shape: 'pairs',
    text: question.prompt,
    pairs: question.left.map((left) => ({ left: left.text, right: choiceText(question.right, question.answer[left.id]) })),
  }),
  gradingKey: (question) => [question.id, question.type, idsOf(question.left), idsOf(question.right), question.answer],
  writeResponse: (writer, question, response) => writeCodedPairs(writer, idsOf(question.left), idsOf(question.right), response.pairs),
  readCodedResponse: (reader, question) => ({ kind: 'pairs', pairs: readCodedPairs(reader, idsOf(question.left), idsOf(question.right)) }),
}
