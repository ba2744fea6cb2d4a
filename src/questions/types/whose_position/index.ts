// whose_position: who holds a position the article states (an actor or the author).
import { oneChoiceKind } from '../shared/oneChoice'
import type { WhosePositionQuestion } from './model'

export const whosePositionKind = oneChoiceKind<WhosePositionQuestion>('whose_position', 'Whose position?')
