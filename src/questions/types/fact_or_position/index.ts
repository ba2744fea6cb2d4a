// fact_or_position: how the article presents a sentence (reported as fact, a quote or claim, a position…).
import { oneChoiceKind } from '../shared/oneChoice'
import type { FactOrPositionQuestion } from './model'

export const factOrPositionKind = oneChoiceKind<FactOrPositionQuestion>('fact_or_position', 'Fact or position?')
