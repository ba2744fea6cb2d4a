// The article's numbers: quantities with a value and the years of its events, where each is
// written, and wrong numbers that are plausible but never also true.
import type { EventFact, QuantityFact } from '../../content/schema'
import { perBuild } from './context'
import { formatNumber, wordIndices } from './text'

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

export interface ArticleNumber {
  fact: QuantityFact | EventFact
  value: number
  unit?: string
  /** The numeral as the article writes it ("28,000", "five", "1991"). */
  written: string
  /** Where `written` sits in the article. */
  paragraph: number
  at: number
  /** "At least": only larger numbers are wrong answers. */
  atLeast: boolean
  isYear: boolean
}

/** Where the article writes `value` inside the fact's evidence (digits, or a number word). */
function locate(
  fact: QuantityFact | EventFact,
  value: number,
  within: string,
): Omit<ArticleNumber, 'fact' | 'value' | 'atLeast' | 'isYear'> | undefined {
  for (const span of fact.evidence) {
    const from = span.text.indexOf(within)
    if (from === -1) continue
    for (const written of [formatNumber(value), NUMBER_WORDS[value] ?? '']) {
      const hit = written ? wordIndices(within, written, true)[0] : undefined
      if (hit === undefined) continue
      const at = span.start + from + hit
      return { written: span.text.slice(from + hit, from + hit + written.length), paragraph: span.paragraph, at }
    }
  }
  return undefined
}

/**
 * Every number the article gives with a value: quantities (and their other unit) and event years.
 * Found once per build: single choice, true/false and numeric questions all use them.
 */
export const articleNumbers = perBuild((context): readonly ArticleNumber[] => {
  const found: ArticleNumber[] = []
  for (const fact of context.knowledge.facts) {
    if (fact.kind === 'quantity' && fact.quantity.value !== undefined) {
      const q = fact.quantity
      const place = locate(fact, q.value as number, q.display)
      if (place) found.push({ fact, value: q.value as number, unit: q.unit, ...place, atLeast: q.precision === 'at_least', isYear: false })
    }
    if (fact.kind === 'event' && fact.event.time?.year !== undefined) {
      const year = fact.event.time.year
      const phrase = fact.event.time.phrases.find((p) => p.text.includes(String(year)))
      const at = phrase ? phrase.start + phrase.text.indexOf(String(year)) : -1
      if (phrase) found.push({ fact, value: year, written: String(year), paragraph: phrase.paragraph, at, atLeast: false, isYear: true })
    }
  }
  return found
})

/**
 * For a false statement: another number of the article, clearly different and of a sensible
 * size (within 5 times for the same unit, 3 times for another), larger than an "at least" one.
 */
export function swapValues(number: ArticleNumber, all: readonly ArticleNumber[]): number[] {
  const fitting = all.filter((n) => {
    if (n.isYear !== number.isYear || n.value === number.value) return false
    if (number.atLeast && n.value < number.value) return false
    if (number.isYear) return true
    const ratio = n.value / number.value
    const limit = n.unit === number.unit ? 5 : 3
    return Math.abs(ratio - 1) >= 0.1 && ratio <= limit && ratio >= 1 / limit
  })
  return [...new Set(fitting.map((n) => n.value))]
}
