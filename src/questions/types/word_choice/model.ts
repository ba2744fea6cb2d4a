import type { Choice, QuestionBase } from '../../../domain/question'
import type { WordSpan } from '../shared/words'

/**
 * Word choice: tap a word of an article sentence that carries a judgement, then say whose judgement the
 * question's word is and pick the neutral rewording of its phrase. Three parts, a third of the credit each.
 */
export interface WordChoiceQuestion extends QuestionBase {
  type: 'word_choice'
  paragraph: number
  /** The sentence, verbatim: the learner taps in it. */
  sentence: string
  /** The word the second and third parts ask about, as the article has it. */
  term: string
  /** The article's phrase around the term, which the rewordings replace. */
  phrase: string
  /** Whose judgement it is. */
  holders: Choice[]
  /** The phrase rewritten: one neutral, the others keeping a judgement. */
  rewordings: Choice[]
  /** What the word does to the reader (shown after checking, in the explanation too). */
  effect: string
  answer: {
    /** Word spans of the sentence that carry a judgement (the term's first); tapping inside any is right. */
    keys: WordSpan[]
    holder: string
    rewording: string
  }
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    word_choice: WordChoiceQuestion
  }
  interface ResponseShapes {
    /** The tapped words (-1, -1: none yet), the holder picked and the rewording picked ('' for none). */
    word_choice: { kind: 'word_choice'; first: number; last: number; holder: string; rewording: string }
  }
}
