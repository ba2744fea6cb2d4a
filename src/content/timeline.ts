// The article's events in order of time, using only the article's own time words.

import type { EventFact, EventTime, EvidenceSpan, KnowledgeBase } from '../domain/knowledge'

export interface TimelineEntry {
  id: string
  summary: string
  /** The article's time words, verbatim ("Since June", "On Monday"). */
  when: string[]
  paragraph: number
  evidence: EvidenceSpan
  /**
   * How the article places it against the entry above: 'after' it, at the 'same' time (both on one
   * named day or year), or 'unstated' (the article does not say which came first).
   */
  relation: 'after' | 'same' | 'unstated'
  /** relation is not 'after': the article does not fix its order against the entry before it. */
  sameTimeAsPrevious: boolean
}

type TimedEvent = EventFact & { event: { time: EventTime } }

function isTimed(fact: KnowledgeBase['facts'][number]): fact is TimedEvent {
  return fact.kind === 'event' && fact.event.time !== undefined
}

/** The middle of an event's interval: an event the article places loosely ("Since June") sits among the
 * events it could be at, not before them all, and one certainly earlier always has a smaller middle. */
const middle = (fact: TimedEvent) => (fact.event.time.order.earliest + fact.event.time.order.latest) / 2

function relationTo(previous: TimedEvent | undefined, fact: TimedEvent): TimelineEntry['relation'] {
  if (!previous) return 'after'
  const a = previous.event.time.order
  const b = fact.event.time.order
  if (a.latest < b.earliest) return 'after'
  return a.earliest === a.latest && b.earliest === b.latest && a.earliest === b.earliest ? 'same' : 'unstated'
}

/** Events the article places in time, in its order; events it gives no time for are left out. */
export function buildTimeline(knowledge: KnowledgeBase): TimelineEntry[] {
  const events = knowledge.facts
    .filter(isTimed)
    .sort(
      (a, b) =>
        middle(a) - middle(b) ||
        a.event.time.order.earliest - b.event.time.order.earliest ||
        a.paragraph - b.paragraph,
    )
  return events.map((fact, index) => {
    const relation = relationTo(events[index - 1], fact)
    return {
      id: fact.id,
      summary: fact.summary,
      when: fact.event.time.phrases.map((phrase) => phrase.text),
      paragraph: fact.paragraph,
      evidence: fact.evidence[0] as EvidenceSpan,
      relation,
      sameTimeAsPrevious: relation !== 'after',
    }
  })
}
