import { inject, type InjectionKey } from 'vue'
import type { ArticlePack } from '../content/article'
import { bundledPack } from '../content/bundledArticle'

/** Provide a pack under this key (a test, or a page for a second article) and the components below read it. */
export const ARTICLE_PACK_KEY: InjectionKey<ArticlePack> = Symbol('article pack')

/**
 * The article the page shows, with its knowledge base: the pack provided above the component, or
 * the shipped one. The one way the article pages and their components reach the content; importing
 * it loads the knowledge chunk, so only the pages that show the article import it, never Home.
 */
export function useArticlePack(): ArticlePack {
  return inject(ARTICLE_PACK_KEY, bundledPack)
}
