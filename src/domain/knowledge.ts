// The shape of an article's knowledge base (content/articles/<slug>/knowledge.json): who is in the
// article, what it reports, who says what, and what the author argues, each tied to verbatim
// evidence. content/knowledgeSchema.ts is the valibot schema the build checks a knowledge.json
// against, declared against these types; content/validate.ts checks what a schema cannot (offsets,
// references, coverage). Imports nothing.

/**
 * How the article presents an item. Never collapse these: the app must not state an opinion,
 * a claim or an unconfirmed report as fact.
 * - reported_fact: stated in the article's own reporting voice (it may name a `source`).
 * - attributed_quote: words in quotation marks, attributed to a speaker.
 * - actor_position: a view, call, proposal or pledge of someone in the article (not the author).
 * - author_position: the author's own argument, judgement or label.
 * - unconfirmed_report: the article itself says it is unconfirmed.
 * - denial: someone denies something.
 * - claim: an account the article passes on from a named holder without confirming it
 *   ("According to Russian military sources …", "X told Reuters that …", "what Aliyev claimed was …").
 */
export const CERTAINTIES = [
  'reported_fact',
  'attributed_quote',
  'actor_position',
  'author_position',
  'unconfirmed_report',
  'denial',
  'claim',
] as const
export type Certainty = (typeof CERTAINTIES)[number]

/**
 * A fact is reported, passed on as a claim, unconfirmed, or mentioned only inside someone's quoted
 * words (attributed_quote: “Russia’s full-scale invasion of Ukraine in 2022” is the think-tank's
 * phrase, so it reads as a quote, not as the article's report nor as an unconfirmed account).
 */
export const FACT_CERTAINTIES = ['reported_fact', 'claim', 'unconfirmed_report', 'attributed_quote'] as const
export type FactCertainty = (typeof FACT_CERTAINTIES)[number]
export const POSITION_CERTAINTIES = ['actor_position', 'author_position', 'denial', 'claim'] as const
export type PositionCertainty = (typeof POSITION_CERTAINTIES)[number]

/** The id of the article's author, who holds every author_position. */
export const AUTHOR_ID = 'author'

