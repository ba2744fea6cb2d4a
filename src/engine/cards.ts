// Questions about stored cards that need no FSRS maths (what is due, the forecast, a card's state),
// kept apart from ./schedule so pages that only read cards do not load ts-fsrs.

import type { FactCard } from '../storage/schema'
import { dayDate, localDay, type UtcOffset } from './statsCalendar'

/** ts-fsrs's State values, as stored on every card (a test pins them to ts-fsrs's own). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const

/** Cards due at `now`, most overdue first. */
export function dueFacts(cards: Iterable<FactCard>, now: number): FactCard[] {
  return [...cards]
    .filter((card) => card.due <= now)
    .sort((a, b) => a.due - b.due || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0))
}

export interface ForecastDay {
  /** Local calendar date, YYYY-MM-DD. */
  date: string
  /** Cards that fall due that day (today's count includes everything already overdue). */
  due: number
}

/**
 * How many cards fall due on each of the next `days` local days, today first. `utcOffset` is the
 * local offset east of UTC in minutes (see UtcOffset).
 */
export function forecast(cards: Iterable<FactCard>, now: number, days = 7, utcOffset: UtcOffset = 0): ForecastDay[] {
  const today = localDay(now, utcOffset)
  const counts = new Array<number>(days).fill(0)
  for (const card of cards) {
    const day = Math.max(0, localDay(card.due, utcOffset) - today)
    if (day < days) counts[day] = (counts[day] ?? 0) + 1
  }
  return counts.map((due, index) => ({ date: dayDate(today + index), due }))
}

/** The one label for a review offer (Home, Study, Progress): it counts facts, as FSRS schedules them. */
export function reviewLabel(dueFactCount: number): string {
  return `Review (${dueFactCount} ${dueFactCount === 1 ? 'fact' : 'facts'} due)`
}
