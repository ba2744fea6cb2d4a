// matching: people -> roles, quotes -> speakers, places -> roles and places -> what the article
// says about them. Groups are fixed by reading order (never by the seed, so ids stay stable); a
// group never holds two right-hand answers that overlap, so the pairing is a bijection with one
// right answer.
import type { Entity } from '../../../content/schema'
import { shuffled } from '../../random'
import type { MatchingQuestion, Pair } from './model'
import { entity, randomFor, someonesWords, type GeneratorContext } from '../../generators/context'
import { entityLabel, overlaps } from '../../generators/entities'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
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
    // The items whose words lie inside a pair's (“unconfirmed reports that Azeri troops are
    // bombarding villages and control part of the capital”): shown with it, kept apart from it.
    ...alsoShowing(grounding(context, items, flatMapped(group, (p) => p.evidence)), idsShown(context, flatMapped(group, (p) => p.evidence))),
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

const contentWords = (text: string) => (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !['the', 'and', 'of'].includes(w))

/** Does the right-hand text repeat a word of the left-hand name ("Stepanakert airport" ↔ "Airport where…")? */
export function repeatsName(name: string, text: string): boolean {
  const words = new Set(contentWords(text))
  return contentWords(name).some((w) => words.has(w))
}

/**
 * Does a role carry a country ("Turkish President", "US State Department spokesperson")? A word that
 * is a country's name, or begins with its first four letters (“Russian”, “Armenia’s”, “Azeri”).
 */
export function carriesCountry(context: GeneratorContext, role: string): boolean {
  const countries = context.knowledge.entities.filter((e) => e.kind === 'place' && e.category === 'country').map((e) => e.name)
  const words = role.match(/[\p{L}’']+/gu) ?? []
  return words.some((word) =>
    countries.some((name) => (name.length < 4 ? word === name : word.replace(/’s$/, '').toLowerCase().startsWith(name.slice(0, 4).toLowerCase()))),
  )
}

/**
 * Place roles a reader is asked elsewhere: the item a place-events pair asks (Kochogot, Grigoryan's
 * village), or a fact whose gap a cloze asks is the place's name (“the capital, Stepanakert”).
 */
function askedElsewhere(context: GeneratorContext, pair: Pair): boolean {
  const eventItems = new Set(flatMapped(placeEvents(context), (p) => p.items.map((i) => i.id)))
  const names = [pair.answer.name, ...(pair.answer.alsoAccept ?? [])]
  return pair.items.some((item) => eventItems.has(item.id) || (item.keyTerms ?? []).some((t) => names.includes(t.text)))
}

export function matchingQuestions(context: GeneratorContext): MatchingQuestion[] {
  // A pair of nested places ("Stepanakert", "Stepanakert airport") could swap roles, so they never share a group.
  const placeClash = (a: Entity, b: Entity) => overlaps(a, b) || nested(a, b)
  // Two roles that carry their country ("Turkish President", "Azeri President") match by nationality alone.
  const personClash = (a: Entity, b: Entity) => overlaps(a, b) || (carriesCountry(context, a.role ?? '') && carriesCountry(context, b.role ?? ''))
  // Not a role told by its date (“State dissolved in 1991”): known without the article, and a date
  // beside the places of the story.
  const placeRoles = rolePairs(context, 'place').filter((p) => !repeatsName(p.left.text, p.right.text) && !askedElsewhere(context, p) && !/\b\d{4}\b/.test(p.right.text))
  // Each speaker once per group: rotate through the speakers instead of taking their quotes in a row.
  const quotes = quotePairs(context)
  const rounds = quotes.map((p) => quotes.filter((o) => o.answer.id === p.answer.id).indexOf(p))
  const rotated = quotes.map((p, i) => ({ p, round: rounds[i] as number })).sort((a, b) => a.round - b.round).map((x) => x.p)
  return [
    ...pack(rolePairs(context, 'person'), personClash).map((g) => matching(context, 'people-roles', 'Match each person with the role the article gives them.', g)),
    // A name or term in quotation marks (“socialism in one country”) is nobody's words, so it is
    // never matched with a speaker.
    ...withoutPairs(pack(rotated), (p) => p.items.every((q) => 'suitableForWhoSaid' in q && someonesWords(q))).map((g) =>
      matching(context, 'quote-speakers', 'Match each quotation in the article with the one it is attributed to.', g),
    ),
    ...pack(placeRoles, placeClash).map((g) => matching(context, 'place-roles', 'Match each place with how the article describes it.', g)),
    // “says about it”, not “reports happened there”: some pairs are claims or unconfirmed reports.
    ...pack(placeEvents(context), placeClash).map((g) => matching(context, 'place-events', 'Match each place with what the article says about it.', g, true)),
  ]
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { matchingQuestions as generate }
