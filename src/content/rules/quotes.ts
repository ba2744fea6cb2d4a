// Quotes: the words inside the article's quotation marks, each “…” span annotated exactly once.
import { defineRule } from './rule'
import { findQuotationSpans, preview, type QuotationSpan } from './text'
import { quotationSpanOf } from './walk'

export const quoteHolderIsSpeaker = defineRule(
  'quote-holder-is-speaker',
  "A quote's holder is its speaker (both absent for an unattributed term).",
  ({ knowledge }, report) => {
    knowledge.quotes.forEach((quote, i) => {
      if (quote.holder !== quote.speaker) report(`quotes[${i}].holder: must equal the speaker ('${quote.speaker ?? 'none'}')`)
    })
  },
)

export const quoteTextIsItsWords = defineRule(
  'quote-text-is-its-words',
  "A quote's text is its first evidence span's text: the quoted words.",
  ({ knowledge }, report) => {
    knowledge.quotes.forEach((quote, i) => {
      const words = quote.evidence[0]
      if (words && words.text !== quote.text) report(`quotes[${i}].text: must equal evidence[0].text, the quoted words`)
    })
  },
)

export const quoteSitsOnQuotationMarks = defineRule(
  'quote-sits-on-quotation-marks',
  'A quote\'s first evidence span is the words of a “…” span of the article, from just after “ to ” (a final comma or period may be left out).',
  ({ knowledge, paragraphs }, report) => {
    const spans = findQuotationSpans(paragraphs)
    knowledge.quotes.forEach((quote, i) => {
      if (quote.evidence[0] && !quotationSpanOf(quote.evidence[0], spans)) {
        report(`quotes[${i}].evidence[0]: must be the words of a “…” span, from just after “ to ” (a final comma or period may be left out)`)
      }
    })
  },
)

export const quotationMarksAnnotatedOnce = defineRule(
  'quotation-marks-annotated-once',
  'Every “…” span of the article is the words of exactly one quote.',
  ({ knowledge, paragraphs }, report) => {
    const spans = findQuotationSpans(paragraphs)
    const claimedBy = new Map<QuotationSpan, number[]>()
    knowledge.quotes.forEach((quote, i) => {
      const span = quotationSpanOf(quote.evidence[0], spans)
      if (span) claimedBy.set(span, [...(claimedBy.get(span) ?? []), i])
    })
    for (const span of spans) {
      const claimants = claimedBy.get(span) ?? []
      const where = `quote “${preview(span.inner)}” in paragraph ${span.paragraph} at ${span.open}`
      if (claimants.length === 0) report(`${where} is not annotated`)
      else if (claimants.length > 1) report(`${where} is annotated more than once (${claimants.map((i) => `quotes[${i}]`).join(', ')})`)
    }
  },
)

export const whoSaidQuoteIsFair = defineRule(
  'who-said-quote-is-fair',
  'A quote marked suitableForWhoSaid has a speaker and at least 2 confusableWith to offer as wrong answers (two are enough where the speaker’s category has only three people).',
  ({ knowledge }, report) => {
    knowledge.quotes.forEach((quote, i) => {
      if (quote.suitableForWhoSaid && (quote.speaker === undefined || (quote.confusableWith?.length ?? 0) < 2)) {
        report(`quotes[${i}].suitableForWhoSaid: a who-said quote needs a speaker and at least 2 confusableWith`)
      }
    })
  },
)
