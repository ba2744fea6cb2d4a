import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber, MAX_NUMBER_INPUT, parseNumber, readNumber } from '../../../src/questions/check/numbers'

describe('parseNumber', () => {
  it.each([
    ['28,000'],
    ['28000'],
    ['28 000'],
    ['28\u00a0000'], // no-break space
    ['28\u202f000'], // narrow no-break space
    ['28\u2009000'], // thin space
    ["28'000"],
    ['28.000'],
    ['  28,000  '],
    ['+28,000'],
    ['２８，０００'], // fullwidth digits and comma
    ['٢٨٠٠٠'], // Arabic-Indic digits
    ['28,000 people'],
    ['28000people'],
    ['28 thousand'],
    ['28 thousand people'],
    ['28,000.'],
    ['28,000+'],
  ])('reads %j as 28000', (text) => {
    expect(parseNumber(text)).toBe(28000)
  })

  it('reads decimals with a point, and a lone comma not followed by three digits as a decimal comma', () => {
    expect(parseNumber('2.5')).toBe(2.5)
    expect(parseNumber('.5')).toBe(0.5)
    expect(parseNumber('2,5')).toBe(2.5)
    expect(parseNumber('0.125')).toBe(0.125)
    expect(parseNumber('0,500')).toBe(0.5)
    expect(parseNumber('1,234.5')).toBe(1234.5)
    expect(parseNumber('1.234,5')).toBe(1234.5)
    expect(parseNumber('1 234,5')).toBe(1234.5)
    expect(parseNumber('1.1 million')).toBe(1_100_000)
  })

  it('reads d{1,3}(.ddd)+ as thousands, and says the reading was ambiguous', () => {
    expect(readNumber('1.500')).toEqual({ ok: true, value: 1500, unit: '', ambiguous: true })
    expect(readNumber('1.000.000')).toMatchObject({ value: 1_000_000, ambiguous: true })
    expect(readNumber('1,500')).toMatchObject({ value: 1500, ambiguous: false })
    expect(readNumber('2,5')).toMatchObject({ value: 2.5, ambiguous: true })
  })

  it('reads signs, including the minus sign, and never returns -0', () => {
    expect(parseNumber('-12')).toBe(-12)
    expect(parseNumber('\u221212')).toBe(-12)
    expect(Object.is(parseNumber('-0'), 0)).toBe(true)
  })

  it('keeps the unit words apart from the number', () => {
    expect(readNumber('77 km')).toMatchObject({ value: 77, unit: 'km' })
    expect(readNumber('12%')).toMatchObject({ value: 12, unit: '%' })
    expect(readNumber('4,400 km²')).toMatchObject({ value: 4400, unit: 'km2' })
    expect(readNumber('28 thousand people')).toMatchObject({ value: 28000, unit: 'people' })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u00a0', 'empty'],
    ['abc', 'not_a_number'],
    ['about 28,000', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['-Infinity', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['1e400', 'exponent'],
    ['2.8e4', 'exponent'],
    ['28,00,0', 'not_a_number'],
    ['1,000,00', 'not_a_number'],
    ['1.000.5', 'not_a_number'],
    ['28 000 people 2', 'not_a_number'],
    ['1 2', 'not_a_number'],
    ['28😀', 'not_a_number'],
    ['0x1F', 'not_a_number'],
    ['9'.repeat(MAX_NUMBER_INPUT + 1), 'too_long'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(readNumber(text)).toEqual({ ok: false, reason })
    expect(parseNumber(text)).toBeNull()
  })

  it('reads integers back whatever separator they were grouped with', () => {
    const separators = fc.constantFrom('', ',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'")
    fc.assert(
      fc.property(fc.maxSafeInteger(), separators, fc.boolean(), fc.boolean(), (n, separator, plus, fullwidth) => {
        let text = group(Math.abs(n), separator)
        if (n < 0) text = `-${text}`
        else if (plus) text = `+${text}`
        if (fullwidth) text = toFullwidth(text)
        expect(parseNumber(text)).toBe(n)
      }),
    )
  })

  it('never throws, and returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const value = parseNumber(text)
        expect(value === null || Number.isFinite(value)).toBe(true)
      }),
    )
  })
})

describe('formatNumber', () => {
  it('groups thousands with commas and puts a space before word units only', () => {
    expect(formatNumber(28000)).toBe('28,000')
    expect(formatNumber(28000, 'people')).toBe('28,000 people')
    expect(formatNumber(2.5, 'km')).toBe('2.5 km')
    expect(formatNumber(12, '%')).toBe('12%')
  })

  it('shows numbers in a form parseNumber reads back exactly', () => {
    const shown = fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((n) => n === 0 || Math.abs(n) >= 0.01) // 20 fraction digits shown
    fc.assert(
      fc.property(shown, (n) => {
        expect(parseNumber(formatNumber(n))).toBe(n + 0)
      }),
      { numRuns: 2000 },
    )
  })
})

/** Groups the digits of a non-negative integer in threes from the right. */
function group(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

function toFullwidth(text: string): string {
  return text.replace(/[0-9,.+-]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))
}
