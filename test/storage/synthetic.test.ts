import { describe, expect, it } from 'vitest'
import { AttemptSchema, check } from '../../src/storage/schema'
import { syntheticAttempts } from '../../src/storage/synthetic'

describe('syntheticAttempts', () => {
  it('gives the same valid history for the same seed, in time order', () => {
    const attempts = syntheticAttempts(500, 42)
    expect(syntheticAttempts(500, 42)).toEqual(attempts)
    expect(attempts).toHaveLength(500)
    for (const attempt of attempts) expect(check(AttemptSchema, attempt).ok).toBe(true)
    for (let i = 1; i < attempts.length; i++) {
      expect(attempts[i]?.answeredAt).toBeGreaterThan(attempts[i - 1]?.answeredAt ?? Infinity)
    }
  })

  it('gives disjoint ids for different seeds, so histories can be merged', () => {
    const a = new Set(syntheticAttempts(100, 1).map((attempt) => attempt.id))
    expect(syntheticAttempts(100, 2).some((attempt) => a.has(attempt.id))).toBe(false)
  })

  it('follows the options', () => {
    const attempts = syntheticAttempts(400, 3, { facts: 5, topics: 2, accuracy: 1, start: 0 })
    expect(new Set(attempts.flatMap((attempt) => attempt.factIds)).size).toBeLessThanOrEqual(5)
    expect(new Set(attempts.flatMap((attempt) => attempt.topics)).size).toBeLessThanOrEqual(2)
    expect(attempts.every((attempt) => attempt.correct)).toBe(true)
  })
})
