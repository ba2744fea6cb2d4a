import type { QuestionBase } from '../../../domain/question'

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze'
  /** The article sentence around the blank, verbatim. */
  before: string
  after: string
  /**
   * How many words the gap takes (the article's words, `answer.accepted[0]`); the prompt says it too.
   * Optional only for questions saved before it existed (teachers' sets, old progress).
   */
  words?: number
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
