// explain: a self-check. The score is the share of the checklist the learner ticked after comparing their
// answer with the model; the written text is kept (capped) so a teacher can read it.
import type { ResponseOf } from '../../../domain/question'
import { invalidResult, type CheckPart, type CheckResult } from '../../check/result'
import type { ExplainQuestion } from './model'
import { capWritten } from './text'

/** The ticks that name a point of this checklist, once each, in the checklist's order. */
export function validTicks(question: ExplainQuestion, ticks: readonly string[]): string[] {
  return question.answer.checklist.filter((point) => ticks.includes(point.id)).map((point) => point.id)
}

export function checkExplain(question: ExplainQuestion, response: ResponseOf<'written'> | undefined): CheckResult {
  const text = response ? capWritten(response.text).trim() : ''
  if (!response || text === '') return invalidResult(question.answer.model, 'Write your answer first.')
  if (!response.compared) return invalidResult(question.answer.model, 'Compare your answer with the model answer, then tick what it covers.', text)
  const ticked = new Set(validTicks(question, response.ticks))
  const parts: CheckPart[] = question.answer.checklist.map((point) => ({
    id: point.id,
    label: point.point,
    correct: ticked.has(point.id),
    expected: 'covered',
    given: ticked.has(point.id) ? 'covered' : 'not covered',
  }))
  const total = question.answer.checklist.length
  const score = total === 0 ? 0 : ticked.size / total
  const result: CheckResult = { correct: total > 0 && ticked.size === total, score, expected: question.answer.model, given: text, parts }
  if (!result.correct) result.partial = `${ticked.size} of ${total} points`
  result.note = `Your own check: your answer covers ${ticked.size} of the ${total} points.`
  return result
}
