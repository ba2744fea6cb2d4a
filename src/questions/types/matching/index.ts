// matching: pair each item on the left (people, places, quotes) with one on the right.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { readPairs } from '../shared/responses'
import { choiceText, idsOf, indexIn, letterOf, spokenList, spokenNumbered } from '../shared/text'
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
  hint: () => 'Pick an item on the left, then its partner on the right.',
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
  writeResponse: (writer, question, response) => {
    const pairs = Object.entries(response.pairs)
    const left = idsOf(question.left)
    const right = idsOf(question.right)
    writer.varint(pairs.length)
    for (const [from, to] of pairs) writer.varint(indexIn(left, from)).varint(indexIn(right, to))
  },
  readCodedResponse: (reader, question) => {
    const left = idsOf(question.left)
    const right = idsOf(question.right)
    const count = reader.varint(left.length)
    // A null-prototype map: a crafted code cannot reach Object.prototype through a pair's key.
    const pairs: Record<string, string> = Object.create(null)
    for (let i = 0; i < count; i++) {
      const from = left[reader.varint(left.length - 1)] as string
      pairs[from] = right[reader.varint(right.length - 1)] as string
    }
    return { kind: 'pairs', pairs: { ...pairs } }
  },
}
