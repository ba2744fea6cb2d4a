// Evidence: every span the knowledge base cites is the article's own words at its offsets, and the
// words of the article carry one layer each.
import { layerOf, type Layer } from '../layers'
import type { EvidenceSpan } from '../schema'
import { defineRule } from './rule'
import { preview } from './text'
import { itemsWithPaths, spanProblem, spansWithPaths } from './walk'

export const spanIsVerbatim = defineRule(
  'span-is-verbatim',
  "Every cited span (evidence, role evidence, labels, time words, attributions) is the article's text at its paragraph and offsets.",
  ({ knowledge, paragraphs }, report) => {
    for (const { span, path } of spansWithPaths(knowledge)) {
      const problem = spanProblem(path, span, paragraphs)
      if (problem) report(problem)
    }
  },
)

/**
 * Which layer may sit inside which (inner -> outers): a quoted word inside any account or argument,
 * a fact the article states inside an argument or an unconfirmed report, a position inside the
 * quotation that voices it. Anything else would give the same words two layers in the reader.
 */
const NESTS_IN: Readonly<Record<Layer, readonly Layer[]>> = {
  quote: ['reported', 'unconfirmed', 'actor', 'author'],
  reported: ['unconfirmed', 'author'],
  actor: ['quote'],
  unconfirmed: [],
  author: [],
}

type LayeredSpan = { span: EvidenceSpan; layer: Layer; path: string }

export const eachSpanHasOneLayer = defineRule(
  'each-span-has-one-layer',
  "Items of different layers never share words, except a quotation and the position it voices (the same words), a quoted word inside an account, a fact inside an argument or unconfirmed report, or a position inside its quotation.",
  ({ knowledge }, report) => {
    const spans: LayeredSpan[] = itemsWithPaths(knowledge).flatMap(({ item, path }) =>
      item.evidence.map((span, j) => ({ span, layer: layerOf(item.certainty), path: `${path}.evidence[${j}]` })),
    )
    spans.forEach((a, i) => {
      for (const b of spans.slice(i + 1)) {
        if (a.layer === b.layer || a.span.paragraph !== b.span.paragraph) continue
        if (a.span.end <= b.span.start || b.span.end <= a.span.start) continue
        const same = a.span.start === b.span.start && a.span.end === b.span.end
        if (same && [a.layer, b.layer].includes('quote') && [a.layer, b.layer].includes('actor')) continue
        const within = (x: LayeredSpan, y: LayeredSpan) => y.span.start <= x.span.start && x.span.end <= y.span.end && !same
        const [inner, outer] = within(a, b) ? [a, b] : within(b, a) ? [b, a] : [undefined, undefined]
        if (inner && outer && NESTS_IN[inner.layer].includes(outer.layer)) continue
        report(`${a.path} (${a.layer}) and ${b.path} (${b.layer}) give “${preview(overlapText(a.span, b.span))}” two layers`)
      }
    })
  },
)

function overlapText(a: EvidenceSpan, b: EvidenceSpan): string {
  const start = Math.max(a.start, b.start)
  const end = Math.min(a.end, b.end)
  const outer = a.start <= start && a.end >= end ? a : b
  return outer.text.slice(start - outer.start, end - outer.start)
}
