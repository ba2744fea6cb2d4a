import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashString, sample, seededRandom, shuffled } from '../../src/questions/random'

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const seqA = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(seqA)
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA)
  })

  it('stays within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = seededRandom(seed)
        for (let i = 0; i < 20; i++) {
          const x = random()
          if (x < 0 || x >= 1) return false
        }
        return true
      }),
    )
  })
})

describe('shuffled and sample', () => {
  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = items.slice()
        const result = shuffled(items, seededRandom(seed))
        expect(items).toEqual(before)
        expect(result.slice().sort()).toEqual(items.slice().sort())
      }),
    )
  })

  it('samples distinct items, at most as many as there are', () => {
    const items = ['a', 'b', 'c', 'd']
    expect(sample(items, 2, seededRandom(1))).toHaveLength(2)
    expect(new Set(sample(items, 9, seededRandom(1))).size).toBe(4)
    expect(sample(items, -1, seededRandom(1))).toEqual([])
  })
})

describe('hashString', () => {
  it('is 32-bit FNV-1a (its published values) and spreads similar strings apart', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
    expect(hashString('q1')).not.toBe(hashString('q2'))
  })
})
