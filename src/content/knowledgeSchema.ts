// The knowledge base's schema for valibot: what validate.ts (the build and the tests) checks a
// knowledge.json against, declared against the domain's types (src/domain/knowledge.ts) so the two
// cannot drift. The app itself never loads it: the shipped knowledge base was validated at build time.
import * as v from 'valibot'
import {
  CERTAINTIES,
  ENTITY_KINDS,
  FACT_CERTAINTIES,
  KEY_TERM_KINDS,
  POSITION_CERTAINTIES,
  POSITION_KINDS,
  QUANTITY_PRECISIONS,
  SOURCE_KINDS,
  type Attribution,
  STRUCTURE_ROLES,
  type DetailFact,
  type ExplainTask,
  type Rewording,
  type StructurePart,
  type TextGenre,
  type Entity,
  type EntityLabel,
  type EventFact,
  type EventInfo,
  type EventTime,
  type EvidenceSpan,
  type Fact,
  type KeyTerm,
  type KnowledgeBase,
  type PlaceFact,
  type Position,
  type Quantity,
  type QuantityFact,
  type Quote,
  type SpeechQuote,
  type TermQuote,
  type Tension,
  type Topic,
} from '../domain/knowledge'
import { schemaOf } from '../lib/schemaOf'

export const CertaintySchema = v.picklist(CERTAINTIES)

const NonEmpty = v.pipe(v.string(), v.minLength(1))
const Index = v.pipe(v.number(), v.integer(), v.minValue(0))
const ParagraphNumber = v.pipe(v.number(), v.integer(), v.minValue(1))

