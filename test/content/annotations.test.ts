import { describe, expect, it } from 'vitest'
import {
  annotationsByParagraph,
  certaintyInWords,
  coverSegments,
  holderInWords,
  itemLink,
  layerOf,
  LAYERS,
  type Annotation,
} from '../../src/content/annotations'
import { bundledPack } from '../../src/content/bundledArticle'
import { CERTAINTIES } from '../../src/domain/knowledge'

const { knowledge, entitiesById, itemsById } = bundledPack

const span = (itemId: string, start: number, end: number): Annotation => ({ itemId, layer: 'reported', start, end })
const pieces = (segments: ReturnType<typeof coverSegments>) => segments.map((s) => [s.text, s.itemIds])

describe('coverSegments', () => {
  const text = 'abcdefghij'

  it('returns the whole text as one plain segment when nothing is annotated', () => {
    expect(pieces(coverSegments(text, []))).toEqual([['abcdefghij', []]])
    expect(coverSegments('', [])).toEqual([])
  })

  it('cuts out one span with the item covering it', () => {
    expect(pieces(coverSegments(text, [span('a', 2, 5)]))).toEqual([
      ['ab', []],
      ['cde', ['a']],
      ['fghij', []],
    ])
  })

  it('splits partly overlapping spans into three covered pieces, outer item first', () => {
    const segments = coverSegments(text, [span('b', 4, 8), span('a', 1, 6)])
    expect(pieces(segments)).toEqual([
      ['a', []],
      ['bcd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['b']],
      ['ij', []],
    ])
    expect(segments.map((s) => s.startingIds)).toEqual([[], ['a'], ['b'], [], []])
  })

  it('nests a span inside another: the inner item is last', () => {
    expect(pieces(coverSegments(text, [span('inner', 3, 5), span('outer', 0, 10)]))).toEqual([
      ['abc', ['outer']],
      ['de', ['outer', 'inner']],
      ['fghij', ['outer']],
    ])
  })

  it('keeps adjacent spans apart, and identical spans together', () => {
    expect(pieces(coverSegments(text, [span('a', 0, 3), span('b', 3, 6)]))).toEqual([
      ['abc', ['a']],
      ['def', ['b']],
      ['ghij', []],
    ])
    expect(pieces(coverSegments(text, [span('a', 2, 4), span('b', 2, 4)]))).toEqual([
      ['ab', []],
      ['cd', ['a', 'b']],
      ['efghij', []],
    ])
  })

  it('marks an item starting only once when its two spans touch', () => {
    const segments = coverSegments(text, [span('a', 0, 3), span('a', 3, 6)])
    expect(pieces(segments)).toEqual([
      ['abc', ['a']],
      ['def', ['a']],
      ['ghij', []],
    ])
    expect(segments.map((s) => s.startingIds)).toEqual([['a'], [], []])
  })

  it('cuts at extra breaks without changing what covers each piece', () => {
    expect(pieces(coverSegments(text, [span('a', 2, 8)], [5, 9]))).toEqual([
      ['ab', []],
      ['cde', ['a']],
      ['fgh', ['a']],
      ['i', []],
      ['j', []],
    ])
  })

  it('clamps spans out of bounds and ignores empty ones', () => {
    expect(pieces(coverSegments(text, [span('a', -3, 2), span('b', 8, 50), span('c', 5, 5)]))).toEqual([
      ['ab', ['a']],
      ['cdefgh', []],
      ['ij', ['b']],
    ])
  })

  it('always joins back into the paragraph, for every paragraph of the article', () => {
    const byParagraph = annotationsByParagraph(knowledge)
    bundledPack.paragraphs.forEach((paragraph, index) => {
      const segments = coverSegments(paragraph, byParagraph.get(index + 1) ?? [])
      expect(segments.map((s) => s.text).join('')).toBe(paragraph)
    })
  })
})

describe('layers and words', () => {
  it('puts every certainty in one of the five layers', () => {
    for (const certainty of CERTAINTIES) expect(LAYERS).toContain(layerOf(certainty))
    expect(layerOf('reported_fact')).toBe('reported')
    expect(layerOf('attributed_quote')).toBe('quote')
    expect(layerOf('claim')).toBe('unconfirmed')
    expect(layerOf('denial')).toBe('unconfirmed')
    expect(layerOf('unconfirmed_report')).toBe('unconfirmed')
    expect(layerOf('actor_position')).toBe('actor')
    expect(layerOf('author_position')).toBe('author')
  })

  it('annotates every item of the knowledge base in its paragraph', () => {
    const annotated = new Set([...annotationsByParagraph(knowledge).values()].flat().map((a) => a.itemId))
    expect(annotated.size).toBe(itemsById.size)
  })

  it('names who holds an item, never leaving a position without its holder', () => {
    for (const item of itemsById.values()) {
      expect(holderInWords(item, entitiesById)).not.toBe('')
      if (item.certainty === 'author_position') expect(holderInWords(item, entitiesById)).toBe('The author')
      if ('holder' in item && item.holder && item.holder !== 'author') expect(holderInWords(item, entitiesById)).toBe(entitiesById.get(item.holder)?.name)
      expect(certaintyInWords(item)).toMatch(/\.$/)
    }
  })

  it('names the article as the voice of an unsourced reported fact', () => {
    const fact = knowledge.facts.find((f) => f.certainty === 'reported_fact' && !f.holder && !f.source)
    expect(fact && holderInWords(fact, entitiesById)).toBe('The article, in its own voice')
  })

  it('links to one item with its paragraph as the hash', () => {
    expect(itemLink({ id: 'fact.x', paragraph: 7 })).toEqual({ path: '/article', query: { item: 'fact.x' }, hash: '#p7' })
  })
})
