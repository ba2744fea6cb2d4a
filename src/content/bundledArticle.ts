// Bundled at build time (no network fetch), so the article is there offline from the first visit.
// The knowledge base is imported first for the bundle's order only: the article and the knowledge
// base share a chunk (vite.config.ts), and with the article after the knowledge base, whose quotes
// and statements it repeats, that chunk gzips about 0.9 KB smaller.
import '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import articleText from '../../content/articles/nagorno-karabakh-exodus-2023/article.txt?raw'
import { parseParagraphs, type Article } from './article'

export const ARTICLE_ID = 'nagorno-karabakh-exodus-2023'

export const article: Article = {
  id: ARTICLE_ID,
  title: 'The Nagorno-Karabakh exodus, September 2023 (an opinion piece)',
  paragraphs: parseParagraphs(articleText),
}
