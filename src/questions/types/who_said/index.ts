// who_said: which of the people the article names said a quoted passage.
import { oneChoiceKind } from '../shared/oneChoice'
import type { WhoSaidQuestion } from './model'

export const whoSaidKind = oneChoiceKind<WhoSaidQuestion>('who_said', 'Who said it?')
