import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import rawKnowledge from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { article } from '../../src/content/bundledArticle'
import type { KnowledgeBase } from '../../src/domain/knowledge'
import {
  findQuotationSpans,
  statementMatchesEvidence,
  validateKnowledge,
  wholeWordIndices,
} from '../../src/content/validate'

const paragraphs = article.paragraphs

/** A fresh, mutable copy of the real data to break on purpose. */
function copy(): KnowledgeBase {
  return structuredClone(rawKnowledge) as KnowledgeBase
}

function errorsOf(data: unknown, paras: readonly string[] = paragraphs): string[] {
  const result = validateKnowledge(data, paras)
  return result.ok ? [] : result.errors
}

function indexOf<T extends { id: string }>(list: T[], id: string): number {
  const i = list.findIndex((item) => item.id === id)
  if (i === -1) throw new Error(`no ${id}`)
  return i
}

describe('validateKnowledge', () => {
  it('accepts the real data', () => {
    expect(errorsOf(rawKnowledge)).toEqual([])
  })

  it('rejects input that is not a knowledge base', () => {
    expect(errorsOf(null)).toEqual(['(root): expected a knowledge base object, got null'])
    expect(errorsOf('knowledge')).toEqual(['(root): expected a knowledge base object, got string'])
    expect(errorsOf([])).toEqual(['(root): expected a knowledge base object, got an array'])
    expect(errorsOf({ schemaVersion: 1 }).some((e) => e.startsWith('articleId:'))).toBe(true)
  })

  it('names the item and field of a schema error', () => {
    const kb = copy()
    const i = indexOf(kb.facts, 'fact.fled-28000')
    ;(kb.facts[i] as { certainty: string }).certainty = 'fact'
    expect(errorsOf(kb)).toEqual([expect.stringMatching(new RegExp(`^facts\\[${i}\\]`))])
    expect(errorsOf(kb)[0]).toMatch(/certainty|kind|Invalid/)
  })

  it('rejects a certainty that is not one of the seven', () => {
    const kb = copy()
    const i = indexOf(kb.positions, 'pos.author.nato-precludes-peace')
    ;(kb.positions[i] as { certainty: string }).certainty = 'opinion'
    expect(errorsOf(kb)).toEqual([expect.stringContaining(`positions[${i}].certainty`)])
  })

  it('rejects unknown fields, so a typo cannot hide', () => {
    const kb = copy()
    Object.assign(kb.quotes[0]!, { speakr: 'person.nairy' })
    expect(errorsOf(kb)).toEqual([expect.stringContaining('quotes[0].speakr')])
  })

  it('reports wrong offsets with what it found and where the text really is', () => {
    const kb = copy()
    const i = indexOf(kb.facts, 'fact.fuel-depot-explosion')
    const span = kb.facts[i]!.evidence[0]!
    span.start += 3
    span.end += 3
    const errors = errorsOf(kb)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`facts[${i}].evidence[0]: text not found in paragraph 4 at ${span.start}–${span.end} (found “`)
    expect(errors[0]).toContain(`did you mean start ${span.start - 3}?`)
  })

  it('says which paragraph holds evidence filed under the wrong one', () => {
    const kb = copy()
    const i = indexOf(kb.positions, 'pos.azeri-officials.deny-attacking-civilians')
    kb.positions[i]!.evidence[0]!.paragraph = 4
    kb.positions[i]!.paragraph = 4
    expect(errorsOf(kb)).toContainEqual(expect.stringMatching(/evidence\[0\]: text not found in paragraph 4 .*the text is in paragraph 5 at 0/))
  })

  it('reports evidence whose text is not in the article at all', () => {
    const kb = copy()
    const quote = kb.quotes[0]!
    quote.attribution[0]!.text = 'Grigoryan whispered'
    expect(errorsOf(kb)).toContainEqual(expect.stringMatching(/^quotes\[0\]\.attribution\[0\]: .*does not occur in the article/))
  })

  it('reports unknown references by item and field', () => {
    const kb = copy()
    const q = indexOf(kb.quotes, 'quote.miller-not-security-partner')
    kb.quotes[q]!.speaker = 'person.x'
    kb.quotes[q]!.holder = 'person.x'
    const f = indexOf(kb.facts, 'fact.fled-28000')
    kb.facts[f]!.topics = ['nowhere']
    const p = indexOf(kb.positions, 'pos.miller.international-mission')
    kb.positions[p]!.quotes = ['quote.missing']
    const errors = errorsOf(kb)
    expect(errors).toContain(`quotes[${q}].speaker: unknown entity 'person.x'`)
    expect(errors).toContain(`quotes[${q}].holder: unknown entity 'person.x'`)
    expect(errors).toContain(`facts[${f}].topics[0]: unknown topic 'nowhere'`)
    expect(errors).toContain(`positions[${p}].quotes[0]: unknown quote 'quote.missing'`)
  })

  it('rejects duplicate ids, across collections too', () => {
    const kb = copy()
    kb.facts[1]!.id = kb.facts[0]!.id
    expect(errorsOf(kb)).toContainEqual(expect.stringMatching(/^facts\[1\]\.id: duplicate id 'fact\.fled-28000' \(also facts\[0\]\)/))
    const kb2 = copy()
    kb2.entities.push({ ...kb2.entities[1]!, id: 'place.kochogot' })
    expect(errorsOf(kb2)).toContainEqual(expect.stringContaining("duplicate id 'place.kochogot'"))
  })

  it('reports a paragraph left without annotations', () => {
    const kb = copy()
    kb.positions = kb.positions.filter((p) => p.paragraph !== 19)
    kb.quotes = kb.quotes.filter((q) => q.paragraph !== 19)
    const errors = errorsOf(kb)
    expect(errors).toContain('paragraph 19 has no annotations')
    expect(errors).toContainEqual(expect.stringMatching(/^quote “inflict strategic damage on Russia” in paragraph 19 at 85 is not annotated$/))
  })

  it('reports a “…” span with no quote item', () => {
    const kb = copy()
    const i = indexOf(kb.quotes, 'quote.term-iron-fist')
    kb.quotes.splice(i, 1)
    kb.positions.forEach((p) => {
      if (p.quotes) p.quotes = p.quotes.filter((id) => id !== 'quote.term-iron-fist')
    })
    expect(errorsOf(kb)).toEqual(['quote “iron fist” in paragraph 13 at 162 is not annotated'])
  })

  it('reports a quote that does not sit on its quotation marks, or sits on one twice', () => {
    const kb = copy()
    const i = indexOf(kb.quotes, 'quote.grigoryan-nowhere-to-bury')
    const words = kb.quotes[i]!.evidence[0]!
    words.start += 10
    words.text = paragraphs[4]!.slice(words.start, words.end)
    kb.quotes[i]!.text = words.text
    kb.quotes[i]!.keyTerms = []
    const errors = errorsOf(kb)
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^quotes\\[${i}\\]\\.evidence\\[0\\]: must be the words of a “…” span`)))
    expect(errors).toContainEqual(expect.stringMatching(/^quote “There was nowhere to bury them,” in paragraph 5 at 344 is not annotated$/))

    const kb2 = copy()
    kb2.quotes.push({ ...structuredClone(kb2.quotes[0]!), id: 'quote.again' })
    expect(errorsOf(kb2)).toContainEqual(expect.stringMatching(/^quote “truckloads” in paragraph 5 at 305 is annotated more than once \(quotes\[0\], quotes\[\d+\]\)$/))
  })

  it('keeps the holder in step with the certainty', () => {
    const kb = copy()
    const a = indexOf(kb.positions, 'pos.author.power-rhetoric-cynical')
    kb.positions[a]!.holder = 'person.anatoly-antonov'
    const f = indexOf(kb.facts, 'fact.five-killed')
    delete kb.facts[f]!.holder
    const r = indexOf(kb.facts, 'fact.fled-28000')
    kb.facts[r]!.holder = 'author'
    const errors = errorsOf(kb)
    expect(errors).toContain(`positions[${a}].holder: an author_position must be held by 'author' (got 'person.anatoly-antonov')`)
    expect(errors).toContain(`facts[${f}].holder: a claim needs a holder`)
    expect(errors).toContain(`facts[${r}].certainty: an item held by the author must be author_position (got reported_fact)`)
  })

  it('insists that summaries attribute what they summarise', () => {
    const kb = copy()
    const a = indexOf(kb.positions, 'pos.author.nato-precludes-peace')
    kb.positions[a]!.summary = 'NATO’s war on Russia rules out peace.'
    const u = indexOf(kb.facts, 'fact.unconfirmed-bombarding-villages')
    kb.facts[u]!.summary = 'Azeri troops are bombarding villages.'
    const q = indexOf(kb.quotes, 'quote.miller-not-security-partner')
    kb.quotes[q]!.summary = 'Russia is not a security partner that can be relied on.'
    const errors = errorsOf(kb)
    expect(errors).toContain(`positions[${a}].summary: does not name its holder 'author' (start with “The author”)`)
    expect(errors).toContain(`facts[${u}].summary: an unconfirmed_report summary must say it is unconfirmed`)
    expect(errors).toContain(`quotes[${q}].summary: does not name its holder 'person.matthew-miller'`)
  })

  it('keeps quantities, key terms and statements verbatim', () => {
    const kb = copy()
    const f = indexOf(kb.facts, 'fact.fled-28000')
    const fact = kb.facts[f]!
    if (fact.kind !== 'quantity') throw new Error('expected a quantity')
    fact.quantity.display = '28000'
    fact.keyTerms = [{ text: 'dispute', kind: 'loaded' }]
    fact.statement = 'At least 28,000 Armenians fled Nagorno-Karabakh'
    const errors = errorsOf(kb)
    expect(errors).toContain(`facts[${f}].quantity.display: “28000” is not in the evidence`)
    expect(errors).toContain(`facts[${f}].keyTerms[0]: “dispute” does not occur as whole words in the item's evidence`)
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^facts\\[${f}\\]\\.statement: `)))
  })

  it('rejects a hedge dropped from an at-least number', () => {
    const kb = copy()
    const f = indexOf(kb.facts, 'fact.blast-killed-68')
    const fact = kb.facts[f]!
    if (fact.kind !== 'quantity') throw new Error('expected a quantity')
    delete fact.quantity.hedge
    expect(errorsOf(kb)).toContain(`facts[${f}].quantity: an at_least quantity needs a value and its hedge`)
  })

  it('rejects same-time events that disagree', () => {
    const kb = copy()
    const f = indexOf(kb.facts, 'fact.miller-remarks-monday')
    const fact = kb.facts[f]!
    if (fact.kind !== 'event' || !fact.event.time) throw new Error('expected a timed event')
    fact.event.time.order = { earliest: 95, latest: 95 }
    expect(errorsOf(kb)).toContainEqual(expect.stringContaining("has a different order interval"))
  })

  it('rejects a distractor who overlaps with the speaker', () => {
    const kb = copy()
    const q = indexOf(kb.quotes, 'quote.term-anti-terrorist-operation')
    kb.quotes[q]!.confusableWith = ['group.aliyev-regime', 'person.nikol-pashinyan', 'person.matthew-miller']
    expect(errorsOf(kb)).toContain(
      `quotes[${q}].confusableWith[0]: 'group.aliyev-regime' overlaps with the holder 'person.ilham-aliyev', so it is not a wrong answer`,
    )
  })

  it('catches a person named in the article but missing from the entities', () => {
    const kb = copy()
    kb.entities = kb.entities.filter((e) => e.id !== 'person.ivan-kovgan')
    kb.entities.forEach((e) => {
      if (e.overlapsWith) e.overlapsWith = e.overlapsWith.filter((id) => id !== 'person.ivan-kovgan')
    })
    kb.facts.forEach((f) => {
      if (f.about) f.about = f.about.filter((id) => id !== 'person.ivan-kovgan')
    })
    expect(errorsOf(kb)).toEqual([
      'paragraph 8 at 195: capitalised word “Ivan” is not part of any entity\'s name and not in capitalizedNonNames',
      'paragraph 8 at 200: capitalised word “Kovgan” is not part of any entity\'s name and not in capitalizedNonNames',
    ])
  })

  it('checks the knowledge base against the right article', () => {
    expect(errorsOf(rawKnowledge, paragraphs.slice(0, 21))).toContain(
      'paragraphCount: the knowledge base expects 22 paragraphs but the article has 21',
    )
  })

  it('catches any drift of any evidence span (property)', () => {
    const kb0 = copy()
    const targets = (['facts', 'quotes', 'positions'] as const).flatMap((collection) =>
      kb0[collection].flatMap((item, i) => item.evidence.map((_, j) => ({ collection, i, j }))),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        ({ collection, i, j }, delta) => {
          const kb = copy()
          const span = kb[collection][i]!.evidence[j]!
          const para = paragraphs[span.paragraph - 1]!
          fc.pre(para.slice(span.start + delta, span.end + delta) !== span.text)
          span.start += delta
          span.end += delta
          const path = `${collection}[${i}].evidence[${j}]`
          expect(errorsOf(kb).some((e) => e.startsWith(`${path}:`) || e.startsWith(`${path}.`))).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('helpers', () => {
  it('finds every “…” span, including one that fills a paragraph', () => {
    const spans = findQuotationSpans(paragraphs)
    expect(spans).toHaveLength(23)
    const csis = spans.find((s) => s.paragraph === 21)
    expect(csis).toMatchObject({ open: 0, close: paragraphs[20]!.length - 1 })
    expect(findQuotationSpans(['a “b” c “d']).map((s) => s.inner)).toEqual(['b', 'd'])
  })

  it('matches whole words only', () => {
    expect(wholeWordIndices('Russian Russia’s Russia', 'Russia')).toEqual([8, 17])
    expect(wholeWordIndices('pro-NATO NATO’s', 'NATO')).toEqual([4, 9])
    expect(wholeWordIndices('USAID US', 'US')).toEqual([6])
  })

  it('lets a statement drop a final period and elide with “ … ”, but never add a capital', () => {
    const evidence = ['the war is re-erupting again.']
    expect(statementMatchesEvidence('The war is re-erupting again.', evidence)).toBe(false)
    expect(statementMatchesEvidence('the war is re-erupting again', evidence)).toBe(true)
    expect(statementMatchesEvidence('the war … again.', evidence)).toBe(true)
    expect(statementMatchesEvidence('The war is erupting again.', evidence)).toBe(false)
    expect(statementMatchesEvidence('again … The war', evidence)).toBe(false)
  })
})
