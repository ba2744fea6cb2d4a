// single_choice: one right answer among four, on the article's numbers, places, roles and vague amounts.
import { oneChoiceKind } from '../shared/oneChoice'
import { singleChoiceQuestions } from './generate'

export const singleChoiceKind = oneChoiceKind('single_choice', 'Multiple choice', singleChoiceQuestions)
