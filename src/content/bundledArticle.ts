// Bundled at build time (no network fetch), so the article is there offline from the first visit.
import articleText from '../../content/articles/nagorno-karabakh-exodus-2023/article.txt?raw'
import { parseParagraphs, type Article } from './article'

export const ARTICLE_ID = 'nagorno-karabakh-exodus-2023'

export const article: Article = {
  id: ARTICLE_ID,
  title: 'The Nagorno-Karabakh exodus, September 2023 (an opinion piece)',
  paragraphs: parseParagraphs(articleText),
}
