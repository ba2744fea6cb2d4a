// true_false: an item's neutral summary (it names its holder, or says "According to the
// article"), or a false variant with one element swapped (see swaps.ts). The seed decides which,
// and which swap; the explanation always gives the article's own words.
import type { KnowledgeItem } from '../../content/schema'
import type { ChoiceQuestion } from '../types'
import { TRUE_FALSE_CHOICES } from './choices'
import { allItems, randomFor, sentencesIn, type GeneratorContext } from './context'
import { grounding, sortedSpans } from './evidence'
import { questionId } from './ids'
import { articleNumbers } from './numbers'
import { falseVariants, type Swap } from './swaps'
import { eachQuoteMark, excerpt, quoted, quotedPassage, wholeSentences } from './text'
import { flatMapped } from './lists'

export function trueFalseQuestions(context: GeneratorContext): ChoiceQuestion[] {
  const numbers = articleNumbers(context)
  // Items that share a summary (a quote and the position it voices) make one question.
  const bySummary = new Map<string, KnowledgeItem[]>()
  for (const item of allItems(context)) {
    const same = bySummary.get(item.summary)
    if (same) same.push(item)
    else bySummary.set(item.summary, [item])
  }
  return flatMapped([...bySummary.values()], (items) => {
    const primary = items[0] as KnowledgeItem
    const id = questionId('true_false', [primary.id])
    const random = randomFor(context, id)
    // The seed picks the true statement or a false one first, so a true one only asks whether a false one exists.
    const isFalse = random() < 0.5
    const swaps = falseVariants(context, primary, numbers, !isFalse)
    if (swaps.length === 0) return []
    return [trueFalse(context, id, items, isFalse ? swaps[Math.floor(random() * swaps.length)] : undefined)]
  })
}

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
function articleWords(context: GeneratorContext, item: KnowledgeItem): string {
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
  if (fits) return quotedPassage(paragraph.slice(fits.start, fits.end))
  const stretch = paragraph.slice(start, end).replace(/[,;:]$/, '')
  const startsSentence = /(^|[.!?][”’]?)[\s“]*$/.test(paragraph.slice(0, start))
  const endsSentence = /[.!?][”’]?$/.test(stretch)
  return quotedPassage(`${startsSentence ? '' : '… '}${stretch}${endsSentence ? '' : ' …'}`)
}

function balanced(text: string, start: number, end: number): boolean {
  const { last, lowest } = quoteDepth(text, start, end)
  return last === 0 && lowest === 0
}

function trueFalse(context: GeneratorContext, id: string, items: KnowledgeItem[], swap: Swap | undefined): ChoiceQuestion {
  const primary = items[0] as KnowledgeItem
  const words = `The article’s words: ${articleWords(context, primary)}`
  const change =
    swap?.kind === 'exchange'
      ? `The statement swaps “${swap.from}” and “${swap.to}”.`
      : `The statement puts “${swap?.to}” where the article has “${swap?.from}”.`
  const explanation = swap ? `False. ${primary.summary} ${change} ${words}` : `True. ${primary.summary} ${words}`
  return {
    id,
    type: 'true_false',
    prompt: `True or false? ${swap ? swap.statement : primary.summary}`,
    choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c })),
    answer: swap ? 'false' : 'true',
    explanation,
    ...grounding(context, items),
    difficulty: swap?.kind === 'holder' || swap?.kind === 'place' ? 2 : swap ? 3 : 2,
  }
}
