// False statements for true_false, made only by swapping one element of an item's summary for
// another of the article: a number, a year, a weekday, a place of the same kind, or the holder
// for one of its confusableWith (never one whose own statement the knowledge base links to this
// one). Nothing outside quotation marks is invented; words inside them are never touched.
import { AUTHOR_ID, type Entity, type KnowledgeItem } from '../../../content/schema'
import { entity, linkedHolderIds, perBuild, type GeneratorContext } from '../../generators/context'
import { entityLabel, labelInSentence, nameSpans, namesEntity, overlaps, sameSort, subjectSpan, type Span } from '../../generators/entities'
import { swapValues, type ArticleNumber } from '../../generators/numbers'
import { capitalise, formatNumber, quoteDepthAt, splice, wordIndices } from '../../generators/text'
import { flatMapped } from '../../generators/lists'

export interface Swap {
  kind: 'number' | 'exchange' | 'year' | 'weekday' | 'place' | 'holder'
  /** What the article has, and what the false statement puts in its place. */
  from: string
  to: string
  statement: string
  /** The article the names take in the sentence (“the Caucasus”), for the explanation. */
  article?: 'the'
}

const insideQuotes = (text: string, at: number): boolean => quoteDepthAt(text, at) > 0

function once(text: string, needle: string): Span | undefined {
  const hits = wordIndices(text, needle).filter((at) => !insideQuotes(text, at))
  return hits.length === 1 && wordIndices(text, needle).length === 1 ? { start: hits[0] as number, end: (hits[0] as number) + needle.length } : undefined
}

function numberSwaps(_: GeneratorContext, item: KnowledgeItem, numbers: readonly ArticleNumber[]): Swap[] {
  const own = numbers.find((n) => n.fact.id === item.id)
  if (!own || (item.kind === 'quantity' && item.quantity.alternative)) return []
  const text = item.summary
  const from = formatNumber(own.value)
  const span = once(text, from)
  if (!span) return []
  const kind = own.isYear ? 'year' : 'number'
  const swaps: Swap[] = swapValues(own, numbers).map((value) => ({ kind, from, to: formatNumber(value), statement: splice(text, span.start, span.end, formatNumber(value)) }))
  // "68 killed and 290 injured" -> "290 killed and 68 injured": both numbers are the article's.
  for (const other of numbers.filter((n) => n.unit === own.unit && n.value !== own.value && !n.isYear)) {
    const otherSpan = once(text, formatNumber(other.value))
    if (!otherSpan) continue
    const [first, second] = span.start < otherSpan.start ? [span, otherSpan] : [otherSpan, span]
    const swapped = splice(splice(text, second.start, second.end, text.slice(first.start, first.end)), first.start, first.end, text.slice(second.start, second.end))
    swaps.push({ kind: 'exchange', from, to: formatNumber(other.value), statement: swapped })
  }
  return swaps
}

/** The weekdays in the article's time words ("Monday"), once per build. */
const articleWeekdays = perBuild((context): readonly string[] => {
  const phrases = flatMapped(context.knowledge.facts, (f) => (f.kind === 'event' ? (f.event.time?.phrases ?? []) : []))
  return [...new Set(flatMapped(phrases, (p) => p.text.match(/\b\p{Lu}\p{Ll}+day\b/gu) ?? []))]
})

function weekdaySwaps(context: GeneratorContext, item: KnowledgeItem): Swap[] {
  if (item.kind !== 'event' || !item.event.time) return []
  const weekdays = articleWeekdays(context)
  const own = weekdays.filter((day) => item.event.time?.phrases.some((p) => p.text.includes(day)))
  const day = own[0]
  const span = day && own.length === 1 ? once(item.summary, day) : undefined
  if (!day || !span) return []
  return weekdays.filter((d) => d !== day).map((to) => ({ kind: 'weekday', from: day, to, statement: splice(item.summary, span.start, span.end, to) }))
}

const PLACE_KINDS = /* @__PURE__ */ ['village', 'capital', 'enclave', 'republic'].map((kind) => ({ kind, pattern: new RegExp(`\\b${kind}\\b`) }))
const roleKind = (e: Entity): string | undefined => PLACE_KINDS.find(({ pattern }) => pattern.test(e.role ?? ''))?.kind
/** The knowledge base's category where it gives one, narrowed by the role's words (a territory that is an enclave). */
const placeKind = (e: Entity): string | undefined => {
  const byRole = roleKind(e)
  return e.category !== undefined && byRole !== undefined ? `${e.category}:${byRole}` : (e.category ?? byRole)
}

/**
 * A place the statement's own actors hold (Nakhchivan, “an enclave of Azerbaijan”, where Aliyev is
 * the actor): “Aliyev has blockaded Nakhchivan” is no plausible misreading, only an absurd one.
 */
