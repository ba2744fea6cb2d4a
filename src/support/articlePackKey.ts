/**
 * Where a page (or a test) provides the article pack for the components below it; useArticlePack()
 * reads it. A plain string, so it can live here, apart from the composable.
 */
export const ARTICLE_PACK_KEY = 'close-read:article-pack'
