// prove_it: a selection of words against the acceptable keys. Right when it holds most of a key and
// not much else, close (half credit) when it overlaps one, wrong otherwise (shared/words.ts).
import type { ResponseOf } from '../../../domain/question'
import { invalidResult, verdict, type CheckResult } from '../../check/result'
import { quoted } from '../../generators/text'
import { clampSpan, judgeAgainst, SPAN_RULES, spanText, wordsOf } from '../shared/words'
import type { ProveItQuestion } from './model'

export const CLOSE_SCORE = 0.5

export function checkProveIt(question: ProveItQuestion, response: ResponseOf<'words'> | undefined): CheckResult {
  const words = wordsOf(question.passage)
  const shown = question.answer.keys[0]
  const expected = shown ? quoted(spanText(question.passage, words, shown)) : ''
  // -1 marks "nothing selected yet"; anything else is kept inside the paragraph.
  const selection = response && response.first >= 0 && response.last >= 0 ? clampSpan(response, words.length) : undefined
  if (!selection) return invalidResult(expected, 'Select the words that prove it.')
  const given = quoted(spanText(question.passage, words, selection))
  const judged = judgeAgainst(selection, question.answer.keys)
  if (judged.verdict === 'right') return verdict(true, expected, given)
  if (judged.verdict === 'wrong') return verdict(false, expected, given, 'None of those words is among the ones that prove it.')
  const note =
    judged.covered < SPAN_RULES.minCovered
      ? 'Close: your words are part of the proof, but leave some of it out.'
      : 'Close: the proof is in your selection, with many words that do not prove it.'
  return { correct: false, score: CLOSE_SCORE, expected, given, note }
}
