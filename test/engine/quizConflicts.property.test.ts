// A quiz never holds two questions on the same fact, nor one whose text gives away another's
// answer: over many seeds, counts and type filters, on the app's real bank.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflict, givesAway } from '../../src/engine/quizConflicts'
import { questionsForParagraph, selectQuestions } from '../../src/engine/selection'
import type { Question } from '../../src/domain/question'
import { QUESTION_TYPES } from '../../src/questions/types/registry'
import { bank } from '../questions/helpers'

const byId = new Map(bank.map((q) => [q.id, q]))
const noConflicts = (ids: readonly string[]) => {
  const picked = ids.map((id) => byId.get(id) as Question)
  return picked.every((a, i) => picked.every((b, j) => i === j || !conflict(a, b)))
}

describe('the quiz planner’s no-repeat rule', () => {
  it('sees a gap’s answer given away by another question’s choice, and two questions on one fact', () => {
    // A gap and a choice elsewhere holding the gap's words (“nowhere to bury” gives away “bury”).
    const holds = (q: Question, word: string) => 'choices' in q && q.choices.some((c) => new RegExp(`\\b${word}\\b`, 'i').test(c.text))
    const pairs = bank.flatMap((gap) =>
      gap.type === 'cloze' && gap.answer.accepted[0] && /^[a-z]{4,}$/i.test(gap.answer.accepted[0])
        ? bank.filter((q) => q.id !== gap.id && holds(q, gap.answer.accepted[0] as string)).map((words) => [words, gap] as const)
        : [],
    )
    expect(pairs.length).toBeGreaterThan(0)
    for (const [words, gap] of pairs.slice(0, 5)) expect(givesAway(words, gap), `${words.id} / ${gap.id}`).toBe(true)
    const perFact = new Map<string, Question[]>()
    for (const q of bank) for (const id of q.factIds) perFact.set(id, [...(perFact.get(id) ?? []), q])
    const [a, b] = [...perFact.values()].find((qs) => qs.length >= 2) ?? []
    expect(a && b && conflict(a, b)).toBe(true)
  })

  it('never deals two conflicting questions into one quiz', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.subarray([...QUESTION_TYPES]),
        (seed, count, shuffle, types) => {
          const ids = selectQuestions(bank, { count, shuffle, seed, types })
          return ids.length <= count && new Set(ids).size === ids.length && noConflicts(ids)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('still fills a ten-question quiz from the whole bank', () => {
    fc.assert(fc.property(fc.integer(), (seed) => selectQuestions(bank, { count: 10, shuffle: true, seed }).length === 10), { numRuns: 100 })
  })

  it('keeps a paragraph’s quiz free of repeats too', () => {
    for (let p = 1; p <= 22; p++) expect(noConflicts(questionsForParagraph(bank, p).map((q) => q.id)), `paragraph ${p}`).toBe(true)
  })
})
