// Reading a typed number the way a learner writes it, and showing one the way the article does.
//
// Accepted: digits in any script (fullwidth, Arabic-Indic, … via NFKC and the digit's place in its
// Unicode block), a leading "+" or "-" (also "−"), thousands grouped by ",", ".", "'" or a space
// (normal, no-break, narrow no-break, thin: NFKC makes them all " "), a decimal part, and trailing
// unit words ("28,000 people", "77 km", "12%", "28 thousand"). Not accepted: leading words,
// exponents ("1e5"), Infinity/NaN, anything over MAX_NUMBER_INPUT characters.
//
// Ambiguity: "." is a decimal point and "," a thousands separator, except that a group pattern
// d{1,3}(.ddd)+ that does not start with 0 is read as thousands ("28.000" = 28000, "0.125" = 0.125),
// and a single "," that cannot be a thousands group is a decimal comma ("2,5" = 2.5, "0,500" = 0.5;
// "1.234,5" = 1234.5). A reading that relied on either exception is flagged `ambiguous`, so the
// checker can say how it read the entry.
import { numberFormatter } from '../../content/decimal'

export const MAX_NUMBER_INPUT = 100

export type NumberFailure = 'empty' | 'too_long' | 'exponent' | 'not_a_number'

export type NumberReading =
  | { ok: true; value: number; unit: string; ambiguous: boolean }
  | { ok: false; reason: NumberFailure }

const SPLIT = /^([+-]?)(\d(?:[\d.,' ]*\d)?|[.,]\d+)(.*)$/
// lead group, separator, further groups, then an optional decimal part with the other separator
const GROUPED = /^([1-9]\d{0,2})([,. '])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?$/
const PLAIN = /^(\d*)(?:([.,])(\d+))?$/
const UNIT = /^[\p{L}%°$€£][\p{L}\p{M}\p{Pd}%°$€£.'/ ]*$/u
// NFKC turns "km²" into "km2"; a 2 or 3 right after a letter is that superscript, not a number.
const SQUARED = /(?<=\p{L})[23](?=$|[ /.])/gu
const EXPONENT = /^e[+-]?\d/i
const MULTIPLIERS = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
])

export function readNumber(input: string): NumberReading {
  if (input.length > MAX_NUMBER_INPUT) return { ok: false, reason: 'too_long' }
  const text = tidy(input)
  if (text === '') return { ok: false, reason: 'empty' }
  const match = SPLIT.exec(text)
  if (!match) return { ok: false, reason: 'not_a_number' }
  const [, sign = '', body = '', rest = ''] = match
  const unitText = rest.trim()
  if (EXPONENT.test(unitText)) return { ok: false, reason: 'exponent' }
  if (unitText !== '' && !UNIT.test(unitText.replace(SQUARED, ''))) return { ok: false, reason: 'not_a_number' }
  const digits = readDigits(body)
  if (!digits) return { ok: false, reason: 'not_a_number' }
  const { exponent, unit } = splitMultiplier(unitText)
  // Build a decimal string and let Number round once: 1.1 million is exactly 1100000.
  const value = Number(`${sign}${digits.canonical}e${exponent}`)
  if (!Number.isFinite(value)) return { ok: false, reason: 'not_a_number' }
  return { ok: true, value: value + 0, unit, ambiguous: digits.ambiguous } // + 0 turns -0 into 0
}

/** The number in `input`, or null when readNumber would refuse it. */
export function parseNumber(input: string): number | null {
  const reading = readNumber(input)
  return reading.ok ? reading.value : null
}

const display = numberFormatter(20)

/** "28,000", "2.5", "28,000 people", "12%". */
export function formatNumber(value: number, unit?: string): string {
  const number = display(value)
  if (!unit) return number
  return /^\p{L}/u.test(unit) ? `${number} ${unit}` : `${number}${unit}`
}

function tidy(input: string): string {
  return foldDigits(input.normalize('NFKC'))
    .replace(/\u2212/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!+]+$/, '') // "28,000." at the end of a sentence, "28,000+" for "at least"
}

function readDigits(body: string): { canonical: string; ambiguous: boolean } | null {
  const grouped = GROUPED.exec(body)
  if (grouped) {
    const [, lead = '', separator = '', groups = '', decimalMark, fraction] = grouped
    if (decimalMark === separator) return null
    return {
      canonical: `${lead}${groups.split(separator).join('')}.${fraction ?? '0'}`,
      ambiguous: separator === '.' || decimalMark === ',',
    }
  }
  const plain = PLAIN.exec(body)
  if (!plain) return null
  const [, whole = '', decimalMark, fraction] = plain
  return { canonical: `${whole || '0'}.${fraction ?? '0'}`, ambiguous: decimalMark === ',' }
}

function splitMultiplier(unitText: string): { exponent: number; unit: string } {
  const [first = '', ...others] = unitText.split(' ')
  const exponent = MULTIPLIERS.get(first.toLowerCase())
  return exponent === undefined ? { exponent: 0, unit: unitText } : { exponent, unit: others.join(' ') }
}

const DECIMAL_DIGIT = /\p{Nd}/u

/** Maps decimal digits of any script to ASCII; Unicode keeps each script's 0–9 contiguous. */
function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!
    if (code <= 0x39) return digit
    let zero = code
    while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--
    return String((code - zero) % 10)
  })
}
