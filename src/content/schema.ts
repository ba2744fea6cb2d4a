// The shape of an article's knowledge base (content/articles/<slug>/knowledge.json): who is in the
// article, what it reports, who says what, and what the author argues, each tied to verbatim
// evidence. The fields are described in knowledgeSchema.ts (the valibot schema the build checks
// against); this module gives the app their types and constants without loading the library.
// validate.ts checks what a schema cannot (offsets, references, coverage).
import type * as v from 'valibot'
import type {
  DetailFactSchema,
  EntityLabelSchema,
  EntitySchema,
  EventFactSchema,
  EventInfoSchema,
  EventTimeSchema,
  EvidenceSpanSchema,
  FactSchema,
  KeyTermSchema,
  KnowledgeBaseSchema,
  PlaceFactSchema,
  PositionSchema,
  QuantityFactSchema,
  QuantitySchema,
  QuoteSchema,
  SpeechQuoteSchema,
  TermQuoteSchema,
  TopicSchema,
} from './knowledgeSchema'

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

export const FACT_CERTAINTIES = ['reported_fact', 'claim', 'unconfirmed_report'] as const
export const POSITION_CERTAINTIES = ['actor_position', 'author_position', 'denial', 'claim'] as const

/** The id of the article's author, who holds every author_position. */
export const AUTHOR_ID = 'author'

export const ENTITY_KINDS = ['person', 'group', 'place', 'organisation'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

/**
 * Why a key term is worth a gap: a name, a number, a hedge (“unconfirmed”), a reporting verb
 * (“denied”, “echoed”), a loaded or evaluative word (“debacle”, “fratricidal”), or the word a claim
 * turns on (“bombarded”, “too weak”).
 */
export const KEY_TERM_KINDS = ['name', 'number', 'hedge', 'attribution', 'loaded', 'claim'] as const
export type KeyTermKind = (typeof KEY_TERM_KINDS)[number]

export const QUANTITY_PRECISIONS = ['as_stated', 'at_least', 'vague'] as const

export const POSITION_KINDS = ['view', 'call', 'proposal', 'pledge', 'denial', 'accusation', 'label'] as const
export type PositionKind = (typeof POSITION_KINDS)[number]

/** A verbatim span of the article: paragraphs[paragraph - 1].slice(start, end) === text. */
export type EvidenceSpan = v.InferOutput<typeof EvidenceSpanSchema>
export type KeyTerm = v.InferOutput<typeof KeyTermSchema>
export type Topic = v.InferOutput<typeof TopicSchema>
export type EntityLabel = v.InferOutput<typeof EntityLabelSchema>
export type Entity = v.InferOutput<typeof EntitySchema>
export type Quantity = v.InferOutput<typeof QuantitySchema>
export type EventTime = v.InferOutput<typeof EventTimeSchema>
export type EventInfo = v.InferOutput<typeof EventInfoSchema>
export type QuantityFact = v.InferOutput<typeof QuantityFactSchema>
export type EventFact = v.InferOutput<typeof EventFactSchema>
export type PlaceFact = v.InferOutput<typeof PlaceFactSchema>
export type DetailFact = v.InferOutput<typeof DetailFactSchema>
export type Fact = v.InferOutput<typeof FactSchema>
export type SpeechQuote = v.InferOutput<typeof SpeechQuoteSchema>
export type TermQuote = v.InferOutput<typeof TermQuoteSchema>
export type Quote = v.InferOutput<typeof QuoteSchema>
export type Position = v.InferOutput<typeof PositionSchema>
export type KnowledgeBase = v.InferOutput<typeof KnowledgeBaseSchema>
export type KnowledgeItem = Fact | Quote | Position

/** True only when the article's order puts event time `a` before `b`. */
export function isBefore(a: EventTime, b: EventTime): boolean {
  return a.order.latest < b.order.earliest
}
