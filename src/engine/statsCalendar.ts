// Local calendar days for streaks, per-day accuracy and the review forecast. The clock and the
// time zone come in as parameters: logic modules never read them.

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The local offset east of UTC in minutes (UTC+2 -> 120, New York in winter -> -300), either
 * fixed or per instant so that days across a daylight-saving change are still right. In a
 * browser: (t) => -new Date(t).getTimezoneOffset().
 */
export type UtcOffset = number | ((epochMs: number) => number)

function offsetMs(epochMs: number, offset: UtcOffset): number {
  return (typeof offset === 'number' ? offset : offset(epochMs)) * 60_000
}

/** The local day of an instant, as a day number (days since 1970-01-01 in local time). */
export function localDay(epochMs: number, offset: UtcOffset = 0): number {
  return Math.floor((epochMs + offsetMs(epochMs, offset)) / DAY_MS)
}

/** A day number as YYYY-MM-DD. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}
