// What a true/false question needs of an item that no seed changes: its false variants (swaps.ts)
// and the article's own wording of it.
import type { KnowledgeItem } from '../../../content/schema'
import { sentencesIn, type GeneratorContext } from '../../generators/context'
import { sortedSpans } from '../../generators/evidence'
import { articleNumbers } from '../../generators/numbers'
import { falseVariants, type Swap } from './swaps'
import { eachQuoteMark, excerpt, quoted, wholeSentences } from '../../generators/text'

/**
 * A stretch of one paragraph (1-based), marked “…” where it opens or stops inside a sentence; or,
 * when no stretch fits, the words as they are shown.
 */
export type ArticleWords = { paragraph: number; start: number; end: number; opensInside: boolean; stopsInside: boolean } | string

export interface TrueFalseFacts {
  /** Every false variant of the item's summary (none: the item makes no true/false question). */
  swaps: Swap[]
  words: ArticleWords
}

export const trueFalseFacts = (context: GeneratorContext, item: KnowledgeItem): TrueFalseFacts => ({
  swaps: falseVariants(context, item, articleNumbers(context)),
  words: articleWords(context, item),
})

const MAX_WORDS = 300

/** How deep inside “…” text[start, end) ends, and the lowest it goes (below 0: a ” it never opened). */
function quoteDepth(text: string, start: number, end: number): { last: number; lowest: number } {
  let last = 0
  let lowest = 0
  eachQuoteMark(text, start, end, (_, opens) => {
    last += opens ? 1 : -1
    lowest = Math.min(lowest, last)
  })
  return { last, lowest }
}

/**
 * The article's own wording of the item: one verbatim stretch of its paragraph from the first to
 * the last span (a quote with its "he said"), widened to whole sentences when they are short
 * enough, so it never starts or stops mid-sentence (“she said. “We left …”” reads as nothing);
 * or the start of its first span when even the spans are too long.
 */
function articleWords(context: GeneratorContext, item: KnowledgeItem): ArticleWords {
  const spans = sortedSpans([...item.evidence, ...('attribution' in item ? item.attribution : [])])
  const first = spans[0]
  const paragraph = first ? (context.paragraphs[first.paragraph - 1] ?? '') : ''
  const sameParagraph = spans.filter((span) => span.paragraph === first?.paragraph)
  let start = Math.min(...sameParagraph.map((span) => span.start))
  let end = Math.max(...sameParagraph.map((span) => span.end))
  // Keep quotation marks paired: take in the “ or ” just outside the stretch when it needs it.
  if (quoteDepth(paragraph, start, end).lowest < 0 && paragraph[start - 1] === '“') start -= 1
  const close = paragraph.indexOf('”', end)
  if (quoteDepth(paragraph, start, end).last > 0 && close !== -1) end = close + 1
  if (!first || end - start > MAX_WORDS) return quoted(excerpt(first?.text ?? '', 220))
  // Whole sentences around the spans with their attribution, else around the item's own words,
  // else the bare stretch, marked “…” where it starts or stops inside a sentence.
  const own = item.evidence.filter((span) => span.paragraph === first.paragraph)
  const sentences = sentencesIn(context, first.paragraph)
  const candidates = [wholeSentences(paragraph, start, end, sentences)]
  if (own.length > 0) candidates.push(wholeSentences(paragraph, Math.min(...own.map((s) => s.start)), Math.max(...own.map((s) => s.end)), sentences))
  const attribution = 'attribution' in item ? item.attribution.filter((span) => span.paragraph === first.paragraph) : []
  const named = (c: { start: number; end: number }) => attribution.length === 0 || attribution.some((a) => c.start <= a.start && a.end <= c.end)
  const fits = candidates.find((c) => c.end - c.start <= MAX_WORDS && named(c) && balanced(paragraph, c.start, c.end))
  const stretch = { paragraph: first.paragraph, opensInside: false, stopsInside: false }
  if (fits) return { ...stretch, start: fits.start, end: fits.end }
  if (/[,;:]$/.test(paragraph.slice(start, end))) end -= 1
  return {
    ...stretch,
    start,
    end,
    opensInside: !/(^|[.!?][”’]?)[\s“]*$/.test(paragraph.slice(0, start)),
    stopsInside: !/[.!?][”’]?$/.test(paragraph.slice(start, end)),
  }
}

function balanced(text: string, start: number, end: number): boolean {
  const { last, lowest } = quoteDepth(text, start, end)
  return last === 0 && lowest === 0
}
