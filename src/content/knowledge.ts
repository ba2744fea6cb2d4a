// The shipped knowledge base. It is validated against the article at build time
// (scripts/validate-content-plugin.ts fails the build) and in the tests, so the app does not ship
// the validator: validating again on every start would cost bytes and time on a phone.
import knowledgeData from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { article } from './bundledArticle'
import { unpackKnowledge } from './knowledgeCodec'
import type { Entity, KnowledgeBase, KnowledgeItem } from '../domain/knowledge'

// The build ships it packed: offsets into the article for its words, numbers for ids (knowledgeCodec.ts).
export const knowledge = unpackKnowledge(knowledgeData, article.paragraphs) as KnowledgeBase

export const entitiesById: ReadonlyMap<string, Entity> = new Map(knowledge.entities.map((e) => [e.id, e]))

export const itemsById: ReadonlyMap<string, KnowledgeItem> = new Map(
  [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item]),
)
