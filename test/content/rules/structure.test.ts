import { describe, expect, it } from 'vitest'
import { authorEntityExists, idsAreUnique, paragraphCountMatches } from '../../../src/content/rules/structure'
import { miniPack, problemsAfter, reported } from './miniPack'

describe('paragraph-count-matches', () => {
  const rule = paragraphCountMatches
  it('accepts a knowledge base made for the article', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects one checked against an article with another number of paragraphs', () => {
    expect(problemsAfter(rule, (pack) => pack.paragraphs.push('A fourth paragraph.'))).toEqual(
      reported(rule, 'paragraphCount: the knowledge base expects 3 paragraphs but the article has 4'),
    )
  })
})

describe('ids-are-unique', () => {
  const rule = idsAreUnique
  it('accepts distinct ids', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a repeated id within a collection and across collections', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[1]!.id = 'fact.fled-300'
      knowledge.topics[1]!.id = 'author'
    })
    expect(problems).toEqual(
      reported(rule, "entities[0].id: duplicate id 'author' (also topics[1])", "facts[1].id: duplicate id 'fact.fled-300' (also facts[0])"),
    )
  })
})

describe('author-entity-exists', () => {
  const rule = authorEntityExists
  it("accepts a knowledge base with the author's entity", () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects one without it', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[0]!.id = 'group.writer'))).toEqual(
      reported(rule, "entities: no entity with id 'author' for the article's author"),
    )
  })
})
