// The knowledge base as a whole: for this article, ids that name one thing, an author.
import { AUTHOR_ID } from '../schema'
import { defineRule } from './rule'

export const paragraphCountMatches = defineRule(
  'paragraph-count-matches',
  'The knowledge base expects as many paragraphs as the article has, so it is checked against the right article.',
  ({ knowledge, paragraphs }, report) => {
    if (knowledge.paragraphCount !== paragraphs.length) {
      report(`paragraphCount: the knowledge base expects ${knowledge.paragraphCount} paragraphs but the article has ${paragraphs.length}`)
    }
  },
)

export const idsAreUnique = defineRule(
  'ids-are-unique',
  'No two topics, entities, facts, quotes or positions share an id, across collections too.',
  ({ knowledge: kb }, report) => {
    const seen = new Map<string, string>()
    const collections = { topics: kb.topics, entities: kb.entities, facts: kb.facts, quotes: kb.quotes, positions: kb.positions }
    for (const [name, list] of Object.entries(collections)) {
      list.forEach((item: { id: string }, i: number) => {
        const where = `${name}[${i}]`
        const earlier = seen.get(item.id)
        if (earlier) report(`${where}.id: duplicate id '${item.id}' (also ${earlier})`)
        else seen.set(item.id, where)
      })
    }
  },
)

export const authorEntityExists = defineRule(
  'author-entity-exists',
  `An entity with id '${AUTHOR_ID}' stands for the article's author, who holds every author_position.`,
  ({ knowledge }, report) => {
    if (!knowledge.entities.some((e) => e.id === AUTHOR_ID)) report(`entities: no entity with id '${AUTHOR_ID}' for the article's author`)
  },
)
