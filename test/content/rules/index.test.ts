import { describe, expect, it } from 'vitest'
import { RULES, runRules, type ContentRule } from '../../../src/content/rules/index'
import * as coverage from '../../../src/content/rules/coverage'
import * as entities from '../../../src/content/rules/entities'
import * as facts from '../../../src/content/rules/facts'
import * as items from '../../../src/content/rules/items'
import * as quotes from '../../../src/content/rules/quotes'
import * as reading from '../../../src/content/rules/reading'
import * as references from '../../../src/content/rules/references'
import * as sources from '../../../src/content/rules/sources'
import * as spans from '../../../src/content/rules/spans'
import * as structure from '../../../src/content/rules/structure'
import { formatProblem, SCHEMA_RULE_ID, validateKnowledge } from '../../../src/content/validate'
import { miniPack } from './miniPack'

const isRule = (value: unknown): value is ContentRule =>
  typeof value === 'object' && value !== null && 'id' in value && 'check' in value && typeof value.check === 'function'

describe('the rule registry', () => {
  it('lists every rule defined in the rule families, once', () => {
    const defined = [coverage, entities, facts, items, quotes, reading, references, sources, spans, structure].flatMap((family) => Object.values(family).filter(isRule))
    expect(defined.length).toBeGreaterThanOrEqual(30)
    expect(new Set(RULES)).toEqual(new Set(defined))
    expect(RULES).toHaveLength(defined.length)
  })

  it('gives each rule a unique kebab-case id and a description', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain(SCHEMA_RULE_ID)
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)+$/)
      expect(rule.description.length, rule.id).toBeGreaterThan(20)
    }
  })

  it('passes the small hand-made pack under every rule', () => {
    const { knowledge, paragraphs } = miniPack()
    expect(runRules({ knowledge, paragraphs })).toEqual([])
    expect(validateKnowledge(knowledge, paragraphs)).toEqual({ ok: true, knowledge })
  })

  it('runs the rules given, in their order, each problem with its rule id', () => {
    const pack = miniPack()
    pack.paragraphs.push('A fourth paragraph.')
    expect(runRules(pack, [structure.idsAreUnique, structure.paragraphCountMatches, coverage.everyParagraphAnnotated])).toEqual([
      { rule: 'paragraph-count-matches', message: 'paragraphCount: the knowledge base expects 3 paragraphs but the article has 4' },
      { rule: 'every-paragraph-annotated', message: 'paragraph 4 has no annotations' },
    ])
  })
})

describe('validateKnowledge', () => {
  it('reports every problem of every rule, with its rule id and as a message', () => {
    const { knowledge, paragraphs } = miniPack()
    knowledge.positions[1]!.holder = 'person.anna-petrosyan'
    knowledge.quotes[0]!.text = 'We shall go back'
    const result = validateKnowledge(knowledge, paragraphs)
    if (result.ok) throw new Error('expected problems')
    expect(result.problems).toEqual([
      { rule: 'entity-paragraphs-are-justified', message: "entities[0].paragraphs[0]: 'author' is neither named in paragraph 3 nor the subject of an item there" },
      { rule: 'holder-matches-certainty', message: "positions[1].holder: an author_position must be held by 'author' (got 'person.anna-petrosyan')" },
      { rule: 'summary-attributes-item', message: "positions[1].summary: does not name its holder 'person.anna-petrosyan'" },
      { rule: 'quote-text-is-its-words', message: 'quotes[0].text: must equal evidence[0].text, the quoted words' },
    ])
    expect(result.errors).toEqual(result.problems.map((p) => p.message))
    expect(result.problems.map(formatProblem)[1]).toBe(
      "[holder-matches-certainty] positions[1].holder: an author_position must be held by 'author' (got 'person.anna-petrosyan')",
    )
  })

  it('files schema errors under matches-schema and runs no rule on data the schema rejects', () => {
    const { knowledge, paragraphs } = miniPack()
    ;(knowledge.facts[0] as { certainty: string }).certainty = 'fact'
    knowledge.paragraphCount = 9
    const result = validateKnowledge(knowledge, paragraphs)
    if (result.ok) throw new Error('expected problems')
    expect(result.problems).toEqual([{ rule: SCHEMA_RULE_ID, message: expect.stringMatching(/^facts\[0\]/) }])
    expect(validateKnowledge([], paragraphs)).toMatchObject({ problems: [{ rule: SCHEMA_RULE_ID, message: '(root): expected a knowledge base object, got an array' }] })
  })
})
