// Text helpers the rules share: “…” spans, whole-word matching, verbatim statements.

/** A “…” span: the index of “ and of its closing ”. */
export interface QuotationSpan {
  paragraph: number
  open: number
  close: number
  inner: string
}

/** Every “…” span in the article, in order; an unclosed “ runs to the end of its paragraph. */
export function findQuotationSpans(paragraphs: readonly string[]): QuotationSpan[] {
  const spans: QuotationSpan[] = []
  paragraphs.forEach((text, i) => {
    let open = text.indexOf('“')
    while (open !== -1) {
      const found = text.indexOf('”', open + 1)
      const close = found === -1 ? text.length : found
      spans.push({ paragraph: i + 1, open, close, inner: text.slice(open + 1, close) })
      open = text.indexOf('“', close + 1)
    }
  })
  return spans
}

/** The text cut to `max` characters, with “…” when cut. */
export const preview = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Start indices of `needle` in `haystack` where it is not part of a longer word. */
export function wholeWordIndices(haystack: string, needle: string): number[] {
  const found: number[] = []
  let i = haystack.indexOf(needle)
  while (i !== -1) {
    const before = haystack[i - 1]
    const after = haystack[i + needle.length]
    const startsInWord = isWordChar(needle[0]) && isWordChar(before)
    const endsInWord = isWordChar(needle[needle.length - 1]) && isWordChar(after)
    if (!startsInWord && !endsInWord) found.push(i)
    i = haystack.indexOf(needle, i + 1)
  }
  return found
}

/** Does a prompt statement keep the evidence's wording, letter case included (a final period and " … " elisions aside)? */
export function statementMatchesEvidence(statement: string, evidenceTexts: readonly string[]): boolean {
  const trimmed = statement.endsWith('.') ? statement.slice(0, -1) : statement
  const parts = trimmed.split(' … ')
  return evidenceTexts.some((text) => {
    let from = 0
    return parts.every((part) => {
      const at = text.indexOf(part, from)
      if (at === -1) return false
      from = at + part.length
      return true
    })
  })
}

const loose = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** How many distinct words of a span a statement repeats. */
export function sharedWordCount(span: string, statement: string): number {
  const said = new Set(loose(statement).split(' '))
  return new Set(loose(span).split(' ').filter((word) => said.has(word))).size
}

/** The most of a span's distinct words a statement may repeat and still be the reader's to find, not a string to match. */
export const MAX_ECHO = 0.6

/** Does the statement repeat most of the span's words? */
export function echoes(span: string, statement: string): boolean {
  return sharedWordCount(span, statement) >= MAX_ECHO * new Set(loose(span).split(' ')).size
}

/** The text folded to lower-case words split by single spaces. */
export { loose as looseWords }
