// A small seeded RNG so every generated variant and every shuffled quiz is reproducible from its seed.

export type Random = () => number

/** mulberry32: fast, 32-bit state, good enough for shuffling quiz items (not for secrets). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit FNV-1a hash of a string: turns ids into seeds (e.g. one seed per question and quiz). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice()
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    // A plain swap: destructuring ([a, b] = [b, a]) makes an array and iterates it, which code that
    // runs once a visit, uncompiled by the optimiser, pays in full; the bank shuffles thousands of times.
    const item = copy[i] as T
    copy[i] = copy[j] as T
    copy[j] = item
  }
  return copy
}

/** `count` distinct items picked at random (all of them, shuffled, when there are fewer). */
export function sample<T>(items: readonly T[], count: number, random: Random): T[] {
  return shuffled(items, random).slice(0, Math.max(0, count))
}
