// One quiz, no repeats: two questions on the same fact, or one whose text gives away another's
// answer (a choice “There was nowhere to bury them” beside a gap whose answer is “bury”), never meet
// in one quiz. The planner (selection.ts) deals questions around these conflicts.
import type { Question } from '../domain/question'
import { givesAway } from '../questions/quality/giveaways'

export { answerWords, givesAway } from '../questions/quality/giveaways'

/** May `a` and `b` be in one quiz? Not on the same fact, and neither giving away the other's answer, in its text or its feedback. */
export function conflict(a: Question, b: Question): boolean {
  if (a.id === b.id) return false
  if (a.factIds.some((id) => b.factIds.includes(id))) return true
  // Either may come first, and practice shows its feedback before the other: the explanation counts.
  return givesAway(a, b, true) || givesAway(b, a, true)
}

/** `questions` in order, each left out when it conflicts with one kept before it. */
export function withoutConflicts(questions: readonly Question[]): Question[] {
  const kept: Question[] = []
  for (const question of questions) if (!kept.some((other) => conflict(other, question))) kept.push(question)
  return kept
}
