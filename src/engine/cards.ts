// Questions about stored cards that need no FSRS maths (what is due, a card's state), kept apart
// from ./schedule so pages that only read cards do not load ts-fsrs. The forecast is in ./forecast:
// only the Progress page shows it, and this module loads with Study.

import type { FactCard } from '../domain/progress'

/** ts-fsrs's State values, as stored on every card (a test pins them to ts-fsrs's own). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const

/** Cards due at `now`, most overdue first. */
export function dueFacts(cards: Iterable<FactCard>, now: number): FactCard[] {
  return [...cards]
    .filter((card) => card.due <= now)
    .sort((a, b) => a.due - b.due || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0))
}

/** The one label for a review offer (Home, Study, Progress): it counts facts, as FSRS schedules them. */
export function reviewLabel(dueFactCount: number): string {
  return `Review (${dueFactCount} ${dueFactCount === 1 ? 'fact' : 'facts'} due)`
}
