// The review forecast: how many cards fall due on each of the next days. Only the Progress page
// shows it, so it is not in ./cards, which loads with Study.

import type { FactCard } from '../domain/progress'
import { dayDate, localDay, type UtcOffset } from './statsCalendar'

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
