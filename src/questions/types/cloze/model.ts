import type { QuestionBase } from '../../../domain/question'

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze'
  /** The article sentence around the blank, verbatim. */
  before: string
  after: string
  answer: {
    /** The article's own word(s) first; other accepted spellings after it. */
    accepted: string[]
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    cloze: ClozeQuestion
  }
}
