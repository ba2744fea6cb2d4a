// ordering: put events in the order of time the article gives them.
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { readIndices, writeIndices } from '../shared/codec'
import { readOrder } from '../shared/responses'
import { choiceText, idsOf, letterOf, spokenNumbered } from '../shared/text'
import { checkOrdering } from './check'
import type { OrderingQuestion } from './model'

export const orderingKind: QuestionKind<OrderingQuestion, ResponseOf<'order'>> = {
  type: 'ordering',
  label: 'Put in order',
  readResponse: readOrder,
  check: (question, response) => checkOrdering(question, response?.itemIds ?? []),
  rightResponse: (question) => ({ kind: 'order', itemIds: [...question.answer] }),
  // The items as shown are already an order: the learner may check it as it is.
  emptyResponse: (question) => ({ kind: 'order', itemIds: idsOf(question.items) }),
  isReady: () => true,
  hint: () => 'Put these in order of time, earliest first.',
  component: () => import('./OrderingQuestionAnswer.vue'),
  options: (question) => question.items,
  speech: (question) => [`Items to order: ${spokenNumbered(question.items)}`],
  display: (question) => ({ options: question.items.map((item) => item.text), ordered: true }),
  paper: { instruction: 'Write the letters in the right order.', line: 'wide' },
  promptText: (question) => question.prompt,
  answerText: (question, separator) => question.answer.map((id, index) => `${index + 1}. ${choiceText(question.items, id)}`).join(separator),
  answerKey: (question) => question.answer.map((id) => letterOf(question.items, id)).join(', '),
  // Formats without an ordering type (GIFT) get matching: each item to its place.
  exportShape: (question) => ({
    shape: 'pairs',
    text: `${question.prompt} Match each item with its place in the order (1 is the first).`,
    pairs: question.items.map((item) => ({ left: item.text, right: String(question.answer.indexOf(item.id) + 1) })),
  }),
  gradingKey: (question) => [question.id, question.type, idsOf(question.items), question.answer],
  writeResponse: (writer, question, response) => writeIndices(writer, idsOf(question.items), response.itemIds),
  readCodedResponse: (reader, question) => ({ kind: 'order', itemIds: readIndices(reader, idsOf(question.items)) }),
}
