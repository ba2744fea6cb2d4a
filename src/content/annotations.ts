// The annotated article: every knowledge item as a highlight in its paragraph, sorted into the five
// layers a reader learns to tell apart, and the paragraph cut into segments that know which items
// cover them (spans overlap often: a quote inside an actor's position, a fact inside the author's
// argument).

import { layerOf, type Layer } from './layers'
import { AUTHOR_ID, type Entity, type KnowledgeBase, type KnowledgeItem } from '../domain/knowledge'

export { LAYER_INFO, LAYERS, layerOf, type Layer, type LayerInfo } from './layers'

/** Who holds an item, in words: a quote's speaker, a position's holder, or the article's own voice. */
export function holderInWords(item: KnowledgeItem, entities: ReadonlyMap<string, Entity>): string {
  const name = (id: string | undefined) => (id === AUTHOR_ID ? 'The author' : id ? entities.get(id)?.name : undefined)
  const holder = name('speaker' in item ? item.speaker : undefined) ?? name(item.holder)
  if (holder) return holder
  const source = name(item.source)
  if (item.certainty === 'reported_fact') return source ? `The article, citing ${source}` : 'The article, in its own voice'
  return source ? `Not named; the article cites ${source}` : 'Not named in the article'
}

/** An item's certainty as a sentence a student can read. */
export function certaintyInWords(item: KnowledgeItem): string {
  switch (item.certainty) {
    case 'reported_fact':
      return 'Reported as fact: the article states it in its own voice.'
    case 'attributed_quote':
      return item.kind === 'term'
        ? 'A quoted term: words the article puts in quotation marks.'
        : 'A quotation: someone’s words in quotation marks, as the article gives them.'
    case 'unconfirmed_report':
      return 'Unconfirmed: the article itself says this has not been confirmed.'
    case 'denial':
      return 'A denial: someone in the article denies something.'
    case 'claim':
      return 'A claim the article passes on from its holder without confirming it.'
    case 'actor_position':
      return 'A position: what someone in the article thinks or wants, not a fact the article confirms.'
    case 'author_position':
      return 'The author’s own argument, not a reported fact.'
  }
}

/** One item's evidence span in one paragraph. */
export interface Annotation {
  itemId: string
  layer: Layer
  start: number
  end: number
}

/** Every item's evidence spans, by 1-based paragraph, in reading order. */
export function annotationsByParagraph(knowledge: KnowledgeBase): Map<number, Annotation[]> {
  const byParagraph = new Map<number, Annotation[]>()
  for (const item of [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]) {
    for (const span of item.evidence) {
      const list = byParagraph.get(span.paragraph) ?? []
      list.push({ itemId: item.id, layer: layerOf(item.certainty), start: span.start, end: span.end })
      byParagraph.set(span.paragraph, list)
    }
  }
  for (const list of byParagraph.values()) list.sort(outerFirst)
  return byParagraph
}

/** A piece of the paragraph and the items covering all of it (none: plain text). */
export interface CoveredSegment {
  start: number
  end: number
  text: string
  /** Outermost first: by start, then the longer span first. The last one is the innermost. */
  itemIds: string[]
  /** Items whose span begins at this segment (where a marker goes). */
  startingIds: string[]
}

function outerFirst(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end
}

/**
 * The paragraph cut at every span boundary (and at `breaks`, e.g. a linked evidence span), so each
 * segment is covered by one fixed set of items. Segments cover the whole text, in order; spans out
 * of bounds are clamped, empty ones ignored; an item with two touching spans stays one item.
 */
export function coverSegments(text: string, annotations: readonly Annotation[], breaks: readonly number[] = []): CoveredSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length))
  const spans = annotations
    .map((a) => ({ ...a, start: clamp(a.start), end: clamp(a.end) }))
    .filter((a) => a.end > a.start)
    .sort(outerFirst)
  const cuts = new Set([0, text.length, ...breaks.map(clamp)])
  for (const span of spans) cuts.add(span.start).add(span.end)
  const points = [...cuts].sort((a, b) => a - b)
  const segments: CoveredSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    const covering = spans.filter((span) => span.start <= start && span.end >= end)
    const itemIds = [...new Set(covering.map((span) => span.itemId))]
    // A span that starts here, unless the same item already covered the text just before.
    const before = segments[segments.length - 1]?.itemIds ?? []
    const startingIds = [...new Set(covering.filter((span) => span.start === start && !before.includes(span.itemId)).map((span) => span.itemId))]
    segments.push({ start, end, text: text.slice(start, end), itemIds, startingIds })
  }
  return segments
}

/** The link to one item: /article?item=<id>#p<paragraph> opens the article there with it highlighted. */
export function itemLink(item: Pick<KnowledgeItem, 'id' | 'paragraph'>) {
  return { path: '/article', query: { item: item.id }, hash: `#p${item.paragraph}` }
}
