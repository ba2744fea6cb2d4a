import { describe, expect, it } from 'vitest'
import { entityReferencesResolve, itemReferencesResolve, topicReferencesResolve } from '../../../src/content/rules/references'
import { factOfKind, miniPack, problemsAfter, reported } from './miniPack'

describe('entity-references-resolve', () => {
  const rule = entityReferencesResolve
  it('accepts references to known entities of the right kind', () => {
    expect(rule.check(miniPack())).toEqual([])
  })

  it('rejects unknown entities wherever they are referred to', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[5]!.overlapsWith = ['person.nobody']
      knowledge.entities[6]!.labels = [{ by: 'person.critic', evidence: knowledge.positions[2]!.evidence[0]! }]
      knowledge.facts[0]!.source = 'org.nowhere'
      factOfKind(knowledge, 'fact.fled-monday', 'event').event.actors = ['group.ghosts']
      knowledge.quotes[0]!.confusableWith![1] = 'group.nobody'
      knowledge.quotes[1]!.addressee = 'org.press'
      knowledge.positions[2]!.about = ['place.atlantis']
    })
    expect(problems).toEqual(
      reported(
        rule,
        "entities[5].overlapsWith[0]: unknown entity 'person.nobody'",
        "entities[6].labels[0].by: unknown entity 'person.critic'",
        "facts[0].source: unknown entity 'org.nowhere'",
        "facts[1].event.actors[0]: unknown entity 'group.ghosts'",
        "quotes[0].confusableWith[1]: unknown entity 'group.nobody'",
        "quotes[1].addressee: unknown entity 'org.press'",
        "positions[2].about[0]: unknown entity 'place.atlantis'",
      ),
    )
  })

  it('rejects a venue, an event place or a described place that is not a place', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[0]!.venue = 'org.reuters'
      factOfKind(knowledge, 'fact.fled-monday', 'event').event.place = 'group.residents'
      knowledge.facts.push({ ...structuredClone(knowledge.facts[2]!), id: 'fact.places', kind: 'place', places: ['place.baku', 'author'] })
    })
    expect(problems).toEqual(
      reported(
        rule,
        "facts[1].event.place: 'group.residents' is a group, expected place",
        "facts[3].places[1]: 'author' is a group, expected place",
        "quotes[0].venue: 'org.reuters' is a organisation, expected place",
      ),
    )
  })

  it('checks holders and speakers', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[1]!.speaker = 'person.x'
      knowledge.quotes[1]!.holder = 'person.x'
    })
    expect(problems).toEqual(reported(rule, "quotes[1].holder: unknown entity 'person.x'", "quotes[1].speaker: unknown entity 'person.x'"))
  })
})

describe('topic-references-resolve', () => {
  const rule = topicReferencesResolve
  it('accepts known topics', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an unknown topic on an item or an entity', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[1]!.topics = ['views', 'war']
      knowledge.entities[5]!.topics = ['exile']
    })
    expect(problems).toEqual(reported(rule, "quotes[1].topics[1]: unknown topic 'war'", "entities[5].topics[0]: unknown topic 'exile'"))
  })
})

describe('item-references-resolve', () => {
  const rule = itemReferencesResolve
  it('accepts related items and position quotes that exist', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an unknown related item, an item related to itself and an unknown quote', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[1]!.related = ['fact.gone', 'fact.fled-monday']
      knowledge.positions[0]!.quotes = ['quote.petrosyan-go-back', 'quote.missing']
    })
    expect(problems).toEqual(
      reported(
        rule,
        "facts[1].related[0]: unknown item 'fact.gone'",
        'facts[1].related[1]: an item cannot be related to itself',
        "positions[0].quotes[1]: unknown quote 'quote.missing'",
      ),
    )
  })
})
