// The knowledge base repeats the article's words in every evidence span. The build drops those copies
// (they are checked against the article first) and the app puts them back from the article it ships,
// which saves bytes on the Study page without changing what the code sees.

/** A span of the article: 1-based paragraph, character offsets into it, and (in the source) its text. */
interface SpanLike {
  paragraph: number
  start: number
  end: number
  text?: string
}

function isSpan(value: object): value is SpanLike {
  const span = value as Partial<SpanLike>
  return typeof span.paragraph === 'number' && typeof span.start === 'number' && typeof span.end === 'number'
}

function eachSpan(value: unknown, visit: (span: SpanLike) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) eachSpan(item, visit)
  } else if (value !== null && typeof value === 'object') {
    if (isSpan(value)) visit(value)
    for (const child of Object.values(value)) eachSpan(child, visit)
  }
}

const slice = (paragraphs: readonly string[], span: SpanLike) => paragraphs[span.paragraph - 1]?.slice(span.start, span.end)

/** Removes every span's text that equals the article at its offsets (in place); returns how many. */
export function stripEvidenceText(data: unknown, paragraphs: readonly string[]): number {
  let stripped = 0
  eachSpan(data, (span) => {
    if (span.text !== undefined && span.text === slice(paragraphs, span)) {
      delete span.text
      stripped += 1
    }
  })
  return stripped
}

/** Puts back the text of every span that has none, from the article (in place). */
export function restoreEvidenceText<T>(data: T, paragraphs: readonly string[]): T {
  eachSpan(data, (span) => {
    if (span.text === undefined) span.text = slice(paragraphs, span) ?? ''
  })
  return data
}
