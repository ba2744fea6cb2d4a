import { describe, expect, it } from 'vitest'
import rawKnowledge from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { createArticlePack } from '../../src/content/article'
import { ARTICLE_ID, article, bundledPack } from '../../src/content/bundledArticle'
import { entitiesById, itemsById, knowledge } from '../../src/content/knowledge'
import { validateKnowledge } from '../../src/content/validate'
import { MINI_PARAGRAPHS, miniKnowledge } from './rules/miniPack'

describe('createArticlePack', () => {
  const kb = miniKnowledge()
  const pack = createArticlePack({ id: 'mini', title: 'A small article', paragraphs: [...MINI_PARAGRAPHS] }, kb)

  it('keeps the article and its knowledge base as given', () => {
    expect(pack).toMatchObject({ id: 'mini', title: 'A small article', paragraphs: MINI_PARAGRAPHS })
    expect(pack.knowledge).toBe(kb)
  })

  it('looks up every entity and every fact, quote and position by id', () => {
    expect([...pack.entitiesById.keys()]).toEqual(kb.entities.map((e) => e.id))
    expect(pack.entitiesById.get('person.anna-petrosyan')).toBe(kb.entities[4])
    expect([...pack.itemsById.keys()]).toEqual([...kb.facts, ...kb.quotes, ...kb.positions].map((item) => item.id))
    expect(pack.itemsById.get('quote.term-hunger-siege')).toBe(kb.quotes[1])
    expect(pack.itemsById.get('person.anna-petrosyan')).toBeUndefined()
  })
})

describe('the shipped pack', () => {
  it('is the bundled article with the knowledge base the validator accepts', () => {
    expect(bundledPack).toMatchObject({ id: ARTICLE_ID, title: article.title, paragraphs: article.paragraphs })
    const result = validateKnowledge(rawKnowledge, article.paragraphs)
    expect(result.ok && result.knowledge).toEqual(bundledPack.knowledge)
    expect(bundledPack.knowledge.articleId).toBe(bundledPack.id)
  })

  it('is what the modules not yet given a pack read', () => {
    expect(knowledge).toBe(bundledPack.knowledge)
    expect(entitiesById).toBe(bundledPack.entitiesById)
    expect(itemsById).toBe(bundledPack.itemsById)
  })
})
