// The pick-one types (single_choice, true_false, who_said, whose_position, fact_or_position) differ
// only in how they are generated (each folder's generate.ts) and named: each folder makes its kind with oneChoiceKind.
import type { ChoiceQuestion, OneChoiceQuestion, ResponseOf } from '../../../domain/question'
import { invalidResult, namingMisreadings, textOf, verdict, type CheckResult } from '../../check/result'
import type { QuestionKind } from '../kind'
import { readChoice } from './responses'
import { choiceText, idsOf, indexIn, letterOf, spokenNumbered } from './text'

export const NOT_AN_OPTION = 'That is not one of this question’s answers. Pick one of them.'

/** Right iff the answer id; a wrong choice names the misreading it stands for. */
export function checkChoice(question: OneChoiceQuestion<string>, choiceId: string): CheckResult {
  const expected = textOf(question.choices, question.answer)
  const picked = question.choices.find((choice) => choice.id === choiceId)
  if (!picked) return invalidResult(expected, choiceId === '' ? 'Pick one of the answers.' : NOT_AN_OPTION)
  return namingMisreadings(verdict(choiceId === question.answer, expected, picked.text), [picked.misreading])
}

export function oneChoiceKind<Q extends ChoiceQuestion>(
  type: Q['type'],
  label: string,
  overrides: Partial<QuestionKind<Q, ResponseOf<'choice'>>> = {},
): QuestionKind<Q, ResponseOf<'choice'>> {
  return {
    type,
    label,
    readResponse: readChoice,
    check: (question, response) => checkChoice(question, response?.choiceId ?? ''),
    rightResponse: (question) => ({ kind: 'choice', choiceId: question.answer }),
    emptyResponse: () => ({ kind: 'choice', choiceId: '' }),
    isReady: (_question, response) => response.choiceId !== '',
    hint: () => 'Choose one answer.',
    component: () => import('./ChoiceQuestionAnswer.vue'),
    speech: (question) => [spokenNumbered(question.choices)],
    options: (question) => question.choices,
    display: (question) => ({ options: question.choices.map((choice) => choice.text) }),
    paper: { instruction: 'Circle one letter.', line: 'none' },
    promptText: (question) => question.prompt,
    answerText: (question) => choiceText(question.choices, question.answer),
    answerKey: (question) => `${letterOf(question.choices, question.answer)} (${choiceText(question.choices, question.answer)})`,
    exportShape: (question) => ({
      shape: 'choice',
      text: question.prompt,
      choices: question.choices.map((choice) => ({ text: choice.text, right: choice.id === question.answer })),
    }),
    gradingKey: (question) => [question.id, question.type, idsOf(question.choices), question.answer],
    writeResponse: (writer, question, response) => void writer.varint(indexIn(idsOf(question.choices), response.choiceId)),
    readCodedResponse: (reader, question) => {
      const ids = idsOf(question.choices)
      return { kind: 'choice', choiceId: ids[reader.varint(ids.length - 1)] as string }
    },
    ...overrides,
  }
}
