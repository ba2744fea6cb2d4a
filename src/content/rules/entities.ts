// Entities: roles with evidence, overlaps both ways, and paragraph lists that match the article.
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
