import type { OneChoiceQuestion } from '../../../domain/question'

export type SingleChoiceQuestion = OneChoiceQuestion<'single_choice'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    single_choice: SingleChoiceQuestion
  }
}
