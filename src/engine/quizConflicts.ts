// One quiz, no repeats: two questions on the same fact, or one whose text gives away another's
// answer (a choice “There was nowhere to bury them” beside a gap whose answer is “bury”), never meet
// in one quiz. The planner (selection.ts) deals questions around these conflicts.
import type { Question } from '../domain/question'
import { shownTexts } from '../questions/quality/text'

const formatted = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/** The words a learner must find for a question, if it has any a text could give away: a gap's words, a number, a place or figure picked. */
export function answerWords(question: Question): string[] {
  switch (question.type) {
    case 'cloze':
      return question.answer.accepted.slice(0, 1)
    case 'numeric':
      return [formatted.format(question.answer.value), String(question.answer.value)]
    case 'single_choice': {
      // A figure or the article's wording; not a name (ids like “place.kochogot”), which other questions name as a matter of course.
      const right = question.choices.find((c) => c.id === question.answer)
      return right && !/^(person|place|group|org)\.|^author$/.test(right.id) ? [right.text] : []
    }
    default:
      return []
  }
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Does `text` hold `words` as whole words (any case)? */
function holds(text: string, words: string): boolean {
  const hay = text.toLowerCase()
  const needle = words.toLowerCase()
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true
  }
  return false
}

/** Does what `a` shows give away the answer of `b`? */
export function givesAway(a: Question, b: Question): boolean {
  const words = answerWords(b).filter((w) => w.trim().length > 0)
  if (words.length === 0) return false
  const shown = shownTexts(a).join('\n')
  return words.some((w) => holds(shown, w))
}

/** May `a` and `b` be in one quiz? Not on the same fact, and neither giving away the other's answer. */
export function conflict(a: Question, b: Question): boolean {
  if (a.id === b.id) return false
  if (a.factIds.some((id) => b.factIds.includes(id))) return true
  return givesAway(a, b) || givesAway(b, a)
}

/** `questions` in order, each left out when it conflicts with one kept before it. */
export function withoutConflicts(questions: readonly Question[]): Question[] {
  const kept: Question[] = []
  for (const question of questions) if (!kept.some((other) => conflict(other, question))) kept.push(question)
  return kept
}
