import type { OneChoiceQuestion } from '../../../domain/question'

export type WhoSaidQuestion = OneChoiceQuestion<'who_said'>

declare module '../../../domain/question' {
  interface QuestionShapes {
    who_said: WhoSaidQuestion
  }
}
