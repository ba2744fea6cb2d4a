// source_match: the items the knowledge base gives a source kind (attributedAs), matched with their
// sources four at a time. A group never holds two claims of one kind (or two kinds of witness, which
// only an outlet's name tells apart), so each claim has one right source. Groups come from reading
// order and the knowledge ids, never from the seed, so ids stay stable; the seed orders the columns.
import type { KnowledgeItem, SourceKind } from '../../../content/schema'
import type { Choice } from '../../../domain/question'
import { randomFor, type GeneratorContext } from '../../generators/context'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { quoted } from '../../generators/text'
import { shuffled } from '../../random'
import { nearKinds, sourceOf } from '../shared/sources'
import type { SourceMatchQuestion } from './model'

const MAX_PAIRS = 4
const MIN_PAIRS = 3

export interface SourcedClaim {
  item: KnowledgeItem
  kind: SourceKind
  left: Choice
  right: Choice
}

/** Every item with a source kind, in reading order. */
export function sourcedClaims(context: GeneratorContext): SourcedClaim[] {
  return context.allItems
    .flatMap((item): SourcedClaim[] => {
      const source = sourceOf(context, item)
      const claim = item.attributedAs?.claim
      if (!source || !claim) return []
      return [{ item, kind: source.kind, left: { id: item.id, text: `${quoted(claim.text)} (paragraph ${claim.paragraph})` }, right: { id: `source:${source.kind}`, text: source.label } }]
    })
    .sort((a, b) => position(a) - position(b))
}

const position = (c: SourcedClaim) => {
  const claim = c.item.attributedAs?.claim
  return claim ? claim.paragraph * 10_000 + claim.start : 0
}

/**
 * Claims into as few groups as their kinds allow (a kind that occurs n times needs n groups), each
 * claim to the smallest group it fits in: the groups come out even (4, 4, 4, 3 rather than 4, 4, 4, 1).
 */
export function groupClaims(claims: readonly SourcedClaim[]): SourcedClaim[][] {
  const counts = new Map<SourceKind, number>()
  for (const c of claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1)
  const count = Math.max(Math.ceil(claims.length / MAX_PAIRS), ...counts.values())
  const groups: SourcedClaim[][] = Array.from({ length: count }, () => [])
  // The first claim of each kind, then the second…: a kind's claims spread over the groups.
  const seen = new Map<SourceKind, number>()
  const rounds = claims.map((c) => {
    const round = seen.get(c.kind) ?? 0
    seen.set(c.kind, round + 1)
    return { c, round }
  })
  for (const { c } of rounds.sort((a, b) => a.round - b.round)) {
    const open = groups.filter((g) => g.length < MAX_PAIRS && !g.some((o) => nearKinds(o.kind, c.kind)))
    const smallest = open.reduce<SourcedClaim[] | undefined>((best, g) => (!best || g.length < best.length ? g : best), undefined)
    smallest?.push(c)
  }
  return groups.filter((g) => g.length >= MIN_PAIRS).map((g) => [...g].sort((a, b) => position(a) - position(b)))
}

function explain(c: SourcedClaim): string {
  const cue = c.item.attributedAs?.cue
  const claim = c.item.attributedAs?.claim
  const words = cue ? ` The words that say so: ${quoted(cue.text)}.` : ''
  return `${quoted(claim?.text ?? '')} — ${c.right.text}.${words}`
}

function question(context: GeneratorContext, group: SourcedClaim[]): SourceMatchQuestion {
  const id = questionId('source_match', group.map((c) => c.item.id))
  const random = randomFor(context, id)
  const spans = group.flatMap((c) => {
    const a = c.item.attributedAs
    return a ? [a.claim, ...(a.cue ? [a.cue] : [])] : []
  })
  return {
    id,
    type: 'source_match',
    prompt: 'Match each claim with where the article says it comes from.',
    left: shuffled(group.map((c) => c.left), random),
    right: shuffled(group.map((c) => c.right), random),
    answer: Object.fromEntries(group.map((c) => [c.left.id, c.right.id])),
    explanation: group.map(explain).join(' '),
    // With the items whose words or tags its cues print (“he told Reuters” tags Nairy's quotation too).
    ...alsoShowing(grounding(context, group.map((c) => c.item), spans), idsShown(context, spans)),
    difficulty: group.some((c) => c.kind === 'none') && group.some((c) => c.kind === 'unconfirmed' || c.kind === 'military_sources') ? 3 : 2,
  }
}

/** Items a competing_claims question already asks with their source (a tension whose two sides are sourced): not asked again here. */
export function askedByCompetingClaims(context: GeneratorContext): Set<string> {
  const sourced = new Set(context.allItems.filter((i) => i.attributedAs).map((i) => i.id))
  const tensions = (context.knowledge.tensions ?? []).filter((t) => sourced.has(t.a) && sourced.has(t.b))
  return new Set(tensions.flatMap((t) => [t.a, t.b]))
}

export function sourceMatchQuestions(context: GeneratorContext): SourceMatchQuestion[] {
  const asked = askedByCompetingClaims(context)
  return groupClaims(sourcedClaims(context).filter((c) => !asked.has(c.item.id))).map((group) => question(context, group))
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { sourceMatchQuestions as generate }
