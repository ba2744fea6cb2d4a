import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dropIndex, moved } from '../../src/support/dragOrder'

describe('dropping a dragged row', () => {
  const middles = [25, 75, 125, 175]

  it('lands where the pointer is among the other rows', () => {
    expect(dropIndex(middles, 0, 10)).toBe(0)
    expect(dropIndex(middles, 0, 80)).toBe(1)
    expect(dropIndex(middles, 0, 160)).toBe(2)
    expect(dropIndex(middles, 0, 500)).toBe(3)
    expect(dropIndex(middles, 3, 0)).toBe(0)
    expect(dropIndex(middles, 2, 100)).toBe(2)
    expect(dropIndex(middles, 2, 60)).toBe(1)
  })

  it('keeps the row in place while the pointer stays over it', () => {
    middles.forEach((middle, i) => expect(dropIndex(middles, i, middle)).toBe(i))
  })

  it('moves one item and keeps every other in its order', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (ids, a, b) => {
      const from = a % ids.length
      const to = b % ids.length
      const next = moved(ids, from, to)
      expect(next[to]).toBe(ids[from])
      expect(next.filter((id) => id !== ids[from])).toEqual(ids.filter((id) => id !== ids[from]))
    }))
  })
})
