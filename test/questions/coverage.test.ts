import { describe, expect, it } from 'vitest'
import { computeCoverage, coverageProblems, MIN_QUESTIONS } from '../../src/questions/coverage'
import { formatCoverageReport } from '../../src/questions/coverageReport'
import { QUESTION_TYPES } from '../../src/questions/types'
import { bank, knowledge } from './helpers'

describe('coverage of the article', () => {
  const coverage = computeCoverage(knowledge, bank)

  it('has enough questions of every type', () => {
    expect(bank.length).toBeGreaterThanOrEqual(MIN_QUESTIONS)
    for (const type of QUESTION_TYPES) expect(coverage.byType[type], type).toBeGreaterThanOrEqual(10)
  })

  it('covers every paragraph, quote, person and quantity', () => {
    expect(coverage.paragraphs.missing).toEqual([])
    expect(coverage.paragraphs.covered).toHaveLength(22)
    expect(coverage.quotes.missing).toEqual([])
    expect(coverage.people.missing).toEqual([])
    expect(coverage.quantities.missing).toEqual([])
    expect(coverageProblems(coverage)).toEqual([])
  })

  it('has questions in every topic', () => {
    for (const topic of knowledge.topics) expect(coverage.byTopic[topic.id], topic.id).toBeGreaterThan(0)
  })

  it('reports what is missing and fails when a required coverage is missing', () => {
    const ok = formatCoverageReport(knowledge, bank)
    expect(ok.ok).toBe(true)
    expect(ok.text).toContain('paragraphs    22 / 22')
    const withoutQuote = bank.filter((q) => !q.factIds.includes('quote.term-socialism-in-one-country'))
    const broken = formatCoverageReport(knowledge, withoutQuote)
    expect(broken.ok).toBe(false)
    expect(broken.text).toContain('MISSING: quote.term-socialism-in-one-country')
  })
})
