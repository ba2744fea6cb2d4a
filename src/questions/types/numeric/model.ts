import type { QuestionBase } from '../../../domain/question'

export interface NumericQuestion extends QuestionBase {
  type: 'numeric'
  answer: {
    value: number
    /** Shown after the input, e.g. "people", "km". */
    unit?: string
    /**
     * The number names a year rather than counting an amount: written as bare digits ("1994",
     * never "1,994") wherever the answer is shown or exported.
     */
    year?: true
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    numeric: NumericQuestion
  }
}
