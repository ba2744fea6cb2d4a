// How the fuzzing changes a valid input (a quiz link, a result code, a backup, a teacher's set): shared
// by the decoders' property tests (test/fuzz) and the browser fuzzing through the real page (test/e2e/fuzz.spec.ts).
import fc from 'fast-check'

export const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

/** A sample changed: cut, a character replaced or inserted, a poison key swapped in for a key, or nothing like it. */
export function mutated(sample: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: sample.length })
  return fc.oneof(
    at.map((n) => sample.slice(0, n)),
    fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, s]) => sample.slice(0, n) + s + sample.slice(n + 1)),
    fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, s]) => sample.slice(0, n) + s + sample.slice(n)),
    fc.tuple(fc.constantFrom(...POISON_KEYS), fc.nat()).map(([key, n]) => {
      const keys = [...sample.matchAll(/"([A-Za-z]+)":/g)]
      const match = keys[n % Math.max(1, keys.length)]
      return match?.index === undefined ? sample : `${sample.slice(0, match.index)}"${key}":${sample.slice(match.index + match[0].length)}`
    }),
    fc.json({ maxDepth: 3 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
  )
}
