import { describe, expect, it } from 'vitest'
import { flatMapped } from '../../../src/questions/generators/lists'

describe('flatMapped', () => {
  it('gives what Array.prototype.flatMap gives for callbacks that return arrays', () => {
    const items = [[1, 2], [], [3], [4, [5]]] as const
    const map = (item: readonly unknown[], i: number) => item.map((x) => [x, i])
    expect(flatMapped(items, map)).toEqual(items.flatMap(map))
    expect(flatMapped([], () => [1])).toEqual([])
  })
})
