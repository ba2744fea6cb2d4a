import { describe, expect, it } from 'vitest'
import {
  entityHasCategory,
  entityParagraphsAreJustified,
  entityParagraphsAscending,
  entityParagraphsListMentions,
  overlapsAreMutual,
  personRoleHasEvidence,
  roleIsShortAndNeutral,
} from '../../../src/content/rules/entities'
import { miniPack, problemsAfter, reported } from './miniPack'

describe('person-role-has-evidence', () => {
  const rule = personRoleHasEvidence
  it("accepts a person's role with evidence, and a group's role without", () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[5]!.role = 'people who fled'))).toEqual([])
  })
  it("rejects a person's role without evidence", () => {
    expect(problemsAfter(rule, ({ knowledge }) => delete knowledge.entities[4]!.roleEvidence)).toEqual(
      reported(rule, "entities[4].roleEvidence: a person's role needs evidence"),
    )
  })
})

describe('overlaps-are-mutual', () => {
  const rule = overlapsAreMutual
  it('accepts overlaps listed both ways', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an overlap not listed back, and an entity overlapping itself', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[5]!.overlapsWith = []
      knowledge.entities[6]!.overlapsWith = ['group.baku-officials']
    })
    expect(problems).toEqual(
      reported(rule, "entities[4].overlapsWith[0]: 'group.residents' does not list 'person.anna-petrosyan' back", 'entities[6].overlapsWith[0]: an entity cannot overlap itself'),
    )
  })
  it('leaves an unknown entity to entity-references-resolve', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[6]!.overlapsWith = ['group.unknown']))).toEqual([])
  })
})

describe('entity-paragraphs-ascending', () => {
  const rule = entityParagraphsAscending
  it('accepts ascending paragraphs', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[1]!.paragraphs = [1, 2, 3]))).toEqual([])
  })
  it('rejects paragraphs out of order or repeated', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[1]!.paragraphs = [2, 1]
      knowledge.entities[3]!.paragraphs = [3, 3]
    })
    expect(problems).toEqual(reported(rule, 'entities[1].paragraphs: must be ascending without repeats', 'entities[3].paragraphs: must be ascending without repeats'))
  })
})

describe('entity-paragraphs-list-mentions', () => {
  const rule = entityParagraphsListMentions
  it('accepts paragraphs that list every mention', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a paragraph that names the entity (by a mention too) and is not listed', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[3]!.paragraphs = []
      knowledge.entities[6]!.paragraphs = []
    })
    expect(problems).toEqual(
      reported(rule, "entities[3].paragraphs: 'place.baku' is named in paragraph 3, which is not listed", "entities[6].paragraphs: 'group.baku-officials' is named in paragraph 3, which is not listed"),
    )
  })
  it('counts whole words only', () => {
    // “Reuter” is inside “Reuters”: not a mention.
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[3]!.mentions = ['Reuter']))).toEqual([])
  })
})

describe('entity-paragraphs-are-justified', () => {
  const rule = entityParagraphsAreJustified
  it('accepts paragraphs where the entity is named or an item there refers to it', () => {
    // The author is named nowhere: its paragraph is the one of its position's evidence.
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a paragraph that neither names the entity nor holds an item about it', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[0]!.paragraphs = [1, 3]
      knowledge.positions[2]!.about = []
      knowledge.entities[3]!.name = 'Baku city'
    })
    expect(problems).toEqual(
      reported(
        rule,
        "entities[0].paragraphs[0]: 'author' is neither named in paragraph 1 nor the subject of an item there",
        "entities[3].paragraphs[0]: 'place.baku' is neither named in paragraph 3 nor the subject of an item there",
      ),
    )
  })
  it('counts every way an item refers to an entity: actors, places, speakers, venues', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[2]!.name = 'Stepanakert city'
      knowledge.entities[4]!.name = 'Anna P.'
      knowledge.entities[4]!.mentions = []
      knowledge.entities[3]!.name = 'Baku city'
      knowledge.positions[2]!.about = []
      knowledge.quotes[1]!.venue = 'place.baku'
      knowledge.quotes[1]!.paragraph = 2
    })
    // Stepanakert: the place of an event in paragraph 1; Anna: the speaker in paragraph 2; Baku: the venue of a quote in paragraph 2, not 3.
    expect(problems).toEqual(reported(rule, "entities[3].paragraphs[0]: 'place.baku' is neither named in paragraph 3 nor the subject of an item there"))
  })
})

describe('entity-has-category', () => {
  const rule = entityHasCategory
  it('accepts entities that each have a category of their kind', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an entity without a category, and a category of another kind (a witness is not a place)', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      delete knowledge.entities[4]!.category
      knowledge.entities[3]!.category = 'witness'
    })
    expect(problems).toEqual(
      reported(
        rule,
        "entities[3].category: 'witness' is not a place category (one of town, site, territory, country, region, plan)",
        "entities[4].category: 'person.anna-petrosyan' has none (one of witness, official, military)",
      ),
    )
  })
})

describe('role-is-short-and-neutral', () => {
  const rule = roleIsShortAndNeutral
  it('accepts a short role that names no gender', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a role that is a sentence, or that gives away a gender', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => (knowledge.entities[4]!.role = 'a teacher who fled Stepanakert with her children on Monday'))
    expect(problems).toEqual(
      reported(rule, 'entities[4].role: “a teacher who fled Stepanakert with her children on Monday” has 10 words (at most 8)', 'entities[4].role: “her” gives away a gender'),
    )
  })
  it('leaves the roles of groups alone', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.entities[5]!.role = 'the people of Stepanakert who fled the city on Monday morning'))).toEqual([])
  })
})
