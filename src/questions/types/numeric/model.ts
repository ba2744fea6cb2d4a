import type { QuestionBase } from '../../../domain/question'

export interface NumericQuestion extends QuestionBase {
  type: 'numeric'
  answer: {
    value: number
    /** Shown after the input, e.g. "people", "km". */
    unit?: string
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    numeric: NumericQuestion
  }
}
