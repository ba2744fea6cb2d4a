import type { QuestionBase } from '../../../domain/question'
import type { WordSpan } from '../shared/words'

/** Select the words of a paragraph that prove something about it (a hedge, an attribution, a denial…). */
export interface ProveItQuestion extends QuestionBase {
  type: 'prove_it'
  /** The paragraph (1-based) to select in… */
  paragraph: number
  /** …and its text, verbatim, so the question stands on its own (exports, a teacher's device). */
  passage: string
  answer: {
    /** Acceptable selections, as word spans of the passage; the first is the one shown as the answer. */
    keys: WordSpan[]
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    prove_it: ProveItQuestion
  }
  interface ResponseShapes {
    /** A run of words of the question's passage, first to last (inclusive). */
    words: { kind: 'words'; first: number; last: number }
  }
}
