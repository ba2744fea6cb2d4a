// The shipped knowledge base, validated once against the bundled article. An invalid file fails
// loudly here (and earlier, at build time, in scripts/validate-content-plugin.ts).
import knowledgeData from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { article } from './bundledArticle'
import type { Entity, KnowledgeBase, KnowledgeItem } from './schema'
import { validateKnowledge } from './validate'

function load(): KnowledgeBase {
  const result = validateKnowledge(knowledgeData as unknown, article.paragraphs)
  if (!result.ok) {
    throw new Error(
      `The knowledge base for “${article.id}” is invalid (${result.errors.length} errors):\n  - ${result.errors.join('\n  - ')}`,
    )
  }
  return result.knowledge
}

export const knowledge: KnowledgeBase = load()

export const entitiesById: ReadonlyMap<string, Entity> = new Map(knowledge.entities.map((e) => [e.id, e]))

export const itemsById: ReadonlyMap<string, KnowledgeItem> = new Map(
  [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item]),
)
