import type { OneChoiceQuestion } from '../../../domain/question'

/** A statement to judge: its choices are "true" and "false". */
export type TrueFalseQuestion = OneChoiceQuestion<'true_false'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    true_false: TrueFalseQuestion
  }
}
