import { describe, expect, it } from 'vitest'
import knowledgeData from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { article } from '../../src/content/bundledArticle'
import { packKnowledge, unpackKnowledge } from '../../src/content/knowledgeCodec'
import type { KnowledgeBase } from '../../src/domain/knowledge'
import { BANK_SEED, buildQuestionBank } from '../../src/questions/bank'

const paragraphs = article.paragraphs
/** What the build ships: packed, then through JSON as the bundle holds it. */
const shipped = (data: unknown) => JSON.parse(JSON.stringify(packKnowledge(data, paragraphs))) as unknown

type Row = Record<string, unknown>
/** The items of one shipped list, read back from its table without unpacking their values. */
function shippedItems(packed: unknown, collection: string): Row[] {
  const table = (packed as Record<string, { keys: string[]; rows: (unknown[] | Row)[] }>)[collection]
  if (!table) return []
  return table.rows.map((row) =>
    Array.isArray(row) ? Object.fromEntries(row.flatMap((value, i) => (value === null ? [] : [[table.keys[i], value]]))) : row,
  )
}

const spansWithText = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + spansWithText(item), 0)
    : value !== null && typeof value === 'object'
      ? ('start' in value && 'text' in value ? 1 : 0) + Object.values(value).reduce((sum: number, child) => sum + spansWithText(child), 0)
      : 0

describe('the shipped knowledge base', () => {
  it('unpacks to exactly its source: the same keys in the same order, the same words', () => {
    expect(JSON.stringify(unpackKnowledge(shipped(knowledgeData), paragraphs))).toBe(JSON.stringify(knowledgeData))
  })

  it('gives the same question bank as the source', () => {
    const unpacked = unpackKnowledge(shipped(knowledgeData), paragraphs) as KnowledgeBase
    const source = knowledgeData as unknown as KnowledgeBase
    expect(JSON.stringify(buildQuestionBank({ knowledge: unpacked, paragraphs: article.paragraphs }, { seed: BANK_SEED }))).toBe(JSON.stringify(buildQuestionBank({ knowledge: source, paragraphs: article.paragraphs }, { seed: BANK_SEED })))
  })

  it('ships offsets instead of the article’s words, numbers instead of ids and tables instead of objects', () => {
    const packed = shipped(knowledgeData)
    expect(spansWithText(knowledgeData)).toBeGreaterThan(150)
    expect(spansWithText(packed)).toBe(0)
    const quotes = shippedItems(packed, 'quotes')
    expect(quotes).toHaveLength(knowledgeData.quotes.length)
    const quote = quotes.find((q) => q.id === 'quote.grigoryan-truckloads')
    expect(quote?.holder).toBeTypeOf('number')
    expect(quote?.evidence).toEqual([[5, 306, 316]])
    // Long quotes are offsets too; short ones stay words.
    expect(quotes.some((q) => Array.isArray(q.text))).toBe(true)
    expect(quote?.text).toBe('truckloads')
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(knowledgeData).length * 0.7)
  })

  it('keeps each item’s own key order, even where the items disagree on it', () => {
    const data = { facts: [{ id: 'fact.a', note: 'x', summary: 'y' }, { id: 'fact.b', summary: 'z', note: 'w' }, { id: 'fact.c' }] }
    expect(JSON.stringify(unpackKnowledge(shipped(data), paragraphs))).toBe(JSON.stringify(data))
  })

  it('leaves a knowledge base as written unchanged, so the tests and the dev server can read the source', () => {
    expect(unpackKnowledge(structuredClone(knowledgeData), paragraphs)).toEqual(knowledgeData)
  })

  it('keeps a span whose text is not the article’s, so a mistake cannot be papered over', () => {
    const data = { facts: [{ id: 'fact.a', evidence: [{ paragraph: 1, start: 0, end: 8, text: 'Not this' }] }] }
    expect(shippedItems(shipped(data), 'facts')[0]?.evidence).toEqual([{ paragraph: 1, start: 0, end: 8, text: 'Not this' }])
    expect(unpackKnowledge(shipped(data), paragraphs)).toEqual(data)
  })

  it('numbers only ids the knowledge base defines', () => {
    const data = { entities: [{ id: 'person.a' }], facts: [{ id: 'fact.b', holder: 'person.a', about: ['person.a', 'person.unknown'] }] }
    expect(shippedItems(shipped(data), 'facts')).toEqual([{ id: 'fact.b', holder: 0, about: [0, 'person.unknown'] }])
    expect(unpackKnowledge(shipped(data), paragraphs)).toEqual(data)
  })
})
