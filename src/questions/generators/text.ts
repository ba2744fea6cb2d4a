// Small text helpers: quoting, trimming and the sentences of a paragraph.
import { numberFormatter } from '../../content/decimal'

/** `text` in quotation marks; quotation marks inside it become single ones (“the ‘Zanzegur corridor.’”). */
export function quoted(text: string): string {
  const inner = text.includes('“') || text.includes('”') ? text.replace(/“/g, '‘').replace(/”/g, '’') : text
  return `“${inner}”`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "According to the article, on Monday …" -> "On Monday …" (for list items that need no lead). */
export function withoutArticleLead(summary: string): string {
  return capitalise(summary.replace(/^According to the article, /, ''))
}

/** A verbatim start of `text`, cut at a word boundary and marked " …" when longer than `max`. */
export function excerpt(text: string, max = 200): string {
  if (text.length <= max) return text
  const cut = text.lastIndexOf(' ', max)
  return `${text.slice(0, cut > max / 2 ? cut : max).replace(/[,;:]$/, '')} …`
}

/** The first few words of a statement, for naming it in an explanation. */
export function shortRef(text: string, words = 6): string {
  const parts = text.split(/\s+/)
  return quoted(parts.length <= words ? text : `${parts.slice(0, words).join(' ')} …`)
}

/** Formats a number the way the article does ("28,000"). */
export const formatNumber = numberFormatter(3)

// A sentence ends at . ! or ? (maybe closing a quotation) before a space and a capital or “;
// "Washington D.C. declares" therefore stays one sentence. A quotation of several sentences
// stays whole too, unless that makes the sentence very long (paragraph 21 is one long quote).
const SENTENCE_END = /[.!?][”"]?(?=\s+[“"\p{Lu}])/gu
const MIN_CONTEXT = 70
const MAX_QUOTED_SENTENCE = 320

/** Where a paragraph's sentences end and start, with quotations kept whole or cut at any sentence end. */
export interface SentenceBounds {
  whole: Sentences
  cut: Sentences
}

interface Sentences {
  ends: readonly number[]
  /** 0, then where each sentence after an end starts (past the spaces). */
  starts: readonly number[]
}

/** One pass over the paragraph; callers that cut several sentences of it keep the result (see sentencesIn). */
export function sentenceBounds(paragraph: string): SentenceBounds {
  const whole: number[] = []
  const cut: number[] = []
  // The quotation depth is carried from one end to the next, not counted again from the start.
  let depth = 0
  let counted = 0
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length
    depth += quoteDepthAt(paragraph, end, counted)
    counted = end
    cut.push(end)
    if (depth === 0) whole.push(end)
  }
  return { whole: { ends: whole, starts: sentenceStarts(paragraph, whole) }, cut: { ends: cut, starts: sentenceStarts(paragraph, cut) } }
}

/**
 * Calls `visit` with each “ (opens) or ” of text[start, end), in order. It jumps from mark to mark
 * with indexOf rather than reading every character: the bank is built once, mostly before the
 * engine has optimised anything, where a native search is many times faster than a JS loop.
 */
export function eachQuoteMark(text: string, start: number, end: number, visit: (at: number, opens: boolean) => void): void {
  let open = text.indexOf('“', start)
  let close = text.indexOf('”', start)
  for (;;) {
    const opens = open !== -1 && (close === -1 || open < close)
    const at = opens ? open : close
    if (at === -1 || at >= end) return
    visit(at, opens)
    if (opens) open = text.indexOf('“', at + 1)
    else close = text.indexOf('”', at + 1)
  }
}

/** How many quotations are open at `at` (1 inside “…”), counting from `from` (0: the start). */
export function quoteDepthAt(text: string, at: number, from = 0): number {
  let depth = 0
  eachQuoteMark(text, from, at, (_, opens) => (depth += opens ? 1 : -1))
  return depth
}

/** Where the “ and ” of text[start, end) that have no partner inside it are. */
function unpairedQuoteMarks(text: string, start: number, end: number): number[] {
  const open: number[] = []
  const unpaired: number[] = []
  eachQuoteMark(text, start, end, (at, opens) => {
    if (opens) open.push(at)
    else if (open.pop() === undefined) unpaired.push(at)
  })
  return [...unpaired, ...open]
}

