import type { Choice, QuestionBase } from '../../../domain/question'

export interface MatchingQuestion extends QuestionBase {
  type: 'matching'
  left: Choice[]
  right: Choice[]
  /** left id -> right id; every left item has exactly one partner. */
  answer: Record<string, string>
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    matching: MatchingQuestion
  }
}
