// competing_claims ("Claims in tension"): two passages the article sets against each other; how is
// each sourced? A pick-one question: it answers, exports and encodes as one.
import { checkNamingMisreading } from '../shared/misreadChoice'
import { oneChoiceKind } from '../shared/oneChoice'
import type { CompetingClaimsQuestion } from './model'

export const competingClaimsKind = oneChoiceKind<CompetingClaimsQuestion>('competing_claims', 'Claims in tension', {
  check: (question, response) => checkNamingMisreading(question, response?.choiceId ?? ''),
  hint: () => 'Choose how the article sources each passage.',
})
