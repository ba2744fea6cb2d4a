import type { OneChoiceQuestion } from '../../../domain/question'
import type { MisreadChoice } from '../shared/misreadChoice'

/** Summary or quotation? The author's summary of someone's words, told apart from the words quoted. */
export interface ParaphraseCheckQuestion extends OneChoiceQuestion<'paraphrase_check'> {
  choices: MisreadChoice[]
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    paraphrase_check: ParaphraseCheckQuestion
  }
}
