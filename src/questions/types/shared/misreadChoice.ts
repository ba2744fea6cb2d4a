// Pick-one questions whose wrong choices name the misreading they stand for: the checker adds it,
// in plain words, to the feedback on a wrong answer.
import type { Choice, ChoiceQuestion } from '../../../domain/question'
import { MISREADING_TEXT, type Misreading } from '../../../domain/misreading'
import type { CheckResult } from '../../check/result'
import { checkChoice } from './oneChoice'

export interface MisreadChoice extends Choice {
  /** What taking this (wrong) choice stands for. */
  misreading?: Misreading
}

/** checkChoice, with the picked choice's misreading named in the note. */
export function checkNamingMisreading(question: ChoiceQuestion & { choices: MisreadChoice[] }, choiceId: string): CheckResult {
  const result = checkChoice(question, choiceId)
  const misreading = question.choices.find((c) => c.id === choiceId)?.misreading
  if (!result.correct && !result.invalid && misreading) result.note = MISREADING_TEXT[misreading]
  return result
}
