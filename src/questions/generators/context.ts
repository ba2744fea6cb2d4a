// What every generator works from: the knowledge base, the article's paragraphs and the seed,
// and what several generators derive from them, computed once per bank build (see perBuild).
import type { Entity, KnowledgeBase, KnowledgeItem, Quote } from '../../content/schema'
import { hashString, seededRandom, type Random } from '../random'
import type { Question } from '../../domain/question'
import { involvedEntityIds } from './entities'
import { sentenceBounds, type SentenceBounds } from './text'
import { flatMapped } from './lists'

export interface GeneratorContext {
  knowledge: KnowledgeBase
  paragraphs: readonly string[]
  entities: ReadonlyMap<string, Entity>
  items: ReadonlyMap<string, KnowledgeItem>
  /** Facts, quotes and positions, in that order. */
  allItems: readonly KnowledgeItem[]
  seed: number
}

export type Generator = (context: GeneratorContext) => Question[]

export function createContext(knowledge: KnowledgeBase, paragraphs: readonly string[], seed: number): GeneratorContext {
  const all = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
  return {
    knowledge,
    paragraphs,
    entities: new Map(knowledge.entities.map((e) => [e.id, e])),
    items: new Map(all.map((item) => [item.id, item])),
    allItems: all,
    seed,
  }
}

/**
 * `derive` run once per context, that is once per bank build, however many generators ask for it
 * (the article's numbers, statements and roles serve several question types). Keyed by the
 * context object, so nothing outlives the build that made it.
 */
export function perBuild<T>(derive: (context: GeneratorContext) => T): (context: GeneratorContext) => T {
  const built = new WeakMap<GeneratorContext, { value: T }>()
  return (context) => {
    const known = built.get(context)
    if (known) return known.value
    const value = derive(context)
    built.set(context, { value })
    return value
  }
}

/** One RNG per question, so adding a question never shifts the variants of the others. */
export function randomFor(context: GeneratorContext, questionId: string): Random {
  return seededRandom(hashString(`${context.seed}|${questionId}`))
}

export function allItems(context: GeneratorContext): readonly KnowledgeItem[] {
  return context.allItems
}

/**
 * The sentence bounds of paragraph `paragraph` (1-based), found once per build: cloze, numeric,
 * who-said and true/false questions cut sentences from the same paragraphs hundreds of times.
 */
export function sentencesIn(context: GeneratorContext, paragraph: number): SentenceBounds {
  const known = paragraphSentences(context)
  const found = known.get(paragraph) ?? sentenceBounds(context.paragraphs[paragraph - 1] ?? '')
  known.set(paragraph, found)
  return found
}

const paragraphSentences = perBuild(() => new Map<number, SentenceBounds>())

function pushTo<T>(lists: Map<string, T[]>, key: string, value: T): void {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

/** Every item about an entity in any role (see involvedEntityIds), in allItems order. */
export const itemsInvolving = perBuild((context): ReadonlyMap<string, readonly KnowledgeItem[]> => {
  const byEntity = new Map<string, KnowledgeItem[]>()
  for (const item of context.allItems) {
    for (const id of involvedEntityIds(item)) pushTo(byEntity, id, item)
  }
  return byEntity
})

/** The ids each item's `related` names, and those of the items whose `related` names it. */
export const relatedEitherWay = perBuild((context): ReadonlyMap<string, ReadonlySet<string>> => {
  const related = new Map<string, Set<string>>(context.allItems.map((i) => [i.id, new Set()]))
  for (const item of context.allItems) {
    for (const id of item.related ?? []) {
      related.get(item.id)?.add(id)
      related.get(id)?.add(item.id)
    }
  }
  return related
})

/** For each quote, the positions that voice it (`quotes` on the position). */
const positionsVoicing = perBuild((context): ReadonlyMap<string, readonly KnowledgeItem[]> => {
  const voicing = new Map<string, KnowledgeItem[]>()
  for (const position of context.knowledge.positions) {
    for (const id of position.quotes ?? []) pushTo(voicing, id, position)
  }
  return voicing
})

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
  return [target, ...voices.map((id) => item(context, id)), ...(positionsVoicing(context).get(target.id) ?? [])]
}

/**
 * Who holds, says or does what the knowledge base links to this item (`related`, either way):
 * Miller "echoed Pashinyan’s remarks", Antonov accuses the US of what the author says it aims at.
 * A statement given to one of them instead of the holder is too close to be plainly false.
 */
export function linkedHolderIds(context: GeneratorContext, target: KnowledgeItem): ReadonlySet<string> {
  const known = linkedHolders(context)
  const found = known.get(target.id) ?? findLinkedHolderIds(context, target)
  known.set(target.id, found)
  return found
}

// True/false and whose-position questions ask this of the same items: each answered once per build.
const linkedHolders = perBuild(() => new Map<string, ReadonlySet<string>>())

function findLinkedHolderIds(context: GeneratorContext, target: KnowledgeItem): ReadonlySet<string> {
  const own = sameWords(context, target)
  const ownIds = new Set(own.map((i) => i.id))
  const linkedIds = new Set(flatMapped(own, (i) => [...(relatedEitherWay(context).get(i.id) ?? [])]).filter((id) => !ownIds.has(id)))
  const linked = [...linkedIds].map((id) => item(context, id))
  const ids = flatMapped(linked, (other) => [
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
