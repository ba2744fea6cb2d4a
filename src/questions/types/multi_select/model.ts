import type { Choice, QuestionBase } from '../../../domain/question'

export interface MultiSelectQuestion extends QuestionBase {
  type: 'multi_select'
  choices: Choice[]
  /** The ids of every right choice (at least one). */
  answer: string[]
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    multi_select: MultiSelectQuestion
  }
}
