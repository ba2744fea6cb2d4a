// Cutting article text into plain segments to highlight (rendered as text, never as HTML).

export interface Segment {
  text: string
  marked: boolean
}

export interface Range {
  start: number
  end: number
}

/** The text split at the given ranges (overlaps merged, out-of-bounds clamped), in order. */
export function highlightSegments(text: string, ranges: readonly Range[]): Segment[] {
  const clamped = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start)
  const merged: Range[] = []
  for (const range of clamped) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  const segments: Segment[] = []
  let cursor = 0
  for (const { start, end } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false })
    segments.push({ text: text.slice(start, end), marked: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false })
  return segments
}

// A sentence ends at . ! ? or … , optionally followed by closing quotes, then whitespace.
const SENTENCE_END = /[.!?…][”’"')]*\s+/g

/** The whole sentence(s) around [start, end): where a piece of evidence sits in its paragraph. */
export function sentenceAround(text: string, start: number, end: number): Range {
  let sentenceStart = 0
  let sentenceEnd = text.length
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = (match.index ?? 0) + match[0].length
    if (boundary <= start) sentenceStart = boundary
    // The sentence's own end reaches the span's: “… mission.”” ends where a quoted span ends too.
    else if ((match.index ?? 0) + match[0].trimEnd().length >= end && boundary > end) {
      sentenceEnd = (match.index ?? 0) + match[0].trimEnd().length
      break
    }
  }
  return { start: sentenceStart, end: sentenceEnd }
}