export const TopicIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid topic id'))
export const EntityIdSchema = v.pipe(
  v.string(),
  v.regex(/^(author|(person|group|place|org)\.[a-z0-9]+(-[a-z0-9]+)*)$/, 'Invalid entity id'),
)
const FactIdSchema = v.pipe(v.string(), v.regex(/^fact\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid fact id'))
const QuoteIdSchema = v.pipe(v.string(), v.regex(/^quote\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid quote id'))
const PositionIdSchema = v.pipe(
  v.string(),
  v.regex(/^pos\.[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid position id'),
)
const ItemIdSchema = v.union([FactIdSchema, QuoteIdSchema, PositionIdSchema], 'Invalid item id')

/** A verbatim span of the article: paragraphs[paragraph - 1].slice(start, end) === text. */
export const EvidenceSpanSchema = schemaOf<EvidenceSpan>()(v.strictObject({
  /** 1-based paragraph number. */
  paragraph: ParagraphNumber,
  /** JS string indices into that paragraph. */
  start: Index,
  end: Index,
  text: NonEmpty,
}))

/** A good cloze blank: verbatim, whole words, and found exactly once in one evidence span. */
export const KeyTermSchema = schemaOf<KeyTerm>()(v.strictObject({
  text: NonEmpty,
  /** What makes it worth a gap (see KEY_TERM_KINDS): a gap is never a plain word like “region”. */
  kind: v.picklist(KEY_TERM_KINDS),
  /** Other spellings a learner may type (e.g. "Zangezur"); the article's own spelling stays `text`. */
  alsoAccept: v.optional(v.array(NonEmpty)),
  /** A loaded term only: its phrase rewritten without the judgement, stronger, and slanted otherwise (word_choice). */
  rewording: v.optional(schemaOf<Rewording>()(v.strictObject({ phrase: NonEmpty, neutral: NonEmpty, stronger: NonEmpty, slanted: NonEmpty }))),
  /** A loaded term only: what the word does to the reader. */
  effect: v.optional(NonEmpty),
}))

const Spans = v.pipe(v.array(EvidenceSpanSchema), v.minLength(1))

/** A run of paragraphs and what it does in the piece (structure questions). */
export const StructurePartSchema = schemaOf<StructurePart>()(v.strictObject({
  id: v.pipe(v.string(), v.regex(/^part\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid part id')),
  paragraphs: v.tuple([ParagraphNumber, ParagraphNumber]),
  role: v.picklist(STRUCTURE_ROLES),
  evidence: Spans,
  note: v.optional(NonEmpty),
}))

const Sign = v.strictObject({ sign: NonEmpty, evidence: Spans })
const Call = v.strictObject({ item: NonEmpty, text: NonEmpty })

/** What kind of text the article is, and how a reader can tell. */
export const TextGenreSchema = schemaOf<TextGenre>()(v.strictObject({
  kind: NonEmpty,
  signs: v.pipe(v.array(Sign), v.minLength(1)),
  notSigns: v.pipe(v.array(Sign), v.minLength(3)),
  missing: v.pipe(v.array(NonEmpty), v.minLength(1)),
  present: v.pipe(v.array(v.strictObject({ feature: NonEmpty, evidence: Spans })), v.minLength(3)),
  turn: ParagraphNumber,
  call: Call,
  otherCalls: v.pipe(v.array(Call), v.minLength(3)),
}))

/** A written question with a model answer and a checklist (explain). */
export const ExplainTaskSchema = schemaOf<ExplainTask>()(v.strictObject({
  id: v.pipe(v.string(), v.regex(/^explain\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid explain id')),
  question: NonEmpty,
  paragraphs: v.pipe(v.array(ParagraphNumber), v.minLength(1)),
  items: v.pipe(v.array(NonEmpty), v.minLength(1)),
  model: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  checklist: v.pipe(v.array(v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), point: NonEmpty })), v.minLength(2), v.maxLength(5)),
  evidence: Spans,
}))

export const TopicSchema = schemaOf<Topic>()(v.strictObject({
  id: TopicIdSchema,
  label: NonEmpty,
  description: NonEmpty,
}))

/** A description the article attaches to an entity that is someone's label, not a neutral title. */
export const EntityLabelSchema = schemaOf<EntityLabel>()(v.strictObject({
  by: EntityIdSchema,
  evidence: EvidenceSpanSchema,
}))

export const EntitySchema = schemaOf<Entity>()(v.strictObject({
  id: EntityIdSchema,
  kind: v.picklist(ENTITY_KINDS),
  /**
   * What sort of person or place it is in the article (“witness”, “official”, “town”, “territory”,
   * “plan”): a choice offered beside it, or a holder swapped in for it, is of the same category.
   */
  category: v.optional(NonEmpty),
  /** The name as the article gives it (for the author and unnamed groups: a neutral description). */
  name: NonEmpty,
  /** Other names the article itself uses (e.g. "Khankendi", "USAID"). */
  aliases: v.optional(v.array(NonEmpty)),
  /** Short forms the article uses to refer to it (e.g. "Grigoryan", "think-tank"). */
  mentions: v.optional(v.array(NonEmpty)),
  /** Spellings from outside the article accepted as answers, never shown as the article's. */
  alsoAccept: v.optional(v.array(NonEmpty)),
  /** A short, neutral role in the article's own terms, fit for a matching question. */
  role: v.optional(NonEmpty),
  roleEvidence: v.optional(v.array(EvidenceSpanSchema)),
  /** Evaluative labels someone in the article (often the author) attaches to this entity. */
  labels: v.optional(v.array(EntityLabelSchema)),
  /** Entities so close to this one that a question must never offer one as a wrong answer for the other. */
  overlapsWith: v.optional(v.array(EntityIdSchema)),
  /** Paragraphs (1-based, ascending) where it is named or where an item is about it. */
  paragraphs: v.array(ParagraphNumber),
  topics: v.optional(v.array(TopicIdSchema)),
}))

/** How the article attributes an item: the kind of source, the words naming it, the claim without them. */
export const AttributionSchema = schemaOf<Attribution>()(v.strictObject({
  as: v.picklist(SOURCE_KINDS),
  /** The words that name the source; absent for none and author. */
  cue: v.optional(EvidenceSpanSchema),
  /** What is claimed, verbatim, without the words naming the source. */
  claim: EvidenceSpanSchema,
}))

/** Two items the article sets against each other: asked about for how each is sourced, never which is right. */
export const TensionSchema = schemaOf<Tension>()(v.strictObject({
  id: v.pipe(v.string(), v.regex(/^tension\.[a-z0-9]+(-[a-z0-9]+)*$/, 'Invalid tension id')),
  a: ItemIdSchema,
  b: ItemIdSchema,
  note: NonEmpty,
}))

const itemBase = {
  /** Who holds it: required for everything but a reported_fact (and an unnamed unconfirmed_report). */
  holder: v.optional(EntityIdSchema),
  /** The outlet or channel the article names (e.g. Reuters). */
  source: v.optional(EntityIdSchema),
  /** One neutral sentence in the app's own words that attributes the item to its holder. */
  summary: NonEmpty,
  topics: v.pipe(v.array(TopicIdSchema), v.minLength(1)),
  /** The paragraph of evidence[0]. */
  paragraph: ParagraphNumber,
  evidence: v.pipe(v.array(EvidenceSpanSchema), v.minLength(1)),
  keyTerms: v.optional(v.array(KeyTermSchema)),
  /**
   * Article wording safe to show as a fact-or-position prompt: verbatim, letter case included (a
   * cut quotation starts with the article's own small letter); it may drop a final period or elide
   * with " … ".
   */
  statement: v.optional(NonEmpty),
  /**
   * The item in other words, attributed as its summary is, for a question that asks the reader to
   * find its words in the article: it keeps every hedge and repeats few of the article's words.
   */
  restated: v.optional(NonEmpty),
  /** The words of its evidence that prove the restated statement, where they are fewer than a whole span. */
  proof: v.optional(EvidenceSpanSchema),
  /** Entities the item is about (beyond holder, speaker, actors). */
  about: v.optional(v.array(EntityIdSchema)),
  /** Plausible but wrong holders for who-said / whose-position questions. */
  confusableWith: v.optional(v.array(EntityIdSchema)),
  /** Other items that explain or answer this one. */
  related: v.optional(v.array(ItemIdSchema)),
  /** For teachers: why an item is classified as it is, or what the article leaves open. */
  note: v.optional(NonEmpty),
  /** Where the item comes from, as the article gives it. */
  attributedAs: v.optional(AttributionSchema),
}

const factBase = {
  ...itemBase,
  id: FactIdSchema,
  certainty: v.picklist(FACT_CERTAINTIES),
}

export const QuantitySchema = schemaOf<Quantity>()(v.strictObject({
  /** What is counted, in neutral words ("people killed in the fuel depot blast"). */
  subject: NonEmpty,
  /** The number as the article writes it ("28,000", "77-kilometer (48-mile)", "Tens of thousands"). */
  display: NonEmpty,
  /** Absent when the article gives no number ("tens of thousands", "a considerable portion"). */
  value: v.optional(v.number()),
  unit: v.optional(NonEmpty),
  /** as_stated: a plain number; at_least: hedged by `hedge`; vague: no number at all. */
  precision: v.picklist(QUANTITY_PRECISIONS),
  /** The article's hedge, verbatim ("At least", "Tens of thousands"). */
  hedge: v.optional(NonEmpty),
  /** The same quantity in another unit, as the article gives it ("48-mile"). */
  alternative: v.optional(v.strictObject({ display: NonEmpty, value: v.number(), unit: NonEmpty })),
}))

/**
 * When an event happened, in the article's own words, and where it sits in the article's order.
 * The order is an interval of abstract slots: A is certainly before B only when
 * A.order.latest < B.order.earliest. Overlapping intervals mean the article does not fix the order
 * (same day, or simply not said), so an ordering question must never ask to order them.
 */
export const EventTimeSchema = schemaOf<EventTime>()(v.strictObject({
  /** The article's time words, verbatim ("Since June", "On Monday", "in 1991"). */
  phrases: v.pipe(v.array(EvidenceSpanSchema), v.minLength(1)),
  year: v.optional(v.pipe(v.number(), v.integer())),
  order: v.strictObject({ earliest: v.number(), latest: v.number() }),
  /** Other events at the same time (same day or the same event told twice). */
  sameTimeAs: v.optional(v.array(FactIdSchema)),
  /** What the article leaves open about the timing. */
  note: v.optional(NonEmpty),
  /**
   * The event without its time words, for an ordering question (“The Soviet Union was dissolved.”):
   * an item that states its own year or day gives its place away. Absent: never ordered.
   */
  label: v.optional(NonEmpty),
}))

export const EventInfoSchema = schemaOf<EventInfo>()(v.strictObject({
  actors: v.optional(v.array(EntityIdSchema)),
  place: v.optional(EntityIdSchema),
  /** Absent when the article gives no time words for it. */
  time: v.optional(EventTimeSchema),
}))

export const QuantityFactSchema = schemaOf<QuantityFact>()(v.strictObject({
  ...factBase,
  kind: v.literal('quantity'),
  quantity: QuantitySchema,
}))
export const EventFactSchema = schemaOf<EventFact>()(v.strictObject({ ...factBase, kind: v.literal('event'), event: EventInfoSchema }))
export const PlaceFactSchema = schemaOf<PlaceFact>()(v.strictObject({
  ...factBase,
  kind: v.literal('place'),
  /** The places the fact describes. */
  places: v.pipe(v.array(EntityIdSchema), v.minLength(1)),
}))
export const DetailFactSchema = schemaOf<DetailFact>()(v.strictObject({ ...factBase, kind: v.literal('detail') }))

export const FactSchema = schemaOf<Fact>()(v.variant('kind', [QuantityFactSchema, EventFactSchema, PlaceFactSchema, DetailFactSchema]))

const quoteBase = {
  ...itemBase,
  id: QuoteIdSchema,
  certainty: v.literal('attributed_quote'),
  /** The quoted words, verbatim; equal to evidence[0].text (a final comma or period inside the marks may be left out). */
  text: NonEmpty,
  /** Whom the words were told to, when the article says ("told Reuters"). */
  addressee: v.optional(EntityIdSchema),
  /** Where they were said, when the article says. */
  venue: v.optional(EntityIdSchema),
  /** Where the article names the speaker ("Grigoryan said"). */
  attribution: v.pipe(v.array(EvidenceSpanSchema), v.minLength(1)),
  /** Whether a who-said question on this quote is fair (needs a speaker and 2+ confusableWith of its category). */
  suitableForWhoSaid: v.boolean(),
}

/** Full quoted speech: someone's words. */
export const SpeechQuoteSchema = schemaOf<SpeechQuote>()(v.strictObject({ ...quoteBase, kind: v.literal('speech'), speaker: EntityIdSchema }))
/** A quoted term, label or scare quote (“iron fist”, “Zanzegur corridor”); speaker = who used it, if the article says. */
export const TermQuoteSchema = schemaOf<TermQuote>()(v.strictObject({
  ...quoteBase,
  kind: v.literal('term'),
  speaker: v.optional(EntityIdSchema),
}))
export const QuoteSchema = schemaOf<Quote>()(v.variant('kind', [SpeechQuoteSchema, TermQuoteSchema]))

export const PositionSchema = schemaOf<Position>()(v.strictObject({
  ...itemBase,
  id: PositionIdSchema,
  kind: v.picklist(POSITION_KINDS),
  certainty: v.picklist(POSITION_CERTAINTIES),
  holder: EntityIdSchema,
  /** Quotes that voice this position. */
  quotes: v.optional(v.array(QuoteIdSchema)),
  /**
   * The author's own summary or framing of someone's quoted words (“Miller echoed Pashinyan’s
   * remarks, stating …”): questions give it as the author's, never as the speaker's words or a
   * neutral fact. `adds` is what the summary says that the quotes do not (verbatim from the evidence).
   */
  paraphrase: v.optional(v.strictObject({
    of: v.pipe(v.array(QuoteIdSchema), v.minLength(1)),
    adds: NonEmpty,
    /** Parts of the speaker's quoted words, verbatim, to set beside the summary. */
    quotedParts: v.optional(v.array(EvidenceSpanSchema)),
  })),
}))

export const KnowledgeBaseSchema = schemaOf<KnowledgeBase>()(v.strictObject({
  schemaVersion: v.literal(1),
  articleId: NonEmpty,
  paragraphCount: ParagraphNumber,
  /**
   * Capitalised words in the article that are not names (sentence starts, adjectives, titles).
   * Every other capitalised word must belong to an entity's name, alias or mention, so a person
   * the article names can never go unannotated.
   */
  capitalizedNonNames: v.array(NonEmpty),
  topics: v.array(TopicSchema),
  entities: v.array(EntitySchema),
  facts: v.array(FactSchema),
  quotes: v.array(QuoteSchema),
  positions: v.array(PositionSchema),
  /** Pairs of items the article sets against each other. */
  tensions: v.optional(v.array(TensionSchema)),
  structure: v.optional(v.array(StructurePartSchema)),
  genre: v.optional(TextGenreSchema),
  explain: v.optional(v.array(ExplainTaskSchema)),
}))
