import type { OneChoiceQuestion } from '../../../domain/question'

export type WhosePositionQuestion = OneChoiceQuestion<'whose_position'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    whose_position: WhosePositionQuestion
  }
}
