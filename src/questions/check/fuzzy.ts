// Edit distances for forgiving typos. Both work on code points, not UTF-16 units, so an emoji
// or an astral letter is one character (one edit), never two.

/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: the fewest insertions,
 * deletions, substitutions and swaps of two adjacent characters that turn `a` into `b`, editing
 * no substring twice. It agrees with the unrestricted distance whenever either is 0 or 1.
 * Quadratic: callers cap their input lengths.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a)
  const t = Array.from(b)
  // Three rolling rows: the transposition step looks two rows back.
  let before = new Array<number>(t.length + 1).fill(0)
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1)
      }
      current.push(best)
    }
    before = previous
    previous = current
  }
  return previous[t.length]!
}

/** True when `a` and `b` are at most one edit apart (see damerauLevenshtein); linear time. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const s = Array.from(a)
  const t = Array.from(b)
  if (Math.abs(s.length - t.length) > 1) return false
  const [short, long] = s.length <= t.length ? [s, t] : [t, s]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (short.length < long.length) return sameFrom(short, i, long, i + 1)
  if (sameFrom(short, i + 1, long, i + 1)) return true
  const swapped = short[i] === long[i + 1] && short[i + 1] === long[i]
  return swapped && sameFrom(short, i + 2, long, i + 2)
}

function sameFrom(s: readonly string[], i: number, t: readonly string[], j: number): boolean {
  if (s.length - i !== t.length - j) return false
  for (let k = 0; i + k < s.length; k++) {
    if (s[i + k] !== t[j + k]) return false
  }
  return true
}
