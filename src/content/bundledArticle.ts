// The shipped article pack: the one place the bundled article and its knowledge base come together.
// Bundled at build time (no network fetch), so the article is there offline from the first visit.
// The knowledge base is imported first for the bundle's order: the article and the knowledge base
// share a chunk (vite.config.ts), and with the article after the knowledge base, whose quotes and
// statements it repeats, that chunk gzips about 0.9 KB smaller.
//
// The knowledge base is validated against the article at build time (scripts/validate-content-plugin.ts
// fails the build) and in the tests, so the app does not ship the validator: validating again on
// every start would cost bytes and time on a phone. The build ships it packed (offsets into the
// article for its words, numbers for ids: knowledgeCodec.ts); it is unpacked here.
import knowledgeData from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import articleText from '../../content/articles/nagorno-karabakh-exodus-2023/article.txt?raw'
import { createArticlePack, parseParagraphs, type Article, type ArticlePack } from './article'
import { unpackKnowledge } from './knowledgeCodec'
import type { KnowledgeBase } from './schema'

export const ARTICLE_ID = 'nagorno-karabakh-exodus-2023'

export const article: Article = {
  id: ARTICLE_ID,
  title: 'The Nagorno-Karabakh exodus, September 2023 (an opinion piece)',
  paragraphs: parseParagraphs(articleText),
}

/** The article the app ships, with its knowledge base. Pages read it through useArticlePack(). */
export const bundledPack: ArticlePack = createArticlePack(article, unpackKnowledge(knowledgeData, article.paragraphs) as KnowledgeBase)
