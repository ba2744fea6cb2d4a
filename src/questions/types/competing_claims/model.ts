import type { OneChoiceQuestion } from '../../../domain/question'
import type { MisreadChoice } from '../shared/misreadChoice'

/** Claims in tension: two passages the article sets against each other, and how it sources each. */
export interface CompetingClaimsQuestion extends OneChoiceQuestion<'competing_claims'> {
  choices: MisreadChoice[]
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    competing_claims: CompetingClaimsQuestion
  }
}
