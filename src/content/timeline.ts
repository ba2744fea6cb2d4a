// The article's events in order of time, using only the article's own time words.

import type { EventFact, EventTime, EvidenceSpan, KnowledgeBase } from '../domain/knowledge'

export interface TimelineEntry {
  id: string
  summary: string
  /** The article's time words, verbatim ("Since June", "On Monday"). */
  when: string[]
  paragraph: number
  evidence: EvidenceSpan
  /** The article does not fix its order against the entry before it (same day, or not said). */
  sameTimeAsPrevious: boolean
}

type TimedEvent = EventFact & { event: { time: EventTime } }

function isTimed(fact: KnowledgeBase['facts'][number]): fact is TimedEvent {
  return fact.kind === 'event' && fact.event.time !== undefined
}

/** Events the article places in time, earliest first; events it gives no time for are left out. */
export function buildTimeline(knowledge: KnowledgeBase): TimelineEntry[] {
  const events = knowledge.facts
    .filter(isTimed)
    .sort(
      (a, b) =>
        a.event.time.order.earliest - b.event.time.order.earliest ||
        a.event.time.order.latest - b.event.time.order.latest ||
        a.paragraph - b.paragraph,
    )
  return events.map((fact, index) => {
    const previous = events[index - 1]
    return {
      id: fact.id,
      summary: fact.summary,
      when: fact.event.time.phrases.map((phrase) => phrase.text),
      paragraph: fact.paragraph,
      evidence: fact.evidence[0] as EvidenceSpan,
      sameTimeAsPrevious: previous !== undefined && previous.event.time.order.latest >= fact.event.time.order.earliest,
    }
  })
}
