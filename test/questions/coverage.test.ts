import { describe, expect, it } from 'vitest'
import { computeCoverage, coverageProblems, MIN_QUESTIONS } from '../../src/questions/coverage'
import { formatCoverageReport } from '../../src/questions/coverageReport'
import { QUESTION_TYPES } from '../../src/questions/types/registry'
import { ENTITY_KINDS } from '../../src/content/schema'
import { bank, knowledge, shownText } from './helpers'

describe('coverage of the article', () => {
  const coverage = computeCoverage(knowledge, bank)

  it('has enough questions of every type', () => {
    expect(bank.length).toBeGreaterThanOrEqual(MIN_QUESTIONS)
    // Fewer, better: four orderings use every dated event; eight word-choice questions every reworded
    // loaded word (one a sentence); the kinds built on hand-annotated pairs have one question per
    // annotation (three summaries set beside quotes, four tensions, five written tasks) or per four
    // sourced claims no tension asks; every other type has ten or more. Word-choice asks only sentences with one
    // judge's words (five); whose-position never asks what who-said asks, and the author at most 35% (six);
    // figures are numeric questions only, so single-choice keeps vague amounts, places and roles (seven);
    // matching never sets two roles carrying their country together nor asks a place role asked elsewhere (nine).
    const FEW: Partial<Record<string, number>> = { numeric: 4, true_false: 8, ordering: 4, word_choice: 5, whose_position: 6, multi_select: 8, single_choice: 7, source_match: 3, matching: 8, paraphrase_check: 3, competing_claims: 4, explain: 5 }
    // Numbers: one gap per sentence (bank.ts) leaves the hedged and sourced figures, not every year and distance;
    // a true/false gives way to a question that asks its item or prints its detail.
    for (const type of QUESTION_TYPES) expect(coverage.byType[type], type).toBeGreaterThanOrEqual(FEW[type] ?? 10)
  })

  it('covers every paragraph, quote, entity of every kind and quantity', () => {
    expect(coverage.paragraphs.missing).toEqual([])
    expect(coverage.paragraphs.covered).toHaveLength(22)
    expect(coverage.quotes.missing).toEqual([])
    for (const kind of ENTITY_KINDS) {
      expect(coverage.entities[kind].missing, kind).toEqual([])
      expect(coverage.entities[kind].covered, kind).toHaveLength(knowledge.entities.filter((e) => e.kind === kind).length)
    }
    expect(coverage.quantities.missing).toEqual([])
    expect(coverageProblems(coverage)).toEqual([])
  })

  it('has questions in every topic', () => {
    for (const topic of knowledge.topics) expect(coverage.byTopic[topic.id], topic.id).toBeGreaterThan(0)
  })

  it('reports what is missing and fails when a required coverage is missing', () => {
    const ok = formatCoverageReport(knowledge, bank)
    expect(ok.ok).toBe(true)
    expect(ok.text).toContain('paragraphs     22 / 22')
    for (const line of ['people         10 / 10', 'places         22 / 22', 'organisations   7 / 7', 'groups         11 / 11']) expect(ok.text).toContain(line)
    const withoutQuote = bank.filter((q) => !q.factIds.includes('quote.term-socialism-in-one-country'))
    const broken = formatCoverageReport(knowledge, withoutQuote)
    expect(broken.ok).toBe(false)
    expect(broken.text).toContain('MISSING: quote.term-socialism-in-one-country')
  })

  it('counts a place or organisation a question names, and fails when none does', () => {
    // The State Department appears only in Miller's title, so only questions showing its name cover it.
    const naming = bank.filter((q) => shownText(q).includes('State Department'))
    expect(naming.length).toBeGreaterThan(0)
    const without = bank.filter((q) => !naming.includes(q))
    expect(computeCoverage(knowledge, without).entities.organisation.missing).toEqual(['org.us-state-department'])
    const report = formatCoverageReport(knowledge, without)
    expect(report.ok).toBe(false)
    expect(report.text).toMatch(/organisations {3}6 \/ 7 {2}MISSING: org\.us-state-department/)
    expect(report.text).toContain('organisations not covered: org.us-state-department')
  })
})
