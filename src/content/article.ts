// The article as the app ships it: one paragraph per line of content/articles/<slug>/article.txt,
// and the article pack: the article with its knowledge base, the one value the pages read them from.
import type { Entity, KnowledgeBase, KnowledgeItem } from './schema'

export interface Article {
  id: string
  /** A neutral title of the app's own: the text itself has no headline, byline, outlet or date. */
  title: string
  paragraphs: string[]
}

/**
 * One article and its knowledge base, with the lookups every page needs. The shipped one is built
 * in bundledArticle.ts; a test or a second article builds its own with createArticlePack.
 */
export interface ArticlePack extends Article {
  knowledge: KnowledgeBase
  /** Every entity of the knowledge base by id. */
  entitiesById: ReadonlyMap<string, Entity>
  /** Every fact, quote and position by id. */
  itemsById: ReadonlyMap<string, KnowledgeItem>
}

/** The pack of an article and its (validated) knowledge base. */
export function createArticlePack(article: Article, knowledge: KnowledgeBase): ArticlePack {
  return {
    ...article,
    knowledge,
    entitiesById: new Map(knowledge.entities.map((e) => [e.id, e])),
    itemsById: new Map([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item])),
  }
}

/** Splits the stored text into paragraphs (one per line), keeping each line byte for byte. */
export function parseParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + (p.match(/\S+/g)?.length ?? 0), 0)
}
