// word_choice: three parts, a third of the score each. The tap is right inside any word span that carries
// a judgement (or holding most of one and not much else), half right when it overlaps one.
import type { ResponseOf } from '../../../domain/question'
import { invalidResult, textOf, type CheckPart, type CheckResult } from '../../check/result'
import { quoted } from '../../generators/text'
import { clampSpan, judgeAgainst, spanText, wordsOf, type WordSpan } from '../shared/words'
import type { WordChoiceQuestion } from './model'

export const PARTS = ['word', 'holder', 'rewording'] as const

/** 1 right, 0.5 close, 0 wrong. */
export function tapScore(question: WordChoiceQuestion, selection: WordSpan): number {
  const inside = question.answer.keys.some((key) => selection.first >= key.first && selection.last <= key.last)
  if (inside) return 1
  const judged = judgeAgainst(selection, question.answer.keys)
  return judged.verdict === 'right' ? 1 : judged.verdict === 'close' ? 0.5 : 0
}

export function checkWordChoice(question: WordChoiceQuestion, response: ResponseOf<'word_choice'> | undefined): CheckResult {
  const words = wordsOf(question.sentence)
  const key = question.answer.keys[0]
  const expectedWord = key ? quoted(spanText(question.sentence, words, key)) : ''
  const expectedHolder = textOf(question.holders, question.answer.holder)
  const expectedRewording = textOf(question.rewordings, question.answer.rewording)
  const expected = `${expectedWord}; ${expectedHolder}; ${expectedRewording}`
  const selection = response && response.first >= 0 && response.last >= 0 ? clampSpan(response, words.length) : undefined
  const holderGiven = response && question.holders.some((c) => c.id === response.holder) ? response.holder : undefined
  const rewordingGiven = response && question.rewordings.some((c) => c.id === response.rewording) ? response.rewording : undefined
  if (!selection && !holderGiven && !rewordingGiven) return invalidResult(expected, 'Tap a word, then answer the two questions about it.')
  const tap = selection ? tapScore(question, selection) : 0
  const given = (text: string | undefined): Partial<CheckPart> => (text === undefined ? {} : { given: text })
  const parts: CheckPart[] = [
    { id: 'word', label: 'A word that carries a judgement', correct: tap === 1, expected: expectedWord, ...given(selection ? quoted(spanText(question.sentence, words, selection)) : undefined) },
    { id: 'holder', label: `Whose judgement “${question.term}” is`, correct: holderGiven === question.answer.holder, expected: expectedHolder, ...given(holderGiven && textOf(question.holders, holderGiven)) },
    {
      id: 'rewording',
      label: 'The neutral rewording',
      correct: rewordingGiven === question.answer.rewording,
      expected: expectedRewording,
      ...given(rewordingGiven && textOf(question.rewordings, rewordingGiven)),
    },
  ]
  const score = (tap + Number(parts[1]!.correct) + Number(parts[2]!.correct)) / 3
  const result: CheckResult = {
    correct: parts.every((part) => part.correct),
    score,
    expected,
    given: parts.map((part) => part.given ?? '—').join('; '),
    parts,
  }
  const wrongChoice = [...question.holders, ...question.rewordings].find((c) => (c.id === holderGiven || c.id === rewordingGiven) && c.misreading)
  if (tap === 0.5) result.note = 'Close: your words overlap a word that carries a judgement, with others that do not.'
  else if (wrongChoice?.misreading === 'author-actor-swap') result.note = 'The author and a person in the article are swapped.'
  else if (wrongChoice?.misreading === 'overstatement') result.note = 'That rewording makes the judgement stronger, not neutral.'
  // Recorded for the learner's profile; the note above already says it in this exercise's words.
  const picked = [...question.holders, ...question.rewordings].filter((c) => c.id === holderGiven || c.id === rewordingGiven).map((c) => c.misreading)
  const misreadings = [...new Set(picked.filter((m) => m !== undefined))]
  if (!result.correct && misreadings.length > 0) result.misreadings = misreadings
  return result
}
