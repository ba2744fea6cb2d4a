// mark_layers: the learner's marks against the article's layers (score.ts), told in plain words (describe.ts).
import type { ResponseOf } from '../../../domain/question'
import { clampScore, invalidResult, type CheckPart, type CheckResult } from '../../check/result'
import { wordsOf } from '../shared/words'
import { disagreements, marksText, tallyLines } from './describe'
import type { LayerMark, MarkLayersQuestion } from './model'
import { clampMark, keyMarks, scoreMarks, type MarkScore } from './score'

/** The response's marks kept inside the passage (a mark with no numbers is dropped). */
export function usableMarks(question: MarkLayersQuestion, response: ResponseOf<'marks'> | undefined): LayerMark[] {
  const count = wordsOf(question.passage).length
  return (response?.marks ?? []).map((mark) => clampMark(mark, count)).filter((mark): mark is LayerMark => !!mark)
}

export function scoreResponse(question: MarkLayersQuestion, response: ResponseOf<'marks'> | undefined): MarkScore {
  return scoreMarks(question.answer.keys, usableMarks(question, response))
}

export function checkMarkLayers(question: MarkLayersQuestion, response: ResponseOf<'marks'> | undefined): CheckResult {
  const expected = marksText(question.passage, keyMarks(question.answer.keys), '; ')
  const marks = usableMarks(question, response)
  if (marks.length === 0) return invalidResult(expected, 'Mark some words with a layer first.')
  const score = scoreMarks(question.answer.keys, marks)
  const correct = score.score >= 1
  const parts: CheckPart[] = disagreements(question.passage, score).map((d, index) => ({
    id: `d${index}`,
    label: d.words,
    correct: false,
    expected: d.article,
    given: d.given || 'not marked',
  }))
  const result: CheckResult = {
    correct,
    score: correct ? 1 : clampScore(Math.floor(score.score * 100) / 100),
    expected,
    given: marksText(question.passage, marks, '; '),
    note: tallyLines(score).join(' '),
  }
  if (parts.length > 0) result.parts = parts
  return result
}
