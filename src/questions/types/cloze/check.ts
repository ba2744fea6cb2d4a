// cloze: the typed word(s) against every accepted spelling, forgiving what a reader would.
//
// Both sides go through normalizeText (case, diacritics, punctuation, quotes, whitespace), then
// are compared word by word: each word of five or more letters may have one typo (one
// insertion, deletion, substitution or swap of neighbours), shorter words must match exactly, so
// "Russia and Iraq" is not "Russia and Iran". A look-alike letter from another script (Cyrillic
// "а" for "a") is such a substitution, so it passes in long words only. A missing or extra space
// with every letter right ("Lachincorridor") counts as a typo too.
// Answers with digits get no typo allowance ("28001" is not "28000"); they match when both read as
// the same number with the same unit words ("28 000" = "28,000"; "2.5" ≠ "25").

import type { ClozeQuestion } from './model'
import { displayText, invalidResult, verdict, type CheckResult } from '../../check/result'
import { withinOneEdit } from '../../check/fuzzy'
import { normalizeText } from '../../check/normalize'
import { readNumber } from '../../check/numbers'

export const MAX_CLOZE_INPUT = 200
const TYPO_MIN_LETTERS = 5

interface ClozeMatch {
  spelling: string
  typo: boolean
}

export function checkCloze(question: ClozeQuestion, text: string): CheckResult {
  const accepted = question.answer.accepted
  const expected = accepted[0] ?? ''
  const given = displayText(text)
  const what = /\s/.test(expected.trim()) ? 'missing words' : 'missing word'
  if (text.length > MAX_CLOZE_INPUT) return invalidResult(expected, `That is too long. Type just the ${what}.`, given)
  const typed = normalizeText(text)
  if (typed === '') return invalidResult(expected, `Type the ${what}.`, given)

  const match = findMatch(text, typed, accepted)
  if (match) return verdict(true, expected, given, matchNote(match, expected))
  const part = partialCredit(typed, expected)
  if (part === 0) return verdict(false, expected, given)
  return { correct: false, score: part, expected, given, note: `Partly right: the article has “${expected}”.` }
}

// Words that carry no meaning of their own in a gap of several words.
const FILLER = new Set(['a', 'an', 'and', 'of', 'the', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from'])

/**
 * A gap of several words, partly filled: the share of its meaningful words given, in order (each
 * forgiving one typo as a whole answer does), when every meaningful word typed is one of them.
 * "cars" for "civilian cars" earns 1/2; "Russia and Iraq" for "Russia and Iran" earns nothing
 * (a wrong word is not a partial answer). Numbers are never partly right.
 */
export function partialCredit(typed: string, expected: string): number {
  const folded = normalizeText(expected)
  if (/\d/.test(folded)) return 0
  const wanted = folded.split(' ').filter((word) => word && !FILLER.has(word))
  if (wanted.length < 2) return 0
  const given = typed.split(' ').filter((word) => word && !FILLER.has(word))
  let from = 0
  let found = 0
  for (const word of given) {
    // A meaningful word the answer does not have: a different answer, not part of this one.
    if (!wanted.some((want) => wordForgivesTypo(word, want))) return 0
    const at = wanted.findIndex((want, i) => i >= from && wordForgivesTypo(word, want))
    // One of its words out of order counts for nothing, but is not wrong.
    if (at < 0) continue
    found += 1
    from = at + 1
  }
  return found / wanted.length
}

function findMatch(text: string, typed: string, accepted: readonly string[]): ClozeMatch | undefined {
  const exact = accepted.find((answer) => matchesExactly(text, typed, answer))
  if (exact !== undefined) return { spelling: exact, typo: false }
  const near = accepted.find((answer) => forgivesTypo(typed, answer))
  return near === undefined ? undefined : { spelling: near, typo: true }
}

function matchesExactly(text: string, typed: string, answer: string): boolean {
  if (/\d/.test(answer)) {
    const want = readNumber(answer)
    const got = readNumber(text)
    if (want.ok && got.ok) return want.value === got.value && normalizeText(want.unit) === normalizeText(got.unit)
  }
  return typed === normalizeText(answer)
}

function forgivesTypo(typed: string, answer: string): boolean {
  const folded = normalizeText(answer)
  if (/\d/.test(folded)) return false
  const typedWords = typed.split(' ')
  const answerWords = folded.split(' ')
  if (typedWords.length !== answerWords.length) return typed.replace(/ /g, '') === folded.replace(/ /g, '')
  return answerWords.every((word, i) => wordForgivesTypo(typedWords[i]!, word))
}

function wordForgivesTypo(typed: string, word: string): boolean {
  if (typed === word) return true
  return Array.from(word).length >= TYPO_MIN_LETTERS && withinOneEdit(typed, word)
}

function matchNote(match: ClozeMatch, expected: string): string | undefined {
  if (match.typo) return `Accepted with one typo: the article spells it “${expected}”.`
  if (normalizeText(match.spelling) !== normalizeText(expected)) return `Accepted: the article spells it “${expected}”.`
  return undefined
}