function heldByActor(context: GeneratorContext, place: Entity, text: string): boolean {
  const actors = context.knowledge.entities.filter((e) => e.kind !== 'place' && namesEntity(text, e))
  const held = new Set(actors.flatMap((e) => (e.overlapsWith ?? []).map((id) => context.entities.get(id)).filter((o): o is Entity => o?.kind === 'place')))
  return [...held].some((country) => wordIndices(place.role ?? '', country.name).length > 0)
}

/**
 * Places whose role gives them a kind, each with its kind and the entities whose names hold its
 * name ("Stepanakert airport"): asked for every item, found once per build.
 */
const kindedPlaces = perBuild((context) =>
  flatMapped(context.knowledge.entities, (place) => {
    const kind = place.kind === 'place' ? placeKind(place) : undefined
    if (!kind) return []
    return [{ place, kind, longerNames: context.knowledge.entities.filter((other) => other.id !== place.id && other.name.includes(place.name)) }]
  }),
)

/** Names the article writes with “the” (“the US”, “the Soviet Union”): one swapped for a bare name reads wrong and gives the answer away. */
const takesThe = perBuild((context) => {
  const text = context.paragraphs.join('\n')
  return new Set(context.knowledge.entities.filter((e) => new RegExp(`\\bthe ${e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)).map((e) => e.id))
})

function placeSwaps(context: GeneratorContext, item: KnowledgeItem): Swap[] {
  const withThe = takesThe(context)
  const places = kindedPlaces(context)
  const text = item.summary
  return flatMapped(places, ({ place, kind, longerNames }): Swap[] => {
    // A place fact defines its own place ("Yerevan is the Armenian capital"): swapping that is not clearly false.
    if (item.kind === 'place' && item.places.includes(place.id)) return []
    // The swap replaces the place's own name: a text without it has nothing to swap (most have none).
    if (!text.includes(place.name)) return []
    const spans = nameSpans(text, place)
    const span = spans[0]
    if (spans.length !== 1 || !span || insideQuotes(text, span.start) || text.slice(span.start, span.end) !== place.name) return []
    // "Stepanakert" inside "Stepanakert airport" names another place; swapping it would invent one.
    if (longerNames.some((other) => nameSpans(text, other).some((o) => o.start <= span.start && o.end >= span.end))) return []
    return places
      .filter(
        (other) =>
          other.place.id !== place.id &&
          other.kind === kind &&
          withThe.has(other.place.id) === withThe.has(place.id) &&
          !namesEntity(text, other.place) &&
          !heldByActor(context, other.place, text),
      )
      // “the Caucasus” and “the Middle East” keep their article in the explanation's words too.
      .map(({ place: other }) => ({ kind: 'place', from: place.name, to: other.name, statement: splice(text, span.start, span.end, other.name), ...(/\bthe\s$/i.test(text.slice(0, span.start)) ? { article: 'the' } : {}) }))
  })
}

function holderSwaps(context: GeneratorContext, item: KnowledgeItem): Swap[] {
  if (!item.holder || !item.confusableWith?.length) return []
  const holder = entity(context, item.holder)
  const span = subjectSpan(item.summary, holder)
  if (!span || insideQuotes(item.summary, span.start)) return []
  // Quoted words in the first person (“push us out of the region”) belong to the speaker's side:
  // given to anyone else they read as absurd, and the answer shows (a teacher's read).
  if ((item.summary.match(/“[^”]*”/g) ?? []).some((quote) => /\b(we|us|our|ours|I|me|my)\b/i.test(quote))) return []
  const from = item.summary.slice(span.start, span.end)
  const linked = linkedHolderIds(context, item)
  return item.confusableWith
    .map((id) => entity(context, id))
    // Someone who could have said it: a witness for a witness, an official for an official.
    .filter((other) => other.kind !== 'place' && !overlaps(other, holder) && sameSort(holder, other) && !namesEntity(item.summary, other) && !linked.has(other.id))
    .map((other) => {
      // “The author argues …” given to someone else says whose report it is: “According to the article, X argues …”.
      const lead = span.lead || holder.id !== AUTHOR_ID ? '' : 'According to the article, '
      const to = span.lead || lead ? labelInSentence(other) : capitalise(entityLabel(other))
      return { kind: 'holder', from, to, statement: lead + splice(item.summary, span.start, span.end, to) }
    })
}

/** Every false variant of the item's summary; the summary itself is the true statement. */
export function falseVariants(context: GeneratorContext, item: KnowledgeItem, numbers: readonly ArticleNumber[]): Swap[] {
  const swaps: Swap[] = []
  for (const kind of [numberSwaps, weekdaySwaps, placeSwaps, holderSwaps]) swaps.push(...kind(context, item, numbers))
  return swaps.filter((swap, i) => swap.statement !== item.summary && swaps.findIndex((s) => s.statement === swap.statement) === i)
}
