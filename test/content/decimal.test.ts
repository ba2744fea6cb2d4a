import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { numberFormatter } from '../../src/content/decimal'

// Node's V8 formats with the same ICU rules as Chromium's: the reference here, not in the app.
const intl = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })

describe('numberFormatter', () => {
  it('writes the article’s numbers as en-US does', () => {
    const format = numberFormatter(3)
    expect(['28,000', '120,000', '1,991', '5', '-1,234', '0']).toEqual([28000, 120000, 1991, 5, -1234, 0].map(format))
    expect(format(2.5)).toBe('2.5')
    expect(format(1.0005)).toBe('1.001')
    // The one difference from Intl ("-0"): a learner who types -0 means 0.
    expect(format(-0)).toBe('0')
  })

  it('agrees with Intl.NumberFormat on any other number, whole or not', () => {
    const formats = [0, 3, 20].map((digits) => ({ ours: numberFormatter(digits), theirs: intl(digits) }))
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer(), fc.double(), fc.constantFrom(2 ** 53, -(2 ** 53), 1e21, NaN, Infinity)).filter((value) => !Object.is(value, -0)), (value) => {
        for (const { ours, theirs } of formats) expect(ours(value)).toBe(theirs.format(value))
      }),
      { numRuns: 20_000 },
    )
  })
})
