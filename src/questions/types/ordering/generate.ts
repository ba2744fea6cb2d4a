// ordering: events in the order of time the knowledge base fixes. Only events the article itself
// reports with a time are used, and a set is asked only when every pair is ordered
// (a before b iff a.latest < b.earliest), so same-day or open-ended events never meet.
import { isBefore, type EventFact } from '../../../content/schema'
import { shuffled } from '../../random'
import type { OrderingQuestion } from './model'
import { randomFor, type GeneratorContext } from '../../generators/context'
import { grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { quoted } from '../../generators/text'
import { flatMapped } from '../../generators/lists'

const SIZE = 4
// Enough to use every event, few enough that no event's words carry question after question.
const MAX_QUESTIONS = 4

type TimedEvent = EventFact & { event: { time: NonNullable<EventFact['event']['time']> & { label: string } } }

/** Events the article reports with a time, that have a label without it (an item stating its year gives its place away). */
function timedEvents(context: GeneratorContext): TimedEvent[] {
  return context.knowledge.facts
    .filter((f): f is TimedEvent => f.kind === 'event' && f.certainty === 'reported_fact' && f.event.time?.label !== undefined)
    .sort((a, b) => a.event.time.order.earliest - b.event.time.order.earliest)
}

/**
 * Every set of SIZE events in a strict chain of time, earliest first, as indices into `events`.
 * Thirteen events make hundreds of chains, and this runs once a visit before the engine optimises
 * anything: index arrays, and no pair compared more than once.
 */
function chains(events: readonly TimedEvent[]): number[][] {
  // Sorted by earliest time, the events that can follow one are all those from some index on.
  const firstAfter = events.map((e, i) => {
    let j = i + 1
    while (j < events.length && !isBefore(e.event.time, (events[j] as TimedEvent).event.time)) j++
    return j
  })
  const found: number[][] = []
  const chain: number[] = []
  const grow = (from: number) => {
    if (chain.length === SIZE) return void found.push(chain.slice())
    for (let i = from; i < events.length; i++) {
      chain.push(i)
      grow(firstAfter[i] as number)
      chain.pop()
    }
  }
  grow(0)
  return found
}

/**
 * A few chains that between them use every event, each adding as many unused ones as it can.
 * Scores only fall as events are used, so a chain whose last score cannot beat the best one so far
 * is not scored again: the same choice as scoring every chain each round, for a fraction of the work.
 */
function chooseChains(all: readonly number[][], eventCount: number): number[][] {
  const uses = new Array<number>(eventCount).fill(0)
  const chosen: number[][] = []
  // Each chain's last score, at most SIZE (every event unused); -1 once taken.
  const bounds = new Array<number>(all.length).fill(SIZE)
  while (chosen.length < MAX_QUESTIONS) {
    // The first chain with the highest score: each event counts 1 / (1 + its uses so far).
    const weights = uses.map((used) => 1 / (1 + used))
    let best = -1
    let bestScore = -1
    for (let i = 0; i < all.length; i++) {
      if ((bounds[i] as number) <= bestScore) continue
      const chain = all[i] as number[]
      let score = 0
      for (let j = 0; j < chain.length; j++) score += weights[chain[j] as number] as number
      bounds[i] = score
      if (score > bestScore) {
        best = i
        bestScore = score
      }
    }
    if (best === -1) break
    const chain = all[best] as number[]
    chosen.push(chain)
    bounds[best] = -1
    for (let j = 0; j < chain.length; j++) uses[chain[j] as number] = (uses[chain[j] as number] as number) + 1
  }
  return chosen
}

/** A seeded shuffle that never shows the items already in the right order. */
function shuffledOutOfOrder<T>(items: readonly T[], random: () => number): T[] {
  const mixed = shuffled(items, random)
  return mixed.every((item, i) => item === items[i]) ? [...mixed.slice(1), mixed[0] as T] : mixed
}

// The event without its time words (the knowledge base's label), never its year or day.
const label = (e: TimedEvent): string => e.event.time.label

export function orderingQuestions(context: GeneratorContext): OrderingQuestion[] {
  const events = timedEvents(context)
  return chooseChains(chains(events), events.length).map((indices) => {
    const chain = indices.map((i) => events[i] as TimedEvent)
    const id = questionId('ordering', chain.map((e) => e.id))
    const items = chain.map((e) => ({ id: e.id, text: label(e) }))
    const timeWords = chain.map((e) => e.event.time.phrases.map((p) => quoted(p.text)).join(', ')).join('; then ')
    return {
      id,
      type: 'ordering',
      prompt: 'Put these events in the order they happened, according to the article (earliest first).',
      items: shuffledOutOfOrder(items, randomFor(context, id)),
      answer: chain.map((e) => e.id),
      misreading: 'wrong-time',
      explanation: `The article’s time words put them in this order: ${timeWords}.`,
      ...grounding(context, chain, flatMapped(chain, (e) => [...e.evidence, ...e.event.time.phrases])),
      difficulty: chain.some((e) => e.event.time.year === undefined) ? 3 : 2,
    }
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { orderingQuestions as generate }
