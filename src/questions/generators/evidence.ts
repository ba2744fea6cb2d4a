// The common fields of a question built on knowledge items: evidence, topics and factIds.
import type { EvidenceSpan, KnowledgeItem } from '../../content/schema'
import type { Evidence } from '../types'
import { perBuild, type GeneratorContext } from './context'
import { flatMapped } from './lists'

/** Copies of the spans in reading order, without repeats or spans that lie inside another one. */
export function sortedSpans(spans: readonly EvidenceSpan[]): Evidence[] {
  const inside = (a: EvidenceSpan, b: EvidenceSpan) => a.paragraph === b.paragraph && b.start <= a.start && a.end <= b.end
  const unique: Evidence[] = []
  for (const { paragraph, start, end, text } of spans) {
    const span = { paragraph, start, end, text }
    if (unique.some((kept) => inside(span, kept))) continue
    for (let i = unique.length - 1; i >= 0; i--) if (inside(unique[i] as Evidence, span)) unique.splice(i, 1)
    unique.push(span)
  }
  return unique.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end)
}

/** The items' topics, in the knowledge base's topic order. */
export function topicsOf(context: GeneratorContext, items: readonly KnowledgeItem[]): string[] {
  const used = new Set<string>()
  for (const item of items) for (const topic of item.topics) used.add(topic)
  return topicOrder(context).filter((id) => used.has(id))
}

const topicOrder = perBuild((context) => context.knowledge.topics.map((topic) => topic.id))

export interface Grounding {
  evidence: Evidence[]
  topics: string[]
  factIds: string[]
}

/** Evidence defaults to every span of the items; pass `spans` to narrow it (it must come from the items). */
export function grounding(context: GeneratorContext, items: readonly KnowledgeItem[], spans?: readonly EvidenceSpan[]): Grounding {
  return {
    evidence: sortedSpans(spans ?? flatMapped(items, (item) => item.evidence)),
    topics: topicsOf(context, items),
    factIds: items.length === 1 ? [(items[0] as KnowledgeItem).id] : [...new Set(items.map((item) => item.id))],
  }
}
