// Pick-one questions whose wrong choices name the misreading they stand for: checkChoice names it,
// in plain words, in the feedback on a wrong answer (every pick-one type does, see oneChoice.ts).
import type { Choice, ChoiceQuestion } from '../../../domain/question'
import type { CheckResult } from '../../check/result'
import { checkChoice } from './oneChoice'

export type MisreadChoice = Choice

/** checkChoice, with the picked choice's misreading named in the note. */
export function checkNamingMisreading(question: ChoiceQuestion, choiceId: string): CheckResult {
  return checkChoice(question, choiceId)
}
