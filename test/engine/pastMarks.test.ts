// The learner's last marks per paragraph, read back from their attempts.
import { describe, expect, it } from 'vitest'
import type { Attempt } from '../../src/domain/progress'
import { lastMarks } from '../../src/engine/pastMarks'
import { loadQuestionBank } from '../../src/questions/bankNow'
import type { MarkLayersQuestion } from '../../src/questions/types/mark_layers/model'
import { keyMarks } from '../../src/questions/types/mark_layers/score'

const questions = loadQuestionBank().questions
const marking = questions.filter((q): q is MarkLayersQuestion => q.type === 'mark_layers')
const [p1, p2] = [marking[0]!, marking[1]!]

const attempt = (question: MarkLayersQuestion, answeredAt: number, marks?: Attempt['marks']): Attempt => ({
  id: `${question.id}-${answeredAt}`,
  questionId: question.id,
  questionType: question.type,
  factIds: question.factIds,
  topics: question.topics,
  correct: false,
  score: 0,
  responseMs: 1000,
  answeredAt,
  ...(marks ? { marks } : {}),
})

describe('lastMarks', () => {
  it('keeps the latest answer per paragraph, in paragraph order, scored layer by layer in words', () => {
    const right = keyMarks(p1.answer.keys)
    const list = lastMarks(
      [attempt(p2, 5, [{ first: 0, last: 2, layer: 'author' }]), attempt(p1, 1, [{ first: 0, last: 0, layer: 'quote' }]), attempt(p1, 9, right), attempt(p1, 12)],
      questions,
    )
    expect(list.map((entry) => [entry.question.paragraph, entry.answeredAt])).toEqual([
      [p1.paragraph, 9],
      [p2.paragraph, 5],
    ])
    expect(list[0]!.marks).toEqual(right)
    expect(list[0]!.score).toBe(1)
    expect(list[0]!.lines[0]).toMatch(/^You found (\d+) of \1 /)
  })

  it('leaves out, and counts, marks it cannot show: an unknown layer, words past the paragraph', () => {
    const [entry] = lastMarks([attempt(p1, 1, [{ first: 0, last: 1, layer: 'rumour' }, { first: 0, last: 100_000, layer: 'author' }, { first: 0, last: 0, layer: 'reported' }])], questions)
    expect(entry!.marks).toEqual([{ first: 0, last: 0, layer: 'reported' }])
    expect(entry!.leftOut).toBe(2)
  })

  it('ignores attempts without marks and questions no longer in the bank', () => {
    expect(lastMarks([attempt(p1, 1), { ...attempt(p1, 2, [{ first: 0, last: 0, layer: 'author' }]), questionId: 'mark_layers:paragraph-999' }], questions)).toEqual([])
  })
})
