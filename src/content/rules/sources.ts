// Sources and tensions: how the article attributes an item (attributedAs) and which items it sets
// against each other (tensions), for the source_match and competing_claims questions.
import { AUTHOR_ID, type Entity, type EvidenceSpan, type KnowledgeItem, type SourceKind } from '../schema'
import { defineRule } from './rule'
import { preview, wholeWordIndices } from './text'
import { itemsWithPaths, surfaceForms } from './walk'

/** The certainties each source kind may go with: one item has one certainty everywhere. */
const CERTAINTIES_OF: Record<SourceKind, readonly string[]> = {
  none: ['reported_fact'],
  unconfirmed: ['unconfirmed_report'],
  witness_reuters: ['claim', 'attributed_quote', 'actor_position'],
  witnesses_media: ['claim'],
  witness: ['claim', 'attributed_quote', 'actor_position'],
  military_sources: ['claim'],
  officials: ['claim', 'denial', 'actor_position'],
  named_official: ['claim', 'attributed_quote', 'actor_position'],
  think_tank: ['claim', 'attributed_quote', 'actor_position'],
  author: ['author_position'],
}

/** What the holder must be for each source kind (undefined: no holder). */
const HOLDER_OF: Record<SourceKind, (holder: Entity | undefined) => boolean> = {
  none: (h) => h === undefined,
  unconfirmed: (h) => h === undefined,
  witness_reuters: (h) => h?.kind === 'person' && h.category === 'witness',
  witnesses_media: (h) => h?.kind === 'group',
  witness: (h) => h?.kind === 'person' && h.category === 'witness',
  military_sources: (h) => h?.kind === 'group',
  officials: (h) => h?.kind === 'group' && h.category === 'official',
  named_official: (h) => h?.kind === 'person' && h.category === 'official',
  think_tank: (h) => h?.category === 'think-tank',
  author: (h) => h?.id === AUTHOR_ID,
}

/** Words a cue of each kind must hold, beyond naming the holder. */
const CUE_WORDS: Partial<Record<SourceKind, RegExp>> = {
  unconfirmed: /\bunconfirmed\b/i,
  witness_reuters: /\bReuters\b/,
  witnesses_media: /\bmedia\b/,
}
const NO_CUE: readonly SourceKind[] = ['none', 'author']
const PRONOUN = /\b(he|she|it|they)\b/i

export const attributionFitsItem = defineRule(
  'attribution-fits-item',
  "An item's source kind (attributedAs) goes with its certainty and holder; the author's and the article's own items have no cue, every other has one.",
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const attributed = item.attributedAs
      if (!attributed) continue
      const where = `${path}.attributedAs`
      if (!CERTAINTIES_OF[attributed.as].includes(item.certainty)) report(`${where}.as: '${attributed.as}' does not go with certainty ${item.certainty}`)
      const holder = item.holder === undefined ? undefined : entities.get(item.holder)
      if (!HOLDER_OF[attributed.as](holder)) report(`${where}.as: '${attributed.as}' does not fit the holder ${item.holder === undefined ? '(none)' : `'${item.holder}'`}`)
      const needsCue = !NO_CUE.includes(attributed.as)
      if (needsCue && !attributed.cue) report(`${where}.cue: a '${attributed.as}' source needs the words that name it`)
      if (!needsCue && attributed.cue) report(`${where}.cue: a '${attributed.as}' item has no words naming a source`)
    }
  },
)

const inside = (inner: EvidenceSpan, outer: EvidenceSpan) => inner.paragraph === outer.paragraph && inner.start >= outer.start && inner.end <= outer.end
const overlap = (a: EvidenceSpan, b: EvidenceSpan) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end

/** Does the text name the entity by one of its surface forms (whole words)? */
function names(text: string, entity: Entity | undefined): boolean {
  return entity !== undefined && surfaceForms(entity).some((form) => wholeWordIndices(text, form).length > 0)
}

function ownSpans(item: KnowledgeItem): EvidenceSpan[] {
  return [...item.evidence, ...('attribution' in item ? item.attribution : [])]
}

export const attributionSpansFit = defineRule(
  'attribution-spans-fit',
  "An attribution's claim is within the item's evidence and does not name its source; its cue names the source, sits in the claim's paragraph (or the one before) and is apart from the claim.",
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    for (const { item, path } of itemsWithPaths(knowledge)) {
      const attributed = item.attributedAs
      if (!attributed) continue
      const where = `${path}.attributedAs`
      const { claim, cue } = attributed
      const holder = item.holder === undefined ? undefined : entities.get(item.holder)
      if (!item.evidence.some((span) => inside(claim, span))) report(`${where}.claim: “${preview(claim.text)}” is not within the item's evidence`)
      if (item.holder !== AUTHOR_ID && names(claim.text, holder)) report(`${where}.claim: “${preview(claim.text)}” names its source, so it would give the answer away`)
      if (!cue) continue
      if (cue.paragraph !== claim.paragraph && cue.paragraph !== claim.paragraph - 1) report(`${where}.cue: paragraph ${cue.paragraph} is neither the claim's (${claim.paragraph}) nor the one before`)
      if (overlap(cue, claim)) report(`${where}.cue: “${preview(cue.text)}” overlaps the claim`)
      const words = CUE_WORDS[attributed.as]
      if (words && !words.test(cue.text)) report(`${where}.cue: “${preview(cue.text)}” does not say ${words.source.replace(/\\b/g, '')}`)
      const namesHolder = holder === undefined || names(cue.text, holder) || PRONOUN.test(cue.text)
      if (!namesHolder) report(`${where}.cue: “${preview(cue.text)}” does not name the holder '${item.holder}'`)
      if (cue.paragraph === claim.paragraph && !ownSpans(item).some((span) => span.paragraph === cue.paragraph)) report(`${where}.cue: not in a paragraph of the item`)
    }
  },
)

