// true_false: an item's neutral summary, or a false variant of it with one element swapped.
import { oneChoiceKind } from '../shared/oneChoice'
import type { TrueFalseQuestion } from './model'

export const trueFalseKind = oneChoiceKind<TrueFalseQuestion>('true_false', 'True or false', {
  // Formats with a true/false type (GIFT) get one; a question with other choice ids stays a choice.
  exportShape: (question) =>
    question.answer === 'true' || question.answer === 'false'
      ? { shape: 'true_false', text: question.prompt, answer: question.answer === 'true' }
      : {
          shape: 'choice',
          text: question.prompt,
          choices: question.choices.map((choice) => ({ text: choice.text, right: choice.id === question.answer })),
        },
})
