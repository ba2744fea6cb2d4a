// Quantities and events: numbers as the article writes them, time words and order that agree.
import type { Fact } from '../schema'
import { defineRule } from './rule'

export const quantityIsVerbatim = defineRule(
  'quantity-is-verbatim',
  "A quantity's display, hedge and alternative display are the article's words, found in the fact's evidence.",
  ({ knowledge }, report) => {
    knowledge.facts.forEach((fact, i) => {
      if (fact.kind !== 'quantity') return
      const path = `facts[${i}].quantity`
      const texts = fact.evidence.map((span) => span.text)
      const inEvidence = (s: string): boolean => texts.some((text) => text.includes(s))
      const q = fact.quantity
      if (!inEvidence(q.display)) report(`${path}.display: “${q.display}” is not in the evidence`)
      if (q.hedge !== undefined && !inEvidence(q.hedge)) report(`${path}.hedge: “${q.hedge}” is not in the evidence`)
      if (q.alternative && !inEvidence(q.alternative.display)) report(`${path}.alternative.display: “${q.alternative.display}” is not in the evidence`)
    })
  },
)

export const quantityPrecisionIsConsistent = defineRule(
  'quantity-precision-is-consistent',
  'An at_least quantity has a value and its hedge, an as_stated one a value and no hedge, a vague one a hedge and no value.',
  ({ knowledge }, report) => {
    knowledge.facts.forEach((fact, i) => {
      if (fact.kind !== 'quantity') return
      const path = `facts[${i}].quantity`
      const q = fact.quantity
      if (q.precision === 'at_least' && (q.hedge === undefined || q.value === undefined)) report(`${path}: an at_least quantity needs a value and its hedge`)
      if (q.precision === 'as_stated' && (q.value === undefined || q.hedge !== undefined)) report(`${path}: an as_stated quantity has a value and no hedge`)
      if (q.precision === 'vague' && (q.value !== undefined || q.hedge === undefined)) {
        report(`${path}: a vague quantity has no value; its hedge is the article's vague wording`)
      }
    })
  },
)

/** The timed events, with their paths. */
function timedEvents(facts: readonly Fact[]) {
  return facts.flatMap((fact, i) => (fact.kind === 'event' && fact.event.time ? [{ fact, time: fact.event.time, path: `facts[${i}].event.time` }] : []))
}

export const eventTimeIsConsistent = defineRule(
  'event-time-is-consistent',
  "An event's order interval runs forwards, and its year is one of the article's time words for it.",
  ({ knowledge }, report) => {
    for (const { time, path } of timedEvents(knowledge.facts)) {
      if (time.order.earliest > time.order.latest) report(`${path}.order: earliest is after latest`)
      if (time.year !== undefined && !time.phrases.some((span) => span.text.includes(String(time.year)))) {
        report(`${path}.year: ${time.year} is not in the article's time words`)
      }
    }
  },
)

export const sameTimeEventsAgree = defineRule(
  'same-time-events-agree',
  'Events at the same time are timed events that list each other back and share one order interval.',
  ({ knowledge }, report) => {
    const facts = new Map(knowledge.facts.map((f) => [f.id, f]))
    for (const { fact, time, path } of timedEvents(knowledge.facts)) {
      time.sameTimeAs?.forEach((id, j) => {
        const where = `${path}.sameTimeAs[${j}]`
        const other = facts.get(id)
        const otherTime = other?.kind === 'event' ? other.event.time : undefined
        if (!otherTime) report(`${where}: '${id}' is not an event with a time`)
        else if (!otherTime.sameTimeAs?.includes(fact.id)) report(`${where}: '${id}' does not list '${fact.id}' back`)
        else if (otherTime.order.earliest !== time.order.earliest || otherTime.order.latest !== time.order.latest) {
          report(`${where}: '${id}' has a different order interval`)
        }
      })
    }
  },
)

export const quotedFactSitsInAQuote = defineRule(
  'quoted-fact-sits-in-a-quote',
  "A fact the article gives only in someone's quoted words (attributed_quote) has all its evidence inside a quotation of its holder.",
  ({ knowledge }, report) => {
    knowledge.facts.forEach((fact, i) => {
      if (fact.certainty !== 'attributed_quote') return
      const quoted = knowledge.quotes.filter((q) => q.speaker === fact.holder).flatMap((q) => q.evidence)
      fact.evidence.forEach((span, j) => {
        const inside = quoted.some((q) => q.paragraph === span.paragraph && q.start <= span.start && span.end <= q.end)
        if (!inside) report(`facts[${i}].evidence[${j}]: “${span.text}” is not inside a quotation of '${fact.holder ?? '(no holder)'}'`)
      })
    })
  },
)
