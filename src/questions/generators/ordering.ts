// ordering: events in the order of time the knowledge base fixes. Only events the article itself
// reports with a time are used, and a set is asked only when every pair is ordered
// (a before b iff a.latest < b.earliest), so same-day or open-ended events never meet.
import { isBefore, type EventFact } from '../../content/schema'
import { shuffled } from '../random'
import type { OrderingQuestion } from '../types'
import { randomFor, type GeneratorContext } from './context'
import { grounding } from './evidence'
import { questionId } from './ids'
import { quoted, withoutArticleLead } from './text'
import { flatMapped } from './lists'

const SIZE = 4
const MAX_QUESTIONS = 12

type TimedEvent = EventFact & { event: { time: NonNullable<EventFact['event']['time']> } }

function timedEvents(context: GeneratorContext): TimedEvent[] {
  return context.knowledge.facts
    .filter((f): f is TimedEvent => f.kind === 'event' && f.certainty === 'reported_fact' && f.event.time !== undefined)
    .sort((a, b) => a.event.time.order.earliest - b.event.time.order.earliest)
}

/** Every set of SIZE events in a strict chain of time, earliest first. */
function chains(events: readonly TimedEvent[]): TimedEvent[][] {
  const found: TimedEvent[][] = []
  const grow = (chain: TimedEvent[], from: number) => {
    if (chain.length === SIZE) return void found.push(chain)
    for (let i = from; i < events.length; i++) {
      const next = events[i] as TimedEvent
      const last = chain.at(-1)
      if (!last || isBefore(last.event.time, next.event.time)) grow([...chain, next], i + 1)
    }
  }
  grow([], 0)
  return found
}

/** A few chains that between them use every event, each adding as many unused ones as it can. */
function chooseChains(all: TimedEvent[][]): TimedEvent[][] {
  // Hundreds of chains are scored every round: events by number, their uses in an array.
  const numbers = new Map<string, number>()
  const numberOf = (e: TimedEvent): number => {
    if (!numbers.has(e.id)) numbers.set(e.id, numbers.size)
    return numbers.get(e.id) as number
  }
  const members = all.map((chain) => chain.map(numberOf))
  const uses = new Array<number>(numbers.size).fill(0)
  const score = (chain: number[]) => chain.reduce((sum, e) => sum + 1 / (1 + (uses[e] as number)), 0)
  const chosen: TimedEvent[][] = []
  const taken = all.map(() => false)
  while (chosen.length < MAX_QUESTIONS) {
    // The first chain with the highest score.
    let best = -1
    let bestScore = 0
    members.forEach((chain, i) => {
      if (taken[i]) return
      const s = score(chain)
      if (best === -1 || s > bestScore) [best, bestScore] = [i, s]
    })
    if (best === -1) break
    chosen.push(all[best] as TimedEvent[])
    taken[best] = true
    members[best]?.forEach((e) => (uses[e] = (uses[e] as number) + 1))
  }
  return chosen
}

/** A seeded shuffle that never shows the items already in the right order. */
function shuffledOutOfOrder<T>(items: readonly T[], random: () => number): T[] {
  const mixed = shuffled(items, random)
  return mixed.every((item, i) => item === items[i]) ? [...mixed.slice(1), mixed[0] as T] : mixed
}

// The neutral summary, not the article's sentence: two events told in one sentence would read alike.
const label = (e: TimedEvent): string => withoutArticleLead(e.summary)

export function orderingQuestions(context: GeneratorContext): OrderingQuestion[] {
  return chooseChains(chains(timedEvents(context))).map((chain) => {
    const id = questionId('ordering', chain.map((e) => e.id))
    const items = chain.map((e) => ({ id: e.id, text: label(e) }))
    const timeWords = chain.map((e) => e.event.time.phrases.map((p) => quoted(p.text)).join(', ')).join('; then ')
    return {
      id,
      type: 'ordering',
      prompt: 'Put these events in the order they happened, according to the article (earliest first).',
      items: shuffledOutOfOrder(items, randomFor(context, id)),
      answer: chain.map((e) => e.id),
      explanation: `The article’s time words put them in this order: ${timeWords}.`,
      ...grounding(context, chain, flatMapped(chain, (e) => [...e.evidence, ...e.event.time.phrases])),
      difficulty: chain.some((e) => e.event.time.year === undefined) ? 3 : 2,
    }
  })
}
