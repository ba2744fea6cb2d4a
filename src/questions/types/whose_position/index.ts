// whose_position: who holds a position the article states (an actor or the author).
import { oneChoiceKind } from '../shared/oneChoice'
import { whosePositionQuestions } from './generate'

export const whosePositionKind = oneChoiceKind('whose_position', 'Whose position?', whosePositionQuestions)
