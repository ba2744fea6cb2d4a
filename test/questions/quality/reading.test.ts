// Reading more than recall: the measure, the paragraph rule (enforced) and the share (measured).
import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/question'
import { createLintContext } from '../../../src/questions/quality'
import { readingBalance, readingCoverage, readingReport, readingShare } from '../../../src/questions/quality/reading'
import { knowledge } from '../../../src/content/knowledge'
import { bank, paragraphs } from '../helpers'

const q = (id: string, type: string, paragraph: number, factIds: string[] = [id], difficulty = 1): Question =>
  ({ id, type, prompt: 'p', explanation: 'e', evidence: [{ paragraph, start: 0, end: 1, text: 'x' }], topics: [], factIds, difficulty }) as unknown as Question
const context = (questions: Question[], n = 2) => createLintContext(questions, knowledge, Array.from({ length: n }, () => 'x'))

describe('reading balance', () => {
  it('counts the reading kinds, the paragraphs they leave out, and what is left to drop', () => {
    const b = readingBalance([q('a', 'who_said', 1, ['f1']), q('b', 'cloze', 1, ['f1']), q('c', 'cloze', 2, ['f2']), q('d', 'true_false', 1, ['f1'], 2)], 2)
    expect(b).toMatchObject({ total: 4, reading: 1, share: 0.25, toDrop: 2, uncovered: [2] })
    // Only recall on a fact a reading question trains is a candidate; the easier first.
    expect(b.candidates.map((c) => c.id)).toEqual(['b', 'd'])
  })

  it('the paragraph rule names a paragraph without a reading question, and passes when each has one', () => {
    expect(readingCoverage.checkBank!(context([q('a', 'who_said', 1), q('b', 'cloze', 2)])).map((v) => v.questionId)).toEqual(['paragraph 2'])
    expect(readingCoverage.checkBank!(context([q('a', 'who_said', 1), q('b', 'structure', 2)]))).toEqual([])
  })

  it('the share rule asks for at least half', () => {
    expect(readingShare.checkBank!(context([q('a', 'who_said', 1), q('b', 'cloze', 2)]))).toEqual([])
    expect(readingShare.checkBank!(context([q('a', 'who_said', 1), q('b', 'cloze', 2), q('c', 'numeric', 2)]))[0]?.message).toContain('drop 1 recall')
  })
})

describe('the bank', () => {
  it('has a reading question in every paragraph', () => {
    expect(readingBalance(bank, paragraphs.length).uncovered).toEqual([])
  })

  it('is at least half reading questions', () => {
    expect(readingShare.checkBank!(context(bank, paragraphs.length))).toEqual([])
  })

  it('the report gives the numbers and as many candidates as there are questions to drop', () => {
    const b = readingBalance(bank, paragraphs.length)
    expect(b.candidates.length).toBeGreaterThanOrEqual(b.toDrop)
    expect(readingReport(bank, paragraphs.length)).toContain(`reading share: ${b.reading} of ${b.total} questions`)
  })
})