// Words that would say which side is right: a tension's note only says who says what.
const JUDGING = /\b(true|false|lie|lies|lying|lied|right|wrong|correct|incorrect|proves?|disproves?|refutes?|debunks?|accurate|inaccurate)\b/i

export const tensionsSetTwoSources = defineRule(
  'tensions-set-two-sources',
  'A tension sets two items with a source kind each, held by different holders, against each other; its note never says which is right.',
  ({ knowledge }, report) => {
    const items = new Map(itemsWithPaths(knowledge).map(({ item }) => [item.id, item]))
    const seen = new Set<string>()
    knowledge.tensions?.forEach((tension, i) => {
      const path = `tensions[${i}]`
      if (seen.has(tension.id)) report(`${path}.id: '${tension.id}' is used twice`)
      seen.add(tension.id)
      const a = items.get(tension.a)
      const b = items.get(tension.b)
      for (const [side, item, id] of [['a', a, tension.a], ['b', b, tension.b]] as const) {
        if (!item) report(`${path}.${side}: unknown item '${id}'`)
        else if (!item.attributedAs) report(`${path}.${side}: '${id}' has no attributedAs, so its source cannot be asked`)
      }
      if (tension.a === tension.b) report(`${path}: sets an item against itself`)
      else if (a && b && (a.holder ?? 'none') === (b.holder ?? 'none')) report(`${path}: both sides are held by ${a.holder ?? 'no one'}`)
      const judging = JUDGING.exec(tension.note)
      if (judging) report(`${path}.note: “${judging[0]}” judges a side; say only who says what`)
    })
  },
)

export const quotedPartsAreTheSpeakers = defineRule(
  'quoted-parts-are-the-speakers',
  "A paraphrase's quoted parts are words inside quotes of the speaker it paraphrases, never the words it adds.",
  ({ knowledge }, report) => {
    knowledge.positions.forEach((position, i) => {
      const paraphrase = position.paraphrase
      if (!paraphrase?.quotedParts) return
      const speakers = new Set(knowledge.quotes.filter((q) => paraphrase.of.includes(q.id)).map((q) => q.speaker))
      const spans = knowledge.quotes.filter((q) => speakers.has(q.speaker)).flatMap((q) => q.evidence)
      paraphrase.quotedParts.forEach((part, j) => {
        const path = `positions[${i}].paraphrase.quotedParts[${j}]`
        if (!spans.some((span) => inside(part, span))) report(`${path}: “${preview(part.text)}” is not inside a quote of the speaker paraphrased`)
        if (part.text.includes(paraphrase.adds) || paraphrase.adds.includes(part.text)) report(`${path}: “${preview(part.text)}” is what the summary adds`)
      })
    })
  },
)

export const holderIsSourcedOneWay = defineRule(
  'holder-is-sourced-one-way',
  "All the items of one holder that carry a source kind carry the same one, and all the quotes of one speaker name the same addressee (Nairy's words are all what he told Reuters).",
  ({ knowledge }, report) => {
    const kinds = new Map<string, { as: SourceKind; path: string }>()
    for (const { item, path } of itemsWithPaths(knowledge)) {
      if (!item.attributedAs || item.holder === undefined) continue
      const first = kinds.get(item.holder)
      if (!first) kinds.set(item.holder, { as: item.attributedAs.as, path })
      else if (first.as !== item.attributedAs.as) report(`${path}.attributedAs.as: '${item.attributedAs.as}', but ${first.path} sources '${item.holder}' as '${first.as}'`)
    }
    const addressees = new Map<string, { addressee: string | undefined; path: string }>()
    knowledge.quotes.forEach((quote, i) => {
      if (quote.speaker === undefined || (quote.kind !== 'speech' && quote.addressee === undefined)) return
      const path = `quotes[${i}]`
      const first = addressees.get(quote.speaker)
      if (!first) addressees.set(quote.speaker, { addressee: quote.addressee, path })
      else if (first.addressee !== quote.addressee) {
        report(`${path}.addressee: ${quote.addressee === undefined ? 'none' : `'${quote.addressee}'`}, but ${first.path} has ${first.addressee === undefined ? 'none' : `'${first.addressee}'`} for the same speaker`)
      }
    })
  },
)
