// mark_layers scoring as properties: marks equal to the key score 1; offsets never leave the
// paragraph; precision and recall trade places when marks and keys do; more right marks never lower recall.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LAYERS, type Layer } from '../../../../src/content/layers'
import type { LayerKey, LayerMark } from '../../../../src/questions/types/mark_layers/model'
import { clampMark, keyMarks, scoreMarks } from '../../../../src/questions/types/mark_layers/score'

const layer = fc.constantFrom(...LAYERS)
const run = (words: number) =>
  fc.tuple(fc.nat(words - 1), fc.nat(words - 1)).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }))
const keysOf = (words: number) =>
  fc.array(fc.record({ span: run(words), layers: fc.uniqueArray(layer, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 8 }).map((list) =>
    list.map(({ span, layers }): LayerKey => ({ ...span, layers, why: '' })),
  )
const marksOf = (words: number) => fc.array(fc.record({ span: run(words), layer }), { maxLength: 8 }).map((list) => list.map(({ span, layer: l }): LayerMark => ({ ...span, layer: l })))

describe('mark_layers scoring', () => {
  it('marks equal to the keys score 1, and so do the key marks (trimmed, never overlapping)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }).chain((n) => keysOf(n)), (keys) => {
        const same = keys.map((key): LayerMark => ({ first: key.first, last: key.last, layer: key.layers[0] as Layer }))
        expect(scoreMarks(keys, same).score).toBe(1)
        const trimmed = keyMarks(keys)
        expect(scoreMarks(keys, trimmed).score).toBe(1)
        for (let i = 1; i < trimmed.length; i++) expect(trimmed[i]!.first).toBeGreaterThan(trimmed[i - 1]!.last)
      }),
    )
  })

  it('a mark clamped to the passage never leaves it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer(), fc.integer(), layer, (count, first, last, l) => {
        const mark = clampMark({ first, last, layer: l }, count)
        if (count === 0) {
          expect(mark).toBeUndefined()
          return
        }
        expect(mark).toBeDefined()
        expect(mark!.first).toBeGreaterThanOrEqual(0)
        expect(mark!.last).toBeLessThan(count)
        expect(mark!.first).toBeLessThanOrEqual(mark!.last)
        expect(mark!.layer).toBe(l)
      }),
    )
  })

  it('precision and recall swap when marks and keys swap (one layer each, no overlaps within either)', () => {
    // Disjoint runs of one word each, so "a mark on a key" and "a key under a mark" are the same relation.
    const words = fc.uniqueArray(fc.nat(40), { minLength: 1, maxLength: 10 })
    fc.assert(
      fc.property(words, words, layer, layer, (a, b, la, lb) => {
        const keys = a.map((w): LayerKey => ({ first: w, last: w, layers: [la], why: '' }))
        const marks = b.map((w): LayerMark => ({ first: w, last: w, layer: lb }))
        const forward = scoreMarks(keys, marks)
        const back = scoreMarks(
          marks.map((m) => ({ first: m.first, last: m.last, layers: [m.layer], why: '' })),
          keys.map((k) => ({ first: k.first, last: k.last, layer: k.layers[0] as Layer })),
        )
        expect(back.precision).toBeCloseTo(forward.recall, 10)
        expect(back.recall).toBeCloseTo(forward.precision, 10)
        expect(back.score).toBeCloseTo(forward.score, 10)
      }),
    )
  })

  it('scores stay in 0..1 whatever the marks, and adding the key marks never lowers recall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }).chain((n) => fc.tuple(keysOf(n), marksOf(n))), ([keys, marks]) => {
        const scored = scoreMarks(keys, marks)
        for (const value of [scored.score, scored.precision, scored.recall]) {
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(1)
        }
        expect(scoreMarks(keys, [...marks, ...keyMarks(keys)]).recall).toBe(1)
      }),
    )
  })

  it('either layer is right where two items share words, and a nested key of another layer is optional', () => {
    const keys: LayerKey[] = [
      { first: 0, last: 9, layers: ['unconfirmed'], why: 'account' },
      { first: 4, last: 4, layers: ['quote'], optional: true, why: 'quoted word' },
      { first: 10, last: 14, layers: ['quote', 'actor'], why: 'voiced' },
    ]
    expect(scoreMarks(keys, [{ first: 0, last: 9, layer: 'unconfirmed' }, { first: 10, last: 14, layer: 'actor' }]).score).toBe(1)
    const split = scoreMarks(keys, [
      { first: 0, last: 3, layer: 'unconfirmed' },
      { first: 4, last: 4, layer: 'quote' },
      { first: 5, last: 9, layer: 'unconfirmed' },
      { first: 10, last: 14, layer: 'quote' },
    ])
    expect(split.score).toBe(1)
    const wrong = scoreMarks(keys, [{ first: 0, last: 9, layer: 'author' }])
    expect(wrong.score).toBe(0)
    expect(wrong.keys.map((k) => k.verdict)).toEqual(['mislabelled', 'missed'])
    expect(wrong.keys[0]!.given).toBe('author')
  })
})
