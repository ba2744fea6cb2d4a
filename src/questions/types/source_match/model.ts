import type { Choice, QuestionBase } from '../../../domain/question'

/** Source it: match each claim (the article's words) with where the article says it comes from. */
export interface SourceMatchQuestion extends QuestionBase {
  type: 'source_match'
  /** The claims, verbatim, each with its paragraph. */
  left: Choice[]
  /** The sources, one per claim (ids `source:<kind>`). */
  right: Choice[]
  /** claim id -> source id; every claim has exactly one. */
  answer: Record<string, string>
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    source_match: SourceMatchQuestion
  }
}
