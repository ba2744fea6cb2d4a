// What every generator works from: the knowledge base, the article's paragraphs and the seed.
import type { Entity, KnowledgeBase, KnowledgeItem, Quote } from '../../content/schema'
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

/** The item with the quotes it voices, or the positions that voice it: the same words in the article. */
function sameWords(context: GeneratorContext, target: KnowledgeItem): KnowledgeItem[] {
  const voices = 'quotes' in target ? (target.quotes ?? []) : []
  const voicedBy = context.knowledge.positions.filter((p) => p.quotes?.includes(target.id))
  return [target, ...voices.map((id) => item(context, id)), ...voicedBy]
}

/**
 * Who holds, says or does what the knowledge base links to this item (`related`, either way):
 * Miller "echoed Pashinyan’s remarks", Antonov accuses the US of what the author says it aims at.
 * A statement given to one of them instead of the holder is too close to be plainly false.
 */
export function linkedHolderIds(context: GeneratorContext, target: KnowledgeItem): Set<string> {
  const own = sameWords(context, target)
  const ownIds = new Set(own.map((i) => i.id))
  const linked = allItems(context).filter(
    (other) => !ownIds.has(other.id) && (own.some((i) => i.related?.includes(other.id)) || other.related?.some((id) => ownIds.has(id))),
  )
  const ids = linked.flatMap((other) => [
    other.holder,
    'speaker' in other ? other.speaker : undefined,
    ...('event' in other ? (other.event.actors ?? []) : []),
  ])
  return new Set(ids.filter((id): id is string => id !== undefined))
}

/**
 * Is the quotation someone's words? Not a term the article puts in quotation marks without a fair
 * who-said (“socialism in one country” names a theory; “Zanzegur corridor” names a plan).
 */
export const someonesWords = (quote: Quote): boolean => quote.kind === 'speech' || quote.suitableForWhoSaid
