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
  /**
   * How a wrong number is misread: above an “at least” figure, an overstatement; another figure the
   * article gives for something else, a mixed-up detail; a wrong year, the wrong time.
   */
  misread?: { atLeast?: true; figures?: number[] }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    numeric: NumericQuestion
  }
}
