// One scoring model for every page that shows a score (Results, its topic and type rows, Progress,
// the teacher's table and CSV): each question is worth 1 point; a fully right answer earns 1, a
// partly right one the share its type gives (see `partial` in CheckResult), anything else 0. A score
// is the points over the questions, written the same way everywhere.

/** Points as shown: at most one decimal, no thousands separator ("6.5", "7"). */
export function formatPoints(points: number): string {
  const rounded = Math.round(Math.max(0, points) * 10) / 10
  return String(rounded)
}

/** The score as a whole percentage of the questions (0 when there are none). */
export function scorePercent(points: number, total: number): number {
  return total === 0 ? 0 : Math.round((Math.max(0, points) / total) * 100)
}

/** "6.5 of 10 points · 65%": the one way a score is written. */
export function scoreLine(points: number, total: number): string {
  return `${formatPoints(points)} of ${total} ${total === 1 ? 'point' : 'points'} · ${scorePercent(points, total)}%`
}