/**
 * [start, end) of `paragraph` narrowed past a quotation mark at either edge whose partner lies
 * outside: a sentence cut from a long quotation (paragraph 21) would otherwise show an opening “
 * with no closing ” or the reverse. The result is still a verbatim slice.
 */
export function withoutStrayEdgeQuotes(paragraph: string, start: number, end: number): { start: number; end: number } {
  const stray = unpairedQuoteMarks(paragraph, start, end)
  const strayAt = (i: number) => stray.includes(i)
  return { start: strayAt(start) ? start + 1 : start, end: end > start && strayAt(end - 1) ? end - 1 : end }
}

/** Start and end of the sentence of `paragraph` holding [from, to), widened to a neighbour when it is very short. */
export function sentenceAround(paragraph: string, from: number, to: number, bounds = sentenceBounds(paragraph)): { start: number; end: number } {
  const whole = sentenceWithin(paragraph, bounds.whole, from, to)
  return whole.end - whole.start <= MAX_QUOTED_SENTENCE ? whole : sentenceWithin(paragraph, bounds.cut, from, to)
}

/** The whole sentences (quotations kept whole) that hold [from, to), without widening short ones. */
export function wholeSentences(paragraph: string, from: number, to: number, bounds = sentenceBounds(paragraph)): { start: number; end: number } {
  const { ends, starts } = bounds.whole
  return { start: starts.filter((b) => b <= from).at(-1) ?? 0, end: ends.find((end) => end >= to) ?? paragraph.length }
}

// Sticky, so it reads the spaces at one index without slicing off the rest of the paragraph.
const SPACES = /\s*/y

function sentenceStarts(paragraph: string, ends: readonly number[]): number[] {
  return [
    0,
    ...ends.map((end) => {
      SPACES.lastIndex = end
      SPACES.exec(paragraph)
      return SPACES.lastIndex
    }),
  ]
}

function sentenceWithin(paragraph: string, { ends, starts }: Sentences, from: number, to: number): { start: number; end: number } {
  const startIndex = Math.max(0, starts.filter((b) => b <= from).length - 1)
  const endIndex = ends.findIndex((end) => end >= to)
  let start = starts[startIndex] ?? 0
  let end = endIndex === -1 ? paragraph.length : (ends[endIndex] as number)
  if (end - start < MIN_CONTEXT && startIndex > 0) start = starts[startIndex - 1] ?? start
  else if (end - start < MIN_CONTEXT && endIndex !== -1) end = ends[endIndex + 1] ?? paragraph.length
  return { start, end }
}

/** A letter or digit (Unicode's), as `[\\p{L}\\p{N}]` matches one. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false
  // Most characters are ASCII: no Unicode regex for them.
  const code = ch.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{N}]/u.test(ch)
}

/** Start indices of `needle` as whole words (case-insensitive when asked). */
export function wordIndices(haystack: string, needle: string, ignoreCase = false): number[] {
  const hay = ignoreCase ? haystack.toLowerCase() : haystack
  const want = ignoreCase ? needle.toLowerCase() : needle
  const found: number[] = []
  for (let i = hay.indexOf(want); i !== -1; i = hay.indexOf(want, i + 1)) {
    const clear = !(isWordChar(want[0]) && isWordChar(hay[i - 1])) && !(isWordChar(want.at(-1)) && isWordChar(hay[i + want.length]))
    if (clear) found.push(i)
  }
  return found
}

/** `text` with [start, end) replaced. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}

/** A verbatim passage in quotation marks, dropping any “ or ” of the passage that has no partner inside it. */
export function quotedPassage(text: string): string {
  const unpaired = unpairedQuoteMarks(text, 0, text.length).sort((a, b) => a - b)
  if (unpaired.length === 0) return quoted(text)
  // The text between the unpaired marks.
  let kept = ''
  let from = 0
  for (const at of unpaired) [kept, from] = [kept + text.slice(from, at), at + 1]
  return quoted(kept + text.slice(from))
}
