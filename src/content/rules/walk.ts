// Ways through a knowledge base the rules share: every item and every evidence span with its path,
// the names an entity goes by, where each entity is named or referred to.
import type { Entity, EvidenceSpan, KnowledgeBase, KnowledgeItem } from '../schema'
import { preview, wholeWordIndices, type QuotationSpan } from './text'

/** Every fact, quote and position with its path (`facts[3]`), in that order. */
export function itemsWithPaths(kb: KnowledgeBase): Array<{ item: KnowledgeItem; path: string }> {
  return [
    ...kb.facts.map((item, i) => ({ item, path: `facts[${i}]` })),
    ...kb.quotes.map((item, i) => ({ item, path: `quotes[${i}]` })),
    ...kb.positions.map((item, i) => ({ item, path: `positions[${i}]` })),
  ]
}

/** Every span of the article the knowledge base cites, with its path, in the order of the file. */
export function spansWithPaths(kb: KnowledgeBase): Array<{ span: EvidenceSpan; path: string }> {
  const found: Array<{ span: EvidenceSpan; path: string }> = []
  const add = (path: string, spans: readonly EvidenceSpan[] | undefined) => spans?.forEach((span, j) => found.push({ span, path: `${path}[${j}]` }))
  kb.entities.forEach((e, i) => {
    add(`entities[${i}].roleEvidence`, e.roleEvidence)
    e.labels?.forEach((label, j) => found.push({ span: label.evidence, path: `entities[${i}].labels[${j}].evidence` }))
  })
  for (const { item, path } of itemsWithPaths(kb)) {
    add(`${path}.evidence`, item.evidence)
    if (item.kind === 'event') add(`${path}.event.time.phrases`, item.event.time?.phrases)
    if ('attribution' in item) add(`${path}.attribution`, item.attribution)
    const attributed = item.attributedAs
    if (attributed) found.push({ span: attributed.claim, path: `${path}.attributedAs.claim` })
    if (attributed?.cue) found.push({ span: attributed.cue, path: `${path}.attributedAs.cue` })
    if ('paraphrase' in item) add(`${path}.paraphrase.quotedParts`, item.paraphrase?.quotedParts)
    if (item.proof) found.push({ span: item.proof, path: `${path}.proof` })
  }
  kb.structure?.forEach((part, i) => add(`structure[${i}].evidence`, part.evidence))
  kb.genre?.signs.forEach((sign, i) => add(`genre.signs[${i}].evidence`, sign.evidence))
  kb.genre?.notSigns.forEach((sign, i) => add(`genre.notSigns[${i}].evidence`, sign.evidence))
  kb.genre?.present.forEach((feature, i) => add(`genre.present[${i}].evidence`, feature.evidence))
  kb.explain?.forEach((task, i) => add(`explain[${i}].evidence`, task.evidence))
  return found
}

/** What is wrong with a span of the article (undefined: it is verbatim at its offsets). */
export function spanProblem(path: string, span: EvidenceSpan, paragraphs: readonly string[]): string | undefined {
  const text = paragraphs[span.paragraph - 1]
  if (text === undefined) return `${path}.paragraph: ${span.paragraph} is out of range (the article has ${paragraphs.length} paragraphs)`
  if (span.end <= span.start || span.end > text.length) {
    return `${path}: offsets ${span.start}–${span.end} are not a span of paragraph ${span.paragraph} (length ${text.length})${whereIs(span, paragraphs)}`
  }
  const found = text.slice(span.start, span.end)
  if (found !== span.text) {
    return `${path}: text not found in paragraph ${span.paragraph} at ${span.start}–${span.end} (found “${preview(found)}”)${whereIs(span, paragraphs)}`
  }
  return undefined
}

/** Where the span's text really is, as a hint. */
function whereIs(span: EvidenceSpan, paragraphs: readonly string[]): string {
  const here = paragraphs[span.paragraph - 1]?.indexOf(span.text) ?? -1
  if (here !== -1) return `; did you mean start ${here}?`
  const other = paragraphs.findIndex((p) => p.includes(span.text))
  if (other !== -1) return `; the text is in paragraph ${other + 1} at ${paragraphs[other]?.indexOf(span.text)}`
  return '; the text does not occur in the article'
}

/** The names the article uses for an entity: its name, aliases and mentions. */
export const surfaceForms = (e: Entity): string[] => [e.name, ...(e.aliases ?? []), ...(e.mentions ?? [])]

/** The paragraphs (1-based) where one of the entity's names occurs as whole words. */
export function mentionParagraphs(entity: Entity, paragraphs: readonly string[]): Set<number> {
  const mentioned = new Set<number>()
  paragraphs.forEach((text, p) => {
    if (surfaceForms(entity).some((form) => wholeWordIndices(text, form).length > 0)) mentioned.add(p + 1)
  })
  return mentioned
}

/** The entities an item refers to (holder, source, about, actors, places, speaker, addressee, venue). */
export function entitiesReferredToBy(item: KnowledgeItem): string[] {
  const ids = [item.holder, item.source, ...(item.about ?? [])]
  if (item.kind === 'event') ids.push(...(item.event.actors ?? []), item.event.place)
  if (item.kind === 'place') ids.push(...item.places)
  if ('attribution' in item) ids.push(item.speaker, item.addressee, item.venue)
  return ids.filter((id): id is string => id !== undefined)
}

/** For each entity id: the paragraphs of the evidence of the items that refer to it. */
export function referenceParagraphs(kb: KnowledgeBase): Map<string, Set<number>> {
  const referencedIn = new Map<string, Set<number>>()
  for (const { item } of itemsWithPaths(kb)) {
    for (const id of entitiesReferredToBy(item)) {
      const set = referencedIn.get(id) ?? new Set<number>()
      item.evidence.forEach((span) => set.add(span.paragraph))
      referencedIn.set(id, set)
    }
  }
  return referencedIn
}

/**
 * The “…” span a quote's words sit on: from just after “ to ” (a final comma or period may be left
 * out). Undefined when they sit on none.
 */
export function quotationSpanOf(words: EvidenceSpan | undefined, spans: readonly QuotationSpan[]): QuotationSpan | undefined {
  if (!words) return undefined
  const span = spans.find((s) => s.paragraph === words.paragraph && s.open + 1 === words.start)
  const essential = span?.inner.replace(/[,.]$/, '')
  if (!span || essential === undefined || words.end > span.close || words.end < span.open + 1 + essential.length) return undefined
  return span
}
