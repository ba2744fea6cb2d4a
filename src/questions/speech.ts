// What "Read aloud" says for a question: the prompt and everything the learner must read to answer
// it (each type says what: choices, the gap sentence, both sides of a matching, the items to order).
import type { Question } from '../domain/question'
import { kindOf } from './types/registry'

export function questionSpeech(question: Question): string {
  return [question.prompt, ...kindOf(question).speech(question)].join(' ')
}
