// fact_or_position: how the article presents a sentence (reported as fact, a quote or claim, a position…).
import { oneChoiceKind } from '../shared/oneChoice'
import { factOrPositionQuestions } from './generate'

export const factOrPositionKind = oneChoiceKind('fact_or_position', 'Fact or position?', factOrPositionQuestions)
