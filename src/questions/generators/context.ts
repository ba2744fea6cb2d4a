// What every generator works from: the knowledge base, the article's paragraphs and the seed.
import type { Entity, KnowledgeBase, KnowledgeItem } from '../../content/schema'
import { hashString, seededRandom, type Random } from '../random'
import type { Question } from '../types'

export interface GeneratorContext {
  knowledge: KnowledgeBase
  paragraphs: readonly string[]
  entities: ReadonlyMap<string, Entity>
  items: ReadonlyMap<string, KnowledgeItem>
  seed: number
}

export type Generator = (context: GeneratorContext) => Question[]

export function createContext(knowledge: KnowledgeBase, paragraphs: readonly string[], seed: number): GeneratorContext {
  return {
    knowledge,
    paragraphs,
    entities: new Map(knowledge.entities.map((e) => [e.id, e])),
    items: new Map([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item])),
    seed,
  }
}

/** One RNG per question, so adding a question never shifts the variants of the others. */
export function randomFor(context: GeneratorContext, questionId: string): Random {
  return seededRandom(hashString(`${context.seed}|${questionId}`))
}

export function allItems(context: GeneratorContext): KnowledgeItem[] {
  const { facts, quotes, positions } = context.knowledge
  return [...facts, ...quotes, ...positions]
}

export function entity(context: GeneratorContext, id: string): Entity {
  const found = context.entities.get(id)
  if (!found) throw new Error(`Unknown entity '${id}'`)
  return found
}

export function item(context: GeneratorContext, id: string): KnowledgeItem {
  const found = context.items.get(id)
  if (!found) throw new Error(`Unknown item '${id}'`)
  return found
}
