import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildQuizSets, questionsForParagraph, selectQuestions } from '../../src/engine/selection'
import type { Question } from '../../src/domain/question'
import { allQuestions, factOrPosition, singleChoice, trueFalse, whosePosition } from './fixtures'

function withEvidence(question: Question, paragraph: number, start: number, id: string): Question {
  return { ...question, id, factIds: [`fact-of-${id}`], evidence: [{ paragraph, start, end: start + 1, text: 'x' }] }
}

describe('buildQuizSets', () => {
  it('offers Everything, the reading skills that have questions (Fact or position? always), and one set per topic with questions', () => {
    const bank = [{ ...singleChoice, topics: ['history'] }, { ...factOrPosition, topics: ['author'] }, { ...whosePosition, topics: ['author'] }]
    const sets = buildQuizSets(bank, [
      { id: 'history', label: 'History', description: 'd' },
      { id: 'author', label: 'The author', description: 'd' },
      { id: 'empty', label: 'Nothing here', description: 'd' },
    ])
    expect(sets.map((set) => set.id)).toEqual(['everything', 'skill:who-says', 'fact-or-position', 'history', 'author'])
    expect(sets.map((set) => set.group)).toEqual([undefined, 'skill', 'skill', 'topic', 'topic'])
    expect(sets[0]!.questionIds).toHaveLength(3)
    expect(sets[1]!.questionIds).toEqual([whosePosition.id])
    expect(sets[2]!.questionIds).toEqual([factOrPosition.id, whosePosition.id])
    expect(sets[4]!.questionIds).toEqual([factOrPosition.id, whosePosition.id])
  })
})

describe('selectQuestions', () => {
  it('mixes question types in a short quiz', () => {
    const ids = selectQuestions(allQuestions, { count: 6, shuffle: true, seed: 7 })
    const types = new Set(ids.map((id) => allQuestions.find((question) => question.id === id)!.type))
    expect(ids).toHaveLength(6)
    expect(types.size).toBe(6)
  })

  it('keeps to the chosen types and never repeats a question', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), (seed, count) => {
        const ids = selectQuestions(allQuestions, { count, shuffle: true, seed, types: ['cloze', 'numeric'] })
        const picked = ids.map((id) => allQuestions.find((question) => question.id === id)!)
        return new Set(ids).size === ids.length && picked.every((question) => question.type === 'cloze' || question.type === 'numeric')
      }),
    )
  })

  it('is the same for the same seed and follows the reading order when not shuffled', () => {
    const bank = [withEvidence(trueFalse, 5, 0, 'e'), withEvidence(trueFalse, 1, 50, 'b'), withEvidence(trueFalse, 1, 10, 'a')]
    expect(selectQuestions(bank, { count: 3, shuffle: false, seed: 1 })).toEqual(['a', 'b', 'e'])
    expect(selectQuestions(allQuestions, { count: 5, shuffle: true, seed: 3 })).toEqual(
      selectQuestions(allQuestions, { count: 5, shuffle: true, seed: 3 }),
    )
  })

  it('finds the questions of one paragraph', () => {
    const bank = [withEvidence(singleChoice, 5, 0, 'e'), withEvidence(singleChoice, 1, 50, 'b')]
    expect(questionsForParagraph(bank, 5).map((question) => question.id)).toEqual(['e'])
  })

  it('deals the paragraph’s questions on fewest facts first, so one spanning the paragraph does not crowd out the rest, and keeps their order', () => {
    const wide = { ...withEvidence(singleChoice, 5, 0, 'wide'), factIds: ['fact-of-a', 'fact-of-b'] }
    const bank = [wide, withEvidence(trueFalse, 5, 10, 'a'), withEvidence(trueFalse, 5, 20, 'b')]
    expect(questionsForParagraph(bank, 5).map((question) => question.id)).toEqual(['a', 'b'])
    const alone = { ...wide, factIds: ['fact-of-c'] }
    expect(questionsForParagraph([alone, ...bank.slice(1)], 5).map((question) => question.id)).toEqual(['wide', 'a', 'b'])
  })
})
