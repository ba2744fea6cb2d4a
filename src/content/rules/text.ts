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