export const ENTITY_KINDS = ['person', 'group', 'place', 'organisation'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

/** What makes a key term worth a gap: a gap is never a plain word like “region”. */
export const KEY_TERM_KINDS = ['name', 'number', 'hedge', 'attribution', 'loaded', 'claim'] as const
export type KeyTermKind = (typeof KEY_TERM_KINDS)[number]

export const QUANTITY_PRECISIONS = ['as_stated', 'at_least', 'vague'] as const
export type QuantityPrecision = (typeof QUANTITY_PRECISIONS)[number]

export const POSITION_KINDS = ['view', 'call', 'proposal', 'pledge', 'denial', 'accusation', 'label'] as const
export type PositionKind = (typeof POSITION_KINDS)[number]

/**
 * Where an item comes from, as the article gives it (what source_match and competing_claims ask about).
 * - none: the article's own reporting voice names no source.
 * - unconfirmed: reports the article calls unconfirmed, naming no source.
 * - witness_reuters: a witness the article says spoke to Reuters.
 * - witnesses_media: people fleeing who, the article says, told international media.
 * - witness: a witness quoted by name, with no outlet given.
 * - military_sources: unnamed Russian military sources.
 * - officials: unnamed Azeri officials.
 * - named_official: an official the article names, in their own (quoted or reported) words.
 * - think_tank: a named think-tank's writing.
 * - author: the author's own argument or judgement.
 */
export const SOURCE_KINDS = [
  'none',
  'unconfirmed',
  'witness_reuters',
  'witnesses_media',
  'witness',
  'military_sources',
  'officials',
  'named_official',
  'think_tank',
  'author',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** How the article attributes an item: the kind of source, the words naming it, and the claim without them. */
export interface Attribution {
  as: SourceKind
  /** The words that name the source ("told Reuters", "According to Russian military sources"); absent for none and author. */
  cue?: EvidenceSpan
  /** What is claimed, verbatim, without the words naming the source (safe to show beside the sources). */
  claim: EvidenceSpan
}

/**
 * Two items the article sets against each other (an official's “utmost sensitivity” and the witnesses'
 * accounts). Questions ask how each is sourced and framed, never which is right.
 */
export interface Tension {
  /** "tension.…" */
  id: string
  /** Item ids; both carry `attributedAs`. */
  a: string
  b: string
  /** One neutral sentence on what the two say, naming who says each; it never judges which is right. */
  note: string
}

/** A verbatim span of the article: paragraphs[paragraph - 1].slice(start, end) === text. */
export interface EvidenceSpan {
  /** 1-based paragraph number. */
  paragraph: number
  /** JS string indices into that paragraph. */
  start: number
  end: number
  text: string
}

/** A good cloze blank: verbatim, whole words, and found exactly once in one evidence span. */
export interface KeyTerm {
  text: string
  kind: KeyTermKind
  /** Other spellings a learner may type (e.g. "Zangezur"); the article's own spelling stays `text`. */
  alsoAccept?: string[]
  /** A loaded term only: the article's phrase around it rewritten without the judgement, and two ways that keep one (word_choice). */
  rewording?: Rewording
  /** A loaded term only: what the word does to the reader, one or two neutral sentences in the app's words. */
  effect?: string
}

/**
 * A loaded term's phrase, rewritten: `phrase` is the article's words around the term (verbatim, in the
 * item's evidence); the three rewordings replace it whole. Only `neutral` takes the judgement out.
 */
export interface Rewording {
  phrase: string
  /** Says the same without the judgement ("the Armenian military defeat"). */
  neutral: string
  /** A stronger judgement than the article's ("… rout"): offered as an overstatement. */
  stronger: string
  /** A judgement in other words, of about the same strength. */
  slanted: string
}

/** What a part of the article does (structure questions). */
export const STRUCTURE_ROLES = ['report', 'witness', 'reaction', 'analysis', 'quoted_source', 'call_to_action'] as const
export type StructureRole = (typeof STRUCTURE_ROLES)[number]

/** A run of paragraphs and what it does in the piece. */
export interface StructurePart {
  /** "part.…" */
  id: string
  /** First and last paragraph (1-based, inclusive); the parts follow one another and cover the article. */
  paragraphs: [number, number]
  role: StructureRole
  /** The words that show the role (at least one, inside the part). */
  evidence: EvidenceSpan[]
  /** For teachers: why the part is read so. */
  note?: string
}

/** What kind of text the article is, and how a reader can tell. */
export interface TextGenre {
  /** The kind, in the app's words ("an opinion piece that argues a political position"). */
  kind: string
  /** Signs in the text, each with the words that show it. */
  signs: { sign: string; evidence: EvidenceSpan[] }[]
  /** Features the text shows (each with a span) that do not by themselves tell an argument from a report. */
  notSigns: { sign: string; evidence: EvidenceSpan[] }[]
  /** What the text lacks that would say who wrote it, when and where ("a byline", "a date", "the outlet's name"). */
  missing: string[]
  /** What the text does have, each with a span: wrong answers to what is missing. */
  present: { feature: string; evidence: EvidenceSpan[] }[]
  /** The paragraph where, after the reporting and the witnesses, the author's own argument takes over. */
  turn: number
  /** The author's call to action (a position id), in the app's words, and others' calls set beside it. */
  call: { item: string; text: string }
  otherCalls: { item: string; text: string }[]
}

/** A written question: answered in two or three sentences citing a paragraph, then self-checked against a checklist. */
export interface ExplainTask {
  /** "explain.…" */
  id: string
  question: string
  /** The paragraphs (1-based) a good answer cites. */
  paragraphs: number[]
  /** The items (ids) the task is about. */
  items: string[]
  /** A model answer in the app's words (at most 400 characters): attributes every view, keeps every hedge. */
  model: string
  /** What a good answer includes, two to five points. */
  checklist: { id: string; point: string }[]
  evidence: EvidenceSpan[]
}

export interface Topic {
  id: string
  label: string
  description: string
}

/** A description the article attaches to an entity that is someone's label, not a neutral title. */
export interface EntityLabel {
  /** Who attaches it (an entity id). */
  by: string
  evidence: EvidenceSpan
}

export interface Entity {
  /** "author", or "person.…", "group.…", "place.…", "org.…". */
  id: string
  kind: EntityKind
  /** What sort of person or place it is in the article (“witness”, “official”, “town”…): choices beside it are of the same category. */
  category?: string
  /** The name as the article gives it (for the author and unnamed groups: a neutral description). */
  name: string
  /** Other names the article itself uses (e.g. "Khankendi", "USAID"). */
  aliases?: string[]
  /** Short forms the article uses to refer to it (e.g. "Grigoryan", "think-tank"). */
  mentions?: string[]
  /** Spellings from outside the article accepted as answers, never shown as the article's. */
  alsoAccept?: string[]
  /** A short, neutral role in the article's own terms, fit for a matching question. */
  role?: string
  roleEvidence?: EvidenceSpan[]
  /** Evaluative labels someone in the article (often the author) attaches to this entity. */
  labels?: EntityLabel[]
  /** Entities so close to this one that a question must never offer one as a wrong answer for the other. */
  overlapsWith?: string[]
  /** Paragraphs (1-based, ascending) where it is named or where an item is about it. */
  paragraphs: number[]
  topics?: string[]
}

/** What every fact, quote and position has. */
interface ItemBase {
  /** Who holds it (an entity id): required for everything but a reported_fact (and an unnamed unconfirmed_report). */
  holder?: string
  /** The outlet or channel the article names (e.g. Reuters). */
  source?: string
  /** One neutral sentence in the app's own words that attributes the item to its holder. */
  summary: string
  /** Topic ids (at least one). */
  topics: string[]
  /** The paragraph of evidence[0]. */
  paragraph: number
  /** At least one span. */
  evidence: EvidenceSpan[]
  keyTerms?: KeyTerm[]
  /** Article wording (verbatim; may drop a final period, change the first letter's case, or elide with " … ") safe to show as a fact-or-position prompt. */
  statement?: string
  /** The item in other words, attributed as its summary is, for finding its words in the article (keeps every hedge; repeats few of the article's words). */
  restated?: string
  /** The words of its evidence that prove the restated statement, where they are fewer than a whole span. */
  proof?: EvidenceSpan
  /** Entities the item is about (beyond holder, speaker, actors). */
  about?: string[]
  /** Plausible but wrong holders for who-said / whose-position questions. */
  confusableWith?: string[]
  /** Other items (ids) that explain or answer this one. */
  related?: string[]
  /** For teachers: why an item is classified as it is, or what the article leaves open. */
  note?: string
  /** Where the item comes from, as the article gives it (source_match, competing_claims). */
  attributedAs?: Attribution
}

interface FactBase extends ItemBase {
  /** "fact.…" */
  id: string
  certainty: FactCertainty
}

export interface Quantity {
  /** What is counted, in neutral words ("people killed in the fuel depot blast"). */
  subject: string
  /** The number as the article writes it ("28,000", "77-kilometer (48-mile)", "Tens of thousands"). */
  display: string
  /** Absent when the article gives no number ("tens of thousands", "a considerable portion"). */
  value?: number
  unit?: string
  /** as_stated: a plain number; at_least: hedged by `hedge`; vague: no number at all. */
  precision: QuantityPrecision
  /** The article's hedge, verbatim ("At least", "Tens of thousands"). */
  hedge?: string
  /** The same quantity in another unit, as the article gives it ("48-mile"). */
  alternative?: { display: string; value: number; unit: string }
}

/**
 * When an event happened, in the article's own words, and where it sits in the article's order.
 * The order is an interval of abstract slots: A is certainly before B only when
 * A.order.latest < B.order.earliest. Overlapping intervals mean the article does not fix the order
 * (same day, or simply not said), so an ordering question must never ask to order them.
 */
export interface EventTime {
  /** The article's time words, verbatim ("Since June", "On Monday", "in 1991"); at least one. */
  phrases: EvidenceSpan[]
  year?: number
  order: { earliest: number; latest: number }
  /** Other events (fact ids) at the same time (same day or the same event told twice). */
  sameTimeAs?: string[]
  /** What the article leaves open about the timing. */
  note?: string
  /** The event without its time words, for an ordering question; absent: never ordered. */
  label?: string
}

export interface EventInfo {
  actors?: string[]
  place?: string
  /** Absent when the article gives no time words for it. */
  time?: EventTime
}

export interface QuantityFact extends FactBase {
  kind: 'quantity'
  quantity: Quantity
}
export interface EventFact extends FactBase {
  kind: 'event'
  event: EventInfo
}
export interface PlaceFact extends FactBase {
  kind: 'place'
  /** The places (entity ids) the fact describes; at least one. */
  places: string[]
}
export interface DetailFact extends FactBase {
  kind: 'detail'
}
export type Fact = QuantityFact | EventFact | PlaceFact | DetailFact

interface QuoteBase extends ItemBase {
  /** "quote.…" */
  id: string
  certainty: 'attributed_quote'
  /** The quoted words, verbatim; equal to evidence[0].text (a final comma or period inside the marks may be left out). */
  text: string
  /** Whom the words were told to, when the article says ("told Reuters"). */
  addressee?: string
  /** Where they were said, when the article says. */
  venue?: string
  /** Where the article names the speaker ("Grigoryan said"); at least one span. */
  attribution: EvidenceSpan[]
  /** Whether a who-said question on this quote is fair (needs a speaker and 3+ confusableWith). */
  suitableForWhoSaid: boolean
}

/** Full quoted speech: someone's words. */
export interface SpeechQuote extends QuoteBase {
  kind: 'speech'
  speaker: string
}
/** A quoted term, label or scare quote (“iron fist”, “Zanzegur corridor”); speaker = who used it, if the article says. */
export interface TermQuote extends QuoteBase {
  kind: 'term'
  speaker?: string
}
export type Quote = SpeechQuote | TermQuote

export interface Position extends ItemBase {
  /** "pos.<holder>.<name>" */
  id: string
  kind: PositionKind
  certainty: PositionCertainty
  holder: string
  /** Quotes (ids) that voice this position. */
  quotes?: string[]
  /** The author's own summary or framing of someone's quoted words; `adds` is what it says that the quotes do not. */
  paraphrase?: {
    of: string[]
    adds: string
    /** Parts of the speaker's quoted words, verbatim, to set beside the summary (paraphrase_check's wrong choices). */
    quotedParts?: EvidenceSpan[]
  }
}

export type KnowledgeItem = Fact | Quote | Position

export interface KnowledgeBase {
  schemaVersion: 1
  articleId: string
  paragraphCount: number
  /**
   * Capitalised words in the article that are not names (sentence starts, adjectives, titles).
   * Every other capitalised word must belong to an entity's name, alias or mention, so a person
   * the article names can never go unannotated.
   */
  capitalizedNonNames: string[]
  topics: Topic[]
  entities: Entity[]
  facts: Fact[]
  quotes: Quote[]
  positions: Position[]
  /** Pairs of items the article sets against each other (competing_claims). */
  tensions?: Tension[]
  /** The article's parts in order, each with its role (structure questions). */
  structure?: StructurePart[]
  genre?: TextGenre
  /** Written questions (explain). */
  explain?: ExplainTask[]
}
