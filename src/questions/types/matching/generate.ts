// matching: people -> roles, quotes -> speakers, places -> roles and places -> what the article
// says about them. Groups are fixed by reading order (never by the seed, so ids stay stable); a
// group never holds two right-hand answers that overlap, so the pairing is a bijection with one
// right answer.
import type { Entity } from '../../../content/schema'
import { shuffled } from '../../random'
import type { MatchingQuestion, Pair } from './model'
import { entity, randomFor, someonesWords, type GeneratorContext } from '../../generators/context'
import { entityLabel, overlaps } from '../../generators/entities'
import { grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { placeEvents } from './placeEvents'
import { nested, roleEntries } from '../../generators/roles'
import { quoted } from '../../generators/text'
import { flatMapped } from '../../generators/lists'


const MAX_PAIRS = 4

/** Packs pairs, in order, into groups of up to MAX_PAIRS whose answers neither repeat nor overlap. */
export function pack(pairs: readonly Pair[], clash = overlaps): Pair[][] {
  const groups: Pair[][] = []
  for (const pair of pairs) {
    const group = groups.find((g) => g.length < MAX_PAIRS && !g.some((p) => clash(p.answer, pair.answer)))
    if (group) group.push(pair)
    else groups.push([pair])
  }
  // Top up a short last group from fuller ones, so fewer pairs are left out.
  const last = groups.at(-1)
  for (const donor of groups.slice(0, -1)) {
    const moving = donor.at(-1)
    if (!last || last.length >= 3 || donor.length <= 3 || !moving) continue
    if (last.some((p) => clash(p.answer, moving.answer))) continue
    last.push(donor.pop() as Pair)
  }
  return groups.filter((g) => g.length >= 3)
}

/**
 * `groups` without the pairs `keep` rejects. Taking pairs out after packing, not before, leaves
 * every group that loses none exactly as it was (same pairs, same id); the pairs of a group left
 * with fewer than three go to the other groups that lost one, where they fit.
 */
export function withoutPairs(groups: readonly Pair[][], keep: (pair: Pair) => boolean, clash = overlaps): Pair[][] {
  const kept = groups.map((g) => ({ pairs: g.filter(keep), touched: !g.every(keep) }))
  const open = kept.filter((g) => g.touched && g.pairs.length >= 3).map((g) => g.pairs)
  for (const pair of flatMapped(kept.filter((g) => g.pairs.length < 3), (g) => g.pairs)) {
    open.find((g) => g.length < MAX_PAIRS && !g.some((p) => clash(p.answer, pair.answer)))?.push(pair)
  }
  return kept.map((g) => g.pairs).filter((g) => g.length >= 3)
}

/** `explain` texts are either "A — b" fragments (joined after "According to the article:") or whole attributed sentences. */
function matching(context: GeneratorContext, kind: string, prompt: string, group: Pair[], sentences = false): MatchingQuestion {
  const items = flatMapped(group, (p) => p.items)
  const id = questionId('matching', items.map((i) => i.id), kind)
  const random = randomFor(context, id)
  const explanation = sentences
    ? group.map((p) => p.explain).join(' ')
    : `According to the article: ${group.map((p) => p.explain.replace(/\.$/, '')).join('; ')}.`
  return {
    id,
    type: 'matching',
    prompt,
    left: shuffled(group.map((p) => p.left), random),
    right: shuffled(group.map((p) => p.right), random),
    answer: Object.fromEntries(group.map((p) => [p.left.id, p.right.id])),
    misreading: kind === 'quote-speakers' ? 'wrong-speaker' : 'mixed-up-detail',
    explanation,
    ...grounding(context, items, flatMapped(group, (p) => p.evidence)),
    difficulty: 2,
  }
}

function rolePairs(context: GeneratorContext, kind: 'person' | 'place'): Pair[] {
  return roleEntries(context, kind).map((e) => ({
    left: { id: e.entity.id, text: entityLabel(e.entity) },
    right: { id: `role:${e.entity.id}`, text: e.role },
    answer: e.entity,
    items: e.items,
    evidence: e.evidence,
    explain: `${entityLabel(e.entity)} — ${e.entity.role ?? e.role}`,
  }))
}

function quotePairs(context: GeneratorContext): Pair[] {
  return flatMapped(context.knowledge.quotes, (q): Pair[] => {
    // Whole quotations only: a “…” of the app's inside the marks would look like the article's own.
    if (!q.speaker || q.text.length > 200) return []
    const speaker = entity(context, q.speaker)
    const right = { id: speaker.id, text: entityLabel(speaker) }
    const left = { id: q.id, text: quoted(q.text) }
    return [{ left, right, answer: speaker, items: [q], evidence: [...q.evidence, ...q.attribution], explain: `${left.text} — ${right.text}` }]
  })
}

export function matchingQuestions(context: GeneratorContext): MatchingQuestion[] {
  // A pair of nested places ("Stepanakert", "Stepanakert airport") could swap roles, so they never share a group.
  const placeClash = (a: Entity, b: Entity) => overlaps(a, b) || nested(a, b)
  // Each speaker once per group: rotate through the speakers instead of taking their quotes in a row.
  const quotes = quotePairs(context)
  const rounds = quotes.map((p) => quotes.filter((o) => o.answer.id === p.answer.id).indexOf(p))
  const rotated = quotes.map((p, i) => ({ p, round: rounds[i] as number })).sort((a, b) => a.round - b.round).map((x) => x.p)
  return [
    ...pack(rolePairs(context, 'person')).map((g) => matching(context, 'people-roles', 'Match each person with the role the article gives them.', g)),
    // A name or term in quotation marks (“socialism in one country”) is nobody's words, so it is
    // never matched with a speaker.
    ...withoutPairs(pack(rotated), (p) => p.items.every((q) => 'suitableForWhoSaid' in q && someonesWords(q))).map((g) =>
      matching(context, 'quote-speakers', 'Match each quotation in the article with the one it is attributed to.', g),
    ),
    ...pack(rolePairs(context, 'place'), placeClash).map((g) => matching(context, 'place-roles', 'Match each place with how the article describes it.', g)),
    // “says about it”, not “reports happened there”: some pairs are claims or unconfirmed reports.
    ...pack(placeEvents(context), placeClash).map((g) => matching(context, 'place-events', 'Match each place with what the article says about it.', g, true)),
  ]
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { matchingQuestions as generate }
