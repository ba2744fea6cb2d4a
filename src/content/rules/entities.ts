// Entities: roles with evidence, overlaps both ways, and paragraph lists that match the article.
import type { Entity } from '../schema'
import { defineRule } from './rule'
import { mentionParagraphs, referenceParagraphs } from './walk'

export const personRoleHasEvidence = defineRule(
  'person-role-has-evidence',
  "A person's role is backed by the article's words (roleEvidence).",
  ({ knowledge }, report) => {
    knowledge.entities.forEach((e, i) => {
      if (e.role !== undefined && e.kind === 'person' && !e.roleEvidence?.length) report(`entities[${i}].roleEvidence: a person's role needs evidence`)
    })
  },
)

export const overlapsAreMutual = defineRule(
  'overlaps-are-mutual',
  'An entity never overlaps itself, and each entity it overlaps with lists it back.',
  ({ knowledge }, report) => {
    const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
    knowledge.entities.forEach((e, i) => {
      e.overlapsWith?.forEach((other, j) => {
        const path = `entities[${i}].overlapsWith[${j}]`
        if (other === e.id) report(`${path}: an entity cannot overlap itself`)
        else if (entities.get(other) && !entities.get(other)?.overlapsWith?.includes(e.id)) report(`${path}: '${other}' does not list '${e.id}' back`)
      })
    })
  },
)

export const entityParagraphsAscending = defineRule(
  'entity-paragraphs-ascending',
  "An entity's paragraphs are listed in ascending order, each once.",
  ({ knowledge }, report) => {
    knowledge.entities.forEach((e, i) => {
      const sorted = [...e.paragraphs].sort((a, b) => a - b)
      if (new Set(e.paragraphs).size !== e.paragraphs.length || sorted.some((p, j) => p !== e.paragraphs[j])) {
        report(`entities[${i}].paragraphs: must be ascending without repeats`)
      }
    })
  },
)

export const entityParagraphsListMentions = defineRule(
  'entity-paragraphs-list-mentions',
  "An entity's paragraphs include every paragraph that names it (by name, alias or mention, as whole words).",
  ({ knowledge, paragraphs }, report) => {
    knowledge.entities.forEach((e, i) => {
      for (const p of mentionParagraphs(e, paragraphs)) {
        if (!e.paragraphs.includes(p)) report(`entities[${i}].paragraphs: '${e.id}' is named in paragraph ${p}, which is not listed`)
      }
    })
  },
)

export const entityParagraphsAreJustified = defineRule(
  'entity-paragraphs-are-justified',
  'Each paragraph an entity lists names it or holds the evidence of an item that refers to it.',
  ({ knowledge, paragraphs }, report) => {
    const referencedIn = referenceParagraphs(knowledge)
    knowledge.entities.forEach((e, i) => {
      const allowed = new Set([...mentionParagraphs(e, paragraphs), ...(referencedIn.get(e.id) ?? [])])
      e.paragraphs.forEach((p, j) => {
        if (!allowed.has(p)) report(`entities[${i}].paragraphs[${j}]: '${e.id}' is neither named in paragraph ${p} nor the subject of an item there`)
      })
    })
  },
)

/**
 * The categories each kind of entity may have. A choice offered beside an entity, or a holder
 * swapped in for it, is of the same category: a town for a town, never a plan for a place.
 */
export const CATEGORIES_OF_KIND: Readonly<Record<Entity['kind'], readonly string[]>> = {
  person: ['witness', 'official', 'military'],
  group: ['author', 'witness', 'official', 'government', 'military', 'media'],
  organisation: ['think-tank', 'government', 'agency', 'alliance', 'military', 'media'],
  place: ['town', 'site', 'territory', 'country', 'region', 'plan'],
}

export const entityHasCategory = defineRule(
  'entity-has-category',
  'Every entity, each a possible wrong answer beside others, has a category that its kind allows.',
  ({ knowledge }, report) => {
    knowledge.entities.forEach((e, i) => {
      const allowed = CATEGORIES_OF_KIND[e.kind]
      if (e.category === undefined) report(`entities[${i}].category: '${e.id}' has none (one of ${allowed.join(', ')})`)
      else if (!allowed.includes(e.category)) report(`entities[${i}].category: '${e.category}' is not a ${e.kind} category (one of ${allowed.join(', ')})`)
    })
  },
)

/** The most words a role may have: a role is a title, not a sentence about the person or place. */
export const MAX_ROLE_WORDS = 8
// Words that give away a person's gender, which a choice must never do.
const GENDERED = /\b(he|she|him|his|her|hers|man|woman|men|women|spokesman|spokeswoman|chairman|chairwoman|mother|father|son|daughter|wife|husband|boy|girl)\b/i

export const roleIsShortAndNeutral = defineRule(
  'role-is-short-and-neutral',
  `A person's or place's role is a short title (at most ${MAX_ROLE_WORDS} words) that gives away no gender.`,
  ({ knowledge }, report) => {
    knowledge.entities.forEach((e, i) => {
      if (e.role === undefined || (e.kind !== 'person' && e.kind !== 'place')) return
      const words = e.role.split(/\s+/).filter(Boolean).length
      if (words > MAX_ROLE_WORDS) report(`entities[${i}].role: “${e.role}” has ${words} words (at most ${MAX_ROLE_WORDS})`)
      const gendered = GENDERED.exec(e.role)
      if (gendered) report(`entities[${i}].role: “${gendered[0]}” gives away a gender`)
    })
  },
)
