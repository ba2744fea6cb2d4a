// who_said: which of the people the article names said a quoted passage.
import { oneChoiceKind } from '../shared/oneChoice'
import { whoSaidQuestions } from './generate'

export const whoSaidKind = oneChoiceKind('who_said', 'Who said it?', whoSaidQuestions)
