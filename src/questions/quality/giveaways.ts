// What one question's text gives away of another's answer: a gap's words, a number, the article's
// wording picked. The quiz planner keeps such questions apart (engine/quizConflicts.ts); the bank
// keeps one gap-fill of a sentence (bank.ts).
import type { Question } from '../../domain/question'
import { shownTexts } from './text'

const formatted = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })
const NUMBER_WORDS: Readonly<Record<number, string>> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve', 20: 'twenty' }

/** The words a learner must find for a question, if it has any a text could give away: a gap's words, a number, a place or figure picked. */
export function answerWords(question: Question): string[] {
  switch (question.type) {
    case 'cloze':
      return question.answer.accepted.slice(0, 1)
    case 'numeric':
      // A small figure is often written out (“five men were killed”).
      return [formatted.format(question.answer.value), String(question.answer.value), ...(NUMBER_WORDS[question.answer.value] ? [NUMBER_WORDS[question.answer.value] as string] : [])]
    case 'single_choice': {
      // A figure or the article's wording; a role asked of a name (“Azeri President”); not a name
      // (ids like “place.kochogot”), which other questions name as a matter of course.
      const right = question.choices.find((c) => c.id === question.answer)
      return right && (!/^(person|place|group|org)\.|^author$/.test(right.id) || question.id.includes(':role-of:')) ? [right.text] : []
    }
    default:
      return []
  }
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Does `text` hold `words` as whole words (any case), or another form of them (“bombarding” for “bombarded”)? */
function holds(text: string, words: string): boolean {
  const hay = text.toLowerCase()
  const needle = words.toLowerCase()
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + needle.length])) return true
  }
  return holdsAnotherForm(hay, needle)
}

/** A word without its ending: “bombarded”, “bombarding” → “bombard”; “cynically”, “cynical” → “cynic”. */
const stem = (word: string): string => (word.length >= 5 ? word.replace(/(?:ally|ing|ed|al|ly|es|s)$/, '') : word)
const wordsIn = (text: string): string[] => text.match(/[\p{L}’'-]+/gu) ?? []

/** A gap's words of five letters or more found in the text with other endings, in the same order. */
function holdsAnotherForm(hay: string, needle: string): boolean {
  const wanted = wordsIn(needle)
  if (wanted.length === 0 || wanted.join(' ') !== needle.replace(/\s+/g, ' ') || wanted.some((w) => w.length < 5)) return false
  const stems = wanted.map(stem)
  const seen = wordsIn(hay).map(stem)
  return seen.some((_, i) => stems.every((s, j) => seen[i + j] === s))
}

/**
 * A name asked by its role (“Who is this? Turkish President.”): names are everywhere, but a text
 * that shows the role and the name together (“Turkish President Recep Tayyip Erdogan”) answers it.
 */
export function namedRole(question: Question): { name: string; role: string } | undefined {
  if (question.type !== 'single_choice' || !/:(who-is|which-place):/.test(question.id)) return undefined
  const name = question.choices.find((c) => c.id === question.answer)?.text
  const role = /\?\s+(.+?)\.?$/.exec(question.prompt)?.[1]
  return name && role ? { name, role } : undefined
}

/**
 * Does what `a` shows give away the answer of `b`? With `feedback`, its explanation counts as shown
 * too: practice shows it before the next question (the planner's view; the bank judges questions alone).
 */
export function givesAway(a: Question, b: Question, feedback = false): boolean {
  const words = answerWords(b).filter((w) => w.trim().length > 0)
  const pair = namedRole(b)
  if (words.length === 0 && !pair) return false
  const shown = [...shownTexts(a), ...(feedback ? [a.explanation] : [])].join('\n')
  return words.some((w) => holds(shown, w)) || (!!pair && holds(shown, pair.name) && holds(shown, pair.role))
}
