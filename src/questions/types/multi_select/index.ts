// multi_select: every right answer among several (who said these, which of these are the author's…).
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { readChoices } from '../shared/responses'
import { readIndices, writeIndices } from '../shared/codec'
import { idsOf, letter, spokenNumbered } from '../shared/text'
import { checkMultiSelect } from './check'
import type { MultiSelectQuestion } from './model'

export const multiSelectKind: QuestionKind<MultiSelectQuestion, ResponseOf<'choices'>> = {
  type: 'multi_select',
  label: 'Choose all that fit',
  readResponse: readChoices,
  check: (question, response) => checkMultiSelect(question, response?.choiceIds ?? []),
  rightResponse: (question) => ({ kind: 'choices', choiceIds: [...question.answer] }),
  emptyResponse: () => ({ kind: 'choices', choiceIds: [] }),
  isReady: (_question, response) => response.choiceIds.length > 0,
  hint: () => 'Choose all that apply.',
  component: () => import('./MultiSelectAnswer.vue'),
  speech: (question) => [spokenNumbered(question.choices)],
  options: (question) => question.choices,
  display: (question) => ({ options: question.choices.map((choice) => choice.text) }),
  paper: { instruction: 'Circle every right letter.', line: 'none' },
  promptText: (question) => question.prompt,
  answerText: (question, separator) =>
    question.choices
      .filter((choice) => question.answer.includes(choice.id))
      .map((choice) => choice.text)
      .join(separator),
  answerKey: (question) => question.choices.flatMap((choice, index) => (question.answer.includes(choice.id) ? [letter(index)] : [])).join(', '),
  exportShape: (question) => ({
    shape: 'choices',
    text: question.prompt,
    choices: question.choices.map((choice) => ({ text: choice.text, right: question.answer.includes(choice.id) })),
  }),
  gradingKey: (question) => [question.id, question.type, idsOf(question.choices), question.answer],
  writeResponse: (writer, question, response) => writeIndices(writer, idsOf(question.choices), response.choiceIds),
  readCodedResponse: (reader, question) => ({ kind: 'choices', choiceIds: readIndices(reader, idsOf(question.choices)) }),
}
