// The common fields of a question built on knowledge items: evidence, topics and factIds.
import type { EvidenceSpan, KnowledgeItem } from '../../content/schema'
import type { Evidence } from '../../domain/question'
import { perBuild, type GeneratorContext } from './context'
import { flatMapped } from './lists'

/** Copies of the spans in reading order, without repeats or spans that lie inside another one. */
export function sortedSpans(spans: readonly EvidenceSpan[]): Evidence[] {
  const unique: Evidence[] = []
  // Plain loops: this runs for every question, once a visit, before the engine optimises it.
  for (let s = 0; s < spans.length; s++) {
    const { paragraph, start, end, text } = spans[s] as EvidenceSpan
    let covered = false
    for (let i = unique.length - 1; i >= 0 && !covered; i--) {
      const kept = unique[i] as Evidence
      if (kept.paragraph !== paragraph) continue
      covered = kept.start <= start && end <= kept.end
      // No kept span lies inside another, so none inside this one can hold it too: drop it at once.
      if (!covered && start <= kept.start && kept.end <= end) unique.splice(i, 1)
    }
    if (!covered) unique.push({ paragraph, start, end, text })
  }
  return unique.length < 2 ? unique : unique.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end)
}

/** The items' topics, in the knowledge base's topic order. */
export function topicsOf(context: GeneratorContext, items: readonly KnowledgeItem[]): string[] {
  const rank = topicRank(context)
  const used: string[] = []
  for (let i = 0; i < items.length; i++) {
    const topics = (items[i] as KnowledgeItem).topics
    for (let j = 0; j < topics.length; j++) {
      const topic = topics[j] as string
      if (rank.has(topic) && !used.includes(topic)) used.push(topic)
    }
  }
  return used.length < 2 ? used : used.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number))
}

const topicRank = perBuild((context) => new Map(context.knowledge.topics.map((topic, i) => [topic.id, i])))

export interface Grounding {
  evidence: Evidence[]
  topics: string[]
  factIds: string[]
}

/** The quotations a position voices whose words lie inside its own (not a passage it is one view of). */
function quotesWithin(context: GeneratorContext, item: KnowledgeItem): string[] {
  const quotes = 'quotes' in item ? (item.quotes ?? []) : []
  const inside = (span: EvidenceSpan) => item.evidence.some((own) => own.paragraph === span.paragraph && own.start <= span.start && span.end <= own.end)
  return quotes.filter((id) => context.items.get(id)?.evidence.every(inside))
}

/** Evidence defaults to every span of the items; pass `spans` to narrow it (it must come from the items). */
export function grounding(context: GeneratorContext, items: readonly KnowledgeItem[], spans?: readonly EvidenceSpan[]): Grounding {
  return {
    evidence: sortedSpans(spans ?? flatMapped(items, (item) => item.evidence)),
    topics: topicsOf(context, items),
    // A position's quotations are its words under other ids: a question on the position asks them
    // too (Power's call beside the author's “cynical rhetoric” says whose words they are), and the
    // planner keeps it apart from a question on them.
    factIds: [...new Set(items.flatMap((item) => [item.id, ...quotesWithin(context, item)]))],
  }
}

/** Where a question shows the article's words: a paragraph and a range of it. */
export type Shown = Pick<EvidenceSpan, 'paragraph' | 'start' | 'end'>

/** The items that share words with these spans (the positions a quoted fragment voices). */
export function itemsOverlapping(context: GeneratorContext, spans: readonly Shown[]): KnowledgeItem[] {
  return context.allItems.filter((item) => item.evidence.some((own) => spans.some((span) => span.paragraph === own.paragraph && own.start < span.end && span.start < own.end)))
}

/**
 * The ids of the items whose words a question prints in full where it shows the article's words:
 * their evidence, or a quotation's tag (“he told Reuters”). A question lists them with its own, so
 * the planner never puts it beside a question it answers (a true/false whose swapped detail it
 * prints, a who-said whose speaker it names, an ordering whose date it shows).
 */
export function idsShown(context: GeneratorContext, spans: readonly Shown[]): string[] {
  const inside = (own: EvidenceSpan) => spans.some((span) => span.paragraph === own.paragraph && span.start <= own.start && own.end <= span.end)
  return context.allItems.filter((item) => item.evidence.some(inside) || ('attribution' in item && item.attribution.some(inside))).map((item) => item.id)
}

/**
 * The summary of an author's view among the shown items, where the question's own items hold none:
 * the article's sentence around a plain fact may be the author's (“The influential … declares …”),
 * and the explanation says so.
 */
export function authorsViewShown(context: GeneratorContext, items: readonly KnowledgeItem[], shown: readonly string[]): string | undefined {
  if (items.some((item) => item.certainty === 'author_position')) return undefined
  return shown.map((id) => context.items.get(id)).find((item) => item?.certainty === 'author_position')?.summary
}

/** A grounding with more ids: the items a question shows besides those it asks about. */
export function alsoShowing(grounded: Grounding, ids: readonly string[]): Grounding {
  return { ...grounded, factIds: [...new Set([...grounded.factIds, ...ids])] }
}

/**
 * The quotations a text cites in its own quotation marks (“as far as these issues exist”) and the
 * positions that voice them: a model answer or note that cites them says whose words they are.
 */
export function idsCitedIn(context: GeneratorContext, text: string): string[] {
  const cited = [...text.matchAll(/“([^”]+)”/g)].map((m) => (m[1] as string).toLowerCase()).filter((c) => c.split(/\s+/).length >= 2)
  const quotes = context.knowledge.quotes.filter((q) => cited.some((c) => q.text.toLowerCase().includes(c)))
  const voicing = context.knowledge.positions.filter((p) => (p.quotes ?? []).some((id) => quotes.some((q) => q.id === id)))
  return [...quotes, ...voicing].map((item) => item.id)
}
