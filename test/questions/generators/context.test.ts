// The derived data generators share within one bank build.
import { describe, expect, it } from 'vitest'
import { article } from '../../../src/content/bundledArticle'
import { knowledge } from '../../../src/content/knowledge'
import type { KnowledgeItem } from '../../../src/content/schema'
import { createContext, itemsInvolving, linkedHolderIds, perBuild, relatedEitherWay, sentencesIn } from '../../../src/questions/generators/context'
import { involvedEntityIds } from '../../../src/questions/generators/entities'
import { sentenceBounds } from '../../../src/questions/generators/text'

const context = () => createContext(knowledge, article.paragraphs, 1)

describe('perBuild', () => {
  it('derives once per context and again for another context', () => {
    let runs = 0
    const derived = perBuild((c) => ({ seed: c.seed, run: ++runs }))
    const a = context()
    expect(derived(a)).toBe(derived(a))
    const b = createContext(knowledge, article.paragraphs, 2)
    expect(derived(b)).toEqual({ seed: 2, run: 2 })
    expect(runs).toBe(2)
  })

  it('remembers a derived undefined too', () => {
    let runs = 0
    const derived = perBuild(() => void runs++)
    const a = context()
    derived(a)
    derived(a)
    expect(runs).toBe(1)
  })
})

describe('indices', () => {
  const c = context()

  it('itemsInvolving lists, for each entity, the items about it, in reading order of the knowledge base', () => {
    for (const entity of knowledge.entities) {
      const expected = c.allItems.filter((item) => involvedEntityIds(item).includes(entity.id))
      expect(itemsInvolving(c).get(entity.id) ?? [], entity.id).toEqual(expected)
    }
  })

  it('relatedEitherWay links two items when either names the other in related', () => {
    const linked = (a: KnowledgeItem, b: KnowledgeItem) => !!a.related?.includes(b.id) || !!b.related?.includes(a.id)
    for (const item of c.allItems) {
      const expected = c.allItems.filter((other) => linked(item, other)).map((other) => other.id)
      expect([...(relatedEitherWay(c).get(item.id) ?? [])].sort(), item.id).toEqual(expected.sort())
    }
  })

  it('linkedHolderIds names who holds what is linked to a quote or the position voicing it (Miller echoed Pashinyan)', () => {
    const withLinks = c.allItems.filter((item) => linkedHolderIds(c, item).size > 0)
    expect(withLinks.length).toBeGreaterThan(0)
    for (const item of withLinks) expect(linkedHolderIds(c, item), item.id).toBe(linkedHolderIds(c, item))
  })

  it('sentencesIn gives each paragraph its own sentence bounds', () => {
    article.paragraphs.forEach((paragraph, i) => expect(sentencesIn(c, i + 1)).toEqual(sentenceBounds(paragraph)))
  })
})
