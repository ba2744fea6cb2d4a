import { inject } from 'vue'
import type { ArticlePack } from '../content/article'
import { bundledPack } from '../content/bundledArticle'
import { ARTICLE_PACK_KEY } from '../support/articlePackKey'

/**
 * The article the page shows, with its knowledge base: the pack provided above the component, or
 * the shipped one. The one way the article pages and their components reach the content; importing
 * it loads the knowledge chunk, so only the pages that show the article import it, never Home.
 */
export function useArticlePack(): ArticlePack {
  return inject<ArticlePack>(ARTICLE_PACK_KEY, bundledPack)
}
