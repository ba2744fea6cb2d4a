// Dates as the reader's own locale writes them, one way across the app: a calendar day ("Mar 10,
// 2025" in en-US, "10 mars 2025" in fr) and a moment (the same date with the time of day).

/** A local calendar date kept as YYYY-MM-DD (the statistics' days), written for the reader. */
export function formatDay(isoDate: string, locale?: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return new Date(year, month - 1, day).toLocaleDateString(locale, { dateStyle: 'medium' })
}

/** A moment (epoch ms), written for the reader: the day as formatDay writes it, and the time. */
export function formatMoment(epochMs: number, locale?: string): string {
  return new Date(epochMs).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}
