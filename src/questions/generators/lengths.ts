// Choices that stand apart by length: test-wise learners pick the longest (Haladyna, Downing &
// Rodriguez 2002). The generators avoid it and content:lint's length-giveaway rule checks it, with
// this one definition.

/** Two lengths further apart than this ratio set the longer apart… */
export const LENGTH_RATIO = 1.5
/** …when they differ by this many characters too (“Nairy” and “Narine Shakaryan” are both names). */
export const LENGTH_GAP = 12

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length

/**
 * Do the right choices' lengths give them away among the wrong ones? One right answer far longer
 * than every wrong one; several right ones far longer on average, or every one longer than every
 * wrong one.
 */
export function lengthGiveaway(right: readonly number[], wrong: readonly number[]): boolean {
  if (right.length === 0 || wrong.length === 0) return false
  const apart = (long: number, short: number) => long > LENGTH_RATIO * short && long - short >= LENGTH_GAP
  if (right.length === 1) return apart(right[0] as number, Math.max(...wrong))
  if (apart(mean(right), mean(wrong))) return true
  return wrong.length >= 2 && Math.min(...right) > Math.max(...wrong)
}

/** The candidates closest in length to the right choices first (stable among equals). */
export function byLengthCloseness<T>(candidates: readonly T[], right: readonly number[], length: (c: T) => number): T[] {
  const target = mean(right)
  return candidates
    .map((c, i) => ({ c, i, d: Math.abs(Math.log(length(c) / target)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ c }) => c)
}
