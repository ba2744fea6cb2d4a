// A paragraph as words, and a learner's selection of them: what "Prove it" and "Mark the text" grade
// against the knowledge base's verbatim spans. A word is a run of non-space characters (its
// punctuation stays with it), so a selection is two word indices and a result code holds two numbers.

export interface Word {
  index: number
  /** String offsets into the paragraph: paragraph.slice(start, end) === text. */
  start: number
  end: number
  text: string
}

/** The first and last word of a selection (inclusive, 0-based); first <= last. */
export interface WordSpan {
  first: number
  last: number
}

export function wordsOf(paragraph: string): Word[] {
  const words: Word[] = []
  for (const match of paragraph.matchAll(/\S+/g)) {
    words.push({ index: words.length, start: match.index, end: match.index + match[0].length, text: match[0] })
  }
  return words
}

/** The words a string range touches, or undefined when it touches none. */
export function spanOfRange(words: readonly Word[], start: number, end: number): WordSpan | undefined {
  let first = -1
  let last = -1
  for (const word of words) {
    if (word.end <= start || word.start >= end) continue
    if (first < 0) first = word.index
    last = word.index
  }
  return first < 0 ? undefined : { first, last }
}

/** The string range a span covers, from its first word's start to its last word's end. */
export function rangeOfSpan(words: readonly Word[], span: WordSpan): { start: number; end: number } {
  return { start: words[span.first]?.start ?? 0, end: words[span.last]?.end ?? 0 }
}

/** A span ordered and kept inside the paragraph's words, or undefined when there are none. */
export function clampSpan(span: WordSpan, wordCount: number): WordSpan | undefined {
  if (wordCount <= 0 || !Number.isFinite(span.first) || !Number.isFinite(span.last)) return undefined
  const clamp = (n: number) => Math.min(wordCount - 1, Math.max(0, Math.trunc(n)))
  const [a, b] = [clamp(span.first), clamp(span.last)]
  return { first: Math.min(a, b), last: Math.max(a, b) }
}

export const spanLength = (span: WordSpan): number => span.last - span.first + 1

/** How many words two spans share (symmetric). */
export function sharedWords(a: WordSpan, b: WordSpan): number {
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1)
}

export type SpanVerdict = 'right' | 'close' | 'wrong'

/** Right needs most of the key and not much else; a selection that only overlaps it is close. */
export const SPAN_RULES = {
  /** Share of the key's words the selection must hold. */
  minCovered: 0.75,
  /** Share of the selection's words that must be the key's. */
  minPrecise: 0.5,
} as const

export interface SpanJudgement {
  verdict: SpanVerdict
  /** Share of the key's words selected. */
  covered: number
  /** Share of the selected words that are the key's. */
  precise: number
}

export function judgeSpan(selection: WordSpan, key: WordSpan): SpanJudgement {
  const shared = sharedWords(selection, key)
  const covered = shared / spanLength(key)
  const precise = shared / spanLength(selection)
  const verdict: SpanVerdict = shared === 0 ? 'wrong' : covered >= SPAN_RULES.minCovered && precise >= SPAN_RULES.minPrecise ? 'right' : 'close'
  return { verdict, covered, precise }
}

/** The best of several acceptable keys: right beats close beats wrong, then the most covered. */
export function judgeAgainst(selection: WordSpan, keys: readonly WordSpan[]): SpanJudgement & { key?: WordSpan } {
  const rank = { right: 2, close: 1, wrong: 0 } as const
  let best: (SpanJudgement & { key?: WordSpan }) | undefined
  for (const key of keys) {
    const judged = judgeSpan(selection, key)
    if (!best || rank[judged.verdict] > rank[best.verdict] || (judged.verdict === best.verdict && judged.covered > best.covered)) best = { ...judged, key }
  }
  return best ?? { verdict: 'wrong', covered: 0, precise: 0 }
}

/** The words of a span, as the article has them. */
export function spanText(paragraph: string, words: readonly Word[], span: WordSpan): string {
  const { start, end } = rangeOfSpan(words, span)
  return paragraph.slice(start, end)
}
