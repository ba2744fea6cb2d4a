import { describe, expect, it } from 'vitest'
import { ByteReader, ByteWriter } from '../../../../src/lib/bytes'
import { loadQuestionBank } from '../../../../src/questions/bankNow'
import { markLayersKind } from '../../../../src/questions/types/mark_layers'
import { checkMarkLayers } from '../../../../src/questions/types/mark_layers/check'
import type { MarkLayersQuestion } from '../../../../src/questions/types/mark_layers/model'
import { knowledge } from '../../../../src/content/knowledge'
import { layerOf } from '../../../../src/content/layers'
import { wordsOf } from '../../../../src/questions/types/shared/words'

const bank = loadQuestionBank().questions
const questions = bank.filter((q): q is MarkLayersQuestion => q.type === 'mark_layers')
/** A position someone in the article holds that the article does not confirm: a denial or a claim. */
const actorsUnconfirmed = (i: (typeof knowledge.positions)[number] | (typeof knowledge.facts)[number] | (typeof knowledge.quotes)[number]) =>
  knowledge.positions.some((p) => p.id === i.id) && layerOf(i.certainty) === 'unconfirmed'
const paragraphCount = new Set([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].flatMap((i) => i.evidence.map((e) => e.paragraph))).size

describe('mark_layers questions', () => {
  it('one per paragraph, each with keys inside its passage, on the items of that paragraph', () => {
    expect(questions.map((q) => q.paragraph)).toEqual(Array.from({ length: paragraphCount }, (_, i) => i + 1))
    for (const q of questions) {
      const count = wordsOf(q.passage).length
      expect(q.answer.keys.some((key) => !key.optional), q.id).toBe(true)
      for (const key of q.answer.keys) {
        expect(key.first).toBeGreaterThanOrEqual(0)
        expect(key.last).toBeLessThan(count)
        expect(key.why.length).toBeGreaterThan(10)
      }
      const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].filter((i) => i.evidence.some((e) => e.paragraph === q.paragraph))
      expect([...q.factIds].sort()).toEqual(items.map((i) => i.id).sort())
    }
  })

  it('every paragraph whose items have two layers or more gets an exercise holding both', () => {
    for (const q of questions) {
      const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].filter((i) => i.evidence.some((e) => e.paragraph === q.paragraph))
      const layers = new Set(items.map((i) => layerOf(i.certainty)))
      if (items.some(actorsUnconfirmed)) layers.add('actor')
      const keyed = new Set(q.answer.keys.flatMap((key) => key.layers))
      expect(keyed, q.id).toEqual(layers)
    }
  })

  it('the key scores 1; one layer over everything gets partial or no credit, with plain-words tallies', () => {
    for (const q of questions) {
      expect(checkMarkLayers(q, markLayersKind.rightResponse(q)).score, q.id).toBe(1)
    }
    const p2 = questions.find((q) => q.paragraph === 2)!
    const last = wordsOf(p2.passage).length - 1
    const allFacts = checkMarkLayers(p2, { kind: 'marks', marks: [{ first: 0, last, layer: 'reported' }] })
    expect(allFacts.correct).toBe(false)
    expect(allFacts.note).toContain('You found 0 of 3 of the author’s views.')
    expect(allFacts.note).toContain('One of your ‘facts’ is the author’s view.')
    expect(allFacts.parts?.some((part) => part.expected === "Author's position" && part.given === 'Reported fact')).toBe(true)
    expect(checkMarkLayers(p2, { kind: 'marks', marks: [] }).invalid).toBeTruthy()
  })

  it('explains a loaded word as the author’s', () => {
    const p11 = questions.find((q) => q.paragraph === 11)!
    expect(p11.answer.keys[0]!.why).toMatch(/^“debacle” is the author’s word/)
  })

  it('result codes round-trip marks as word offsets and layer indices', () => {
    for (const q of questions) {
      const response = markLayersKind.rightResponse(q)
      const writer = new ByteWriter()
      markLayersKind.writeResponse(writer, q, response)
      const read = markLayersKind.readCodedResponse(new ByteReader(writer.toBytes()), q)
      expect(read).toEqual(response)
    }
  })

  it('reads only well-formed marks', () => {
    expect(markLayersKind.readResponse({ kind: 'marks', marks: [{ first: 1, last: 2, layer: 'author' }] })).toEqual({ kind: 'marks', marks: [{ first: 1, last: 2, layer: 'author' }] })
    expect(markLayersKind.readResponse({ kind: 'marks', marks: [{ first: 2, last: 1, layer: 'author' }] })).toBeUndefined()
    expect(markLayersKind.readResponse({ kind: 'marks', marks: [{ first: 1, last: 2, layer: 'opinion' }] })).toBeUndefined()
    expect(markLayersKind.readResponse({ kind: 'words', first: 1, last: 2 })).toBeUndefined()
  })

  it('says what an author’s summary of someone’s words adds, where it keys it the author’s (paragraph 18: “echoed… too weak”)', () => {
    const q = questions.find((x) => x.id === 'mark_layers:paragraph-18')
    const words = wordsOf(q?.passage ?? '')
    const key = q?.answer.keys.find((k) => q.passage.slice(words[k.first]?.start, words[k.last]?.end).startsWith('echoed'))
    expect(key?.layers).toEqual(['author'])
    expect(key?.why).toContain('the author’s summary, not a quotation: “the war shows Russia is too weak to defend Armenia”')
  })
  it('an actor’s denial or unconfirmed claim takes either layer, and says so (paragraphs 5 and 8)', () => {
    for (const [paragraph, starts] of [[5, 'Azeri officials have denied'], [8, 'Azeri officials have stated']] as const) {
      const q = questions.find((x) => x.paragraph === paragraph)!
      const words = wordsOf(q.passage)
      const key = q.answer.keys.find((k) => q.passage.slice(words[k.first]?.start, words[k.last]?.end).startsWith(starts))
      expect(key?.layers, q.id).toEqual(['unconfirmed', 'actor'])
      expect(key?.why).toContain('Either of these layers is right here: Unconfirmed or denied; Actor\'s position.')
      const marked = (layer: 'unconfirmed' | 'actor' | 'reported') => {
        const right = markLayersKind.rightResponse(q)
        if (right.kind !== 'marks') throw new Error('marks expected')
        return checkMarkLayers(q, { kind: 'marks', marks: right.marks.map((m) => (m.first === key!.first && m.last === key!.last ? { ...m, layer } : m)) }).score
      }
      expect(marked('unconfirmed')).toBe(1)
      expect(marked('actor')).toBe(1)
      expect(marked('reported')).toBeLessThan(1)
    }
    // A witness's account is not a position: one layer.
    const p5 = questions.find((x) => x.paragraph === 5)!
    const w5 = wordsOf(p5.passage)
    const account = p5.answer.keys.find((k) => p5.passage.slice(w5[k.first]?.start, w5[k.last]?.end).startsWith('civilians fleeing'))
    expect(account?.layers).toEqual(['unconfirmed'])
  })
  it('explains every item a key holds: a shorter account of the same layer inside it is said too (paragraph 4: the villages and the capital)', () => {
    const q = questions.find((x) => x.paragraph === 4)!
    const words = wordsOf(q.passage)
    const key = q.answer.keys.find((k) => q.passage.slice(words[k.first]?.start, words[k.last]?.end).startsWith('unconfirmed reports'))
    expect(key?.why).toContain('bombarding villages')
    expect(key?.why).toContain('control part of the capital')
  })
  it('takes the think-tank’s quoted passage (paragraph 21) as its words or its position: marked as its position it is found', () => {
    const q = questions.find((x) => x.paragraph === 21)!
    const passage = q.answer.keys.find((k) => !k.optional)
    expect(passage?.layers).toEqual(['quote', 'actor'])
    const right = markLayersKind.rightResponse(q)
    if (right.kind !== 'marks') throw new Error('marks expected')
    const asPosition = checkMarkLayers(q, { kind: 'marks', marks: right.marks.map((m) => ({ ...m, layer: 'actor' as const })) })
    expect(asPosition.score).toBe(1)
  })
  it('says what each key holds and no more: a split item’s lead-in does not carry its other clause’s summary (paragraph 9)', () => {
    const q = questions.find((x) => x.paragraph === 9)!
    const words = wordsOf(q.passage)
    const first = q.answer.keys.find((k) => q.passage.slice(words[k.first]?.start, words[k.last]?.end).startsWith('It is the poisoned product'))
    expect(first?.why).not.toContain('Middle East')
    expect(q.explanation).toContain('words the article puts in quotation marks')
  })
  it('keys Antonov’s reply from “replied”: marking only his reply as his position is found (paragraph 19)', () => {
    const q = questions.find((x) => x.paragraph === 19)!
    const words = wordsOf(q.passage)
    const required = q.answer.keys.filter((k) => !k.optional)
    expect(required.map((k) => q.passage.slice(words[k.first]?.start, words[k.last]?.end))).toEqual([expect.stringMatching(/^replied by accusing Miller/)])
  })
})
