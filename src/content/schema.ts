// The knowledge base's types and constants, as the content layer hands them on: they are defined in
// src/domain/knowledge.ts (new code imports them from there), and the valibot schema that checks a
// knowledge.json against them is knowledgeSchema.ts. This module adds what is computed from them.
import type { EventTime } from '../domain/knowledge'

export {
  AUTHOR_ID,
  CERTAINTIES,
  ENTITY_KINDS,
  FACT_CERTAINTIES,
  KEY_TERM_KINDS,
  POSITION_CERTAINTIES,
  POSITION_KINDS,
  QUANTITY_PRECISIONS,
  SOURCE_KINDS,
  STRUCTURE_ROLES,
} from '../domain/knowledge'
export type {
  Attribution,
  Certainty,
  DetailFact,
  Entity,
  EntityKind,
  EntityLabel,
  EventFact,
  EventInfo,
  EventTime,
  EvidenceSpan,
  Fact,
  KeyTerm,
  KeyTermKind,
  KnowledgeBase,
  KnowledgeItem,
  PlaceFact,
  Position,
  PositionKind,
  Quantity,
  QuantityFact,
  Quote,
  SpeechQuote,
  SourceKind,
  Tension,
  TermQuote,
  Topic,
  Rewording,
  StructurePart,
  StructureRole,
  TextGenre,
  ExplainTask,
} from '../domain/knowledge'

/** True only when the article's order puts event time `a` before `b`. */
export function isBefore(a: EventTime, b: EventTime): boolean {
  return a.order.latest < b.order.earliest
}
