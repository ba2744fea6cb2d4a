import { describe, expect, it } from 'vitest'
import { entityProfiles, stancesByHolder } from '../../src/content/people'
import { isBefore, type EventFact } from '../../src/content/schema'
import { buildTimeline } from '../../src/content/timeline'
import { bundledPack } from '../../src/content/bundledArticle'

const { knowledge } = bundledPack

describe('buildTimeline', () => {
  const timeline = buildTimeline(knowledge)
  const events = new Map(knowledge.facts.filter((fact): fact is EventFact => fact.kind === 'event').map((fact) => [fact.id, fact]))

  it('lists every event the article places in time, and only those', () => {
    const timed = [...events.values()].filter((fact) => fact.event.time).map((fact) => fact.id)
    expect(timeline.map((entry) => entry.id).sort()).toEqual(timed.sort())
    expect(timeline.length).toBeGreaterThan(5)
  })

  it('never puts an event after one the article says came later', () => {
    for (let i = 0; i < timeline.length; i++) {
      for (let j = i + 1; j < timeline.length; j++) {
        const earlier = events.get(timeline[i]!.id)!.event.time!
        const later = events.get(timeline[j]!.id)!.event.time!
        expect(isBefore(later, earlier), `${timeline[j]!.id} before ${timeline[i]!.id}`).toBe(false)
      }
    }
  })

  it('places an event dated loosely among those it may be at, and says so: "in 2022" comes before "Since June"', () => {
    const index = (phrase: string) => timeline.findIndex((entry) => entry.when.includes(phrase))
    expect(index('in 2022')).toBeGreaterThan(-1)
    expect(index('in 2022')).toBeLessThan(index('Since June'))
    expect(timeline[index('in 2022')]!.relation).toBe('after')
    expect(timeline[index('Since June')]!.relation).toBe('unstated')
    // Two events on one named day are at the same time; nothing else is said to be.
    for (const entry of timeline.filter((e) => e.relation === 'same')) {
      const previous = timeline[timeline.indexOf(entry) - 1]!
      expect(events.get(previous.id)!.event.time!.order).toEqual(events.get(entry.id)!.event.time!.order)
    }
  })

  it('uses only the article’s own time words, verbatim', () => {
    const text = bundledPack.paragraphs.join('\n')
    for (const entry of timeline) for (const phrase of entry.when) expect(text).toContain(phrase)
    expect(timeline[0]!.when.join(' ')).toMatch(/1988/)
  })
})

describe('entityProfiles and stancesByHolder', () => {
  it('lists every entity once, people first, with their quotes and positions', () => {
    const groups = entityProfiles(knowledge)
    expect(groups.map((group) => group.kind)).toEqual(['person', 'group', 'organisation', 'place'])
    const ids = groups.flatMap((group) => group.profiles.map((profile) => profile.entity.id))
    expect(ids.sort()).toEqual(knowledge.entities.map((entity) => entity.id).sort())
    const miller = groups[0]!.profiles.find((profile) => profile.entity.name.includes('Miller'))!
    expect(miller.quotes.some((quote) => quote.text.startsWith('I do think that Russia'))).toBe(true)
    expect(miller.positions.length).toBeGreaterThan(0)
  })

  it('puts the author first in "Who says what"', () => {
    const stances = stancesByHolder(knowledge)
    expect(stances[0]!.holder.id).toBe('author')
    expect(stances[0]!.positions.every((position) => position.certainty === 'author_position')).toBe(true)
  })
})
