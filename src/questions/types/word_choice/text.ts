// The two questions asked about a word_choice question's word, shared by its kind and its answer component.
import type { WordChoiceQuestion } from './model'

export const whoseQuestion = (q: WordChoiceQuestion): string => `Whose judgement does “${q.term}” carry?`
export const rewordingQuestion = (q: WordChoiceQuestion): string => `Which rewording of “${q.phrase.replace(/^“|”$/g, '').replace(/[.,]”?$/, '')}” is neutral?`
