import type { OneChoiceQuestion } from '../../../domain/question'

export type FactOrPositionQuestion = OneChoiceQuestion<'fact_or_position'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    fact_or_position: FactOrPositionQuestion
  }
}
