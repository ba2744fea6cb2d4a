import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { damerauLevenshtein, withinOneEdit } from '../../../src/questions/check/fuzzy'

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('', '')).toBe(0)
    expect(damerauLevenshtein('', 'abc')).toBe(3)
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3)
    expect(damerauLevenshtein('zangezur', 'zangzur')).toBe(1)
    expect(damerauLevenshtein('zangezur', 'zangeezur')).toBe(1)
  })

  it('counts a swap of neighbours as one edit', () => {
    expect(damerauLevenshtein('zangezur', 'zagnezur')).toBe(1)
    expect(damerauLevenshtein('ab', 'ba')).toBe(1)
    // Optimal string alignment: no substring is edited twice.
    expect(damerauLevenshtein('ca', 'abc')).toBe(3)
  })

  it('treats an emoji or an astral letter as one character', () => {
    expect(damerauLevenshtein('a😀b', 'a😃b')).toBe(1)
    expect(damerauLevenshtein('😀', '')).toBe(1)
  })

  it('is zero only for equal strings, symmetric, and bounded by the lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b)
        expect(d === 0).toBe(a === b)
        expect(damerauLevenshtein(b, a)).toBe(d)
        const [la, lb] = [Array.from(a).length, Array.from(b).length]
        expect(d).toBeGreaterThanOrEqual(Math.abs(la - lb))
        expect(d).toBeLessThanOrEqual(Math.max(la, lb))
      }),
    )
  })
})

describe('withinOneEdit', () => {
  it('accepts one edit of each kind and refuses two', () => {
    expect(withinOneEdit('aliyev', 'aliyev')).toBe(true)
    expect(withinOneEdit('aliyev', 'aliyv')).toBe(true)
    expect(withinOneEdit('aliyev', 'aliyeev')).toBe(true)
    expect(withinOneEdit('aliyev', 'aliyef')).toBe(true)
    expect(withinOneEdit('aliyev', 'ailyev')).toBe(true)
    expect(withinOneEdit('aliyev', 'ailyef')).toBe(false)
    expect(withinOneEdit('aliyev', 'alyv')).toBe(false)
    expect(withinOneEdit('abc', 'cba')).toBe(false)
  })

  it('agrees with damerauLevenshtein(a, b) <= 1', () => {
    const letters = fc.constantFrom('a', 'b', 'c', '😀')
    const word = fc.array(letters, { maxLength: 7 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(damerauLevenshtein(a, b) <= 1)
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the distance for a string and its single-edit mutations', () => {
    const mutation = fc.string({ minLength: 1, maxLength: 10 }).chain((s) =>
      fc.tuple(fc.constant(s), fc.nat({ max: Array.from(s).length - 1 }), fc.constantFrom('sub', 'del', 'ins', 'swap')),
    )
    fc.assert(
      fc.property(mutation, ([s, at, edit]) => {
        const chars = Array.from(s)
        if (edit === 'sub') chars[at] = chars[at] === 'x' ? 'y' : 'x'
        if (edit === 'del') chars.splice(at, 1)
        if (edit === 'ins') chars.splice(at, 0, 'q')
        if (edit === 'swap' && at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!]
        expect(withinOneEdit(s, chars.join(''))).toBe(true)
      }),
    )
  })
})
