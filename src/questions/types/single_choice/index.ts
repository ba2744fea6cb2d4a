// single_choice: one right answer among four, on the article's numbers, places, roles and vague amounts.
import { oneChoiceKind } from '../shared/oneChoice'
import type { SingleChoiceQuestion } from './model'

export const singleChoiceKind = oneChoiceKind<SingleChoiceQuestion>('single_choice', 'Multiple choice')
