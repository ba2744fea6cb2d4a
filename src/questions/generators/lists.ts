// List helpers for the generators' hot paths.

/**
 * `items.flatMap(map)`, as a loop. V8 as Node 20 ships it runs Array.prototype.flatMap through a
 * slow generic path (about 0.3 µs a call plus 0.3 µs an element, 15 times a plain loop), and one
 * bank build makes over a thousand such calls.
 */
export function flatMapped<T, U>(items: readonly T[], map: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = []
  for (let i = 0; i < items.length; i++) {
    // Indexed, not for…of: the bank is built once a visit, mostly by the interpreter, where
    // the iterator protocol costs several times an indexed read.
    const values = map(items[i] as T, i)
    for (let j = 0; j < values.length; j++) out.push(values[j] as U)
  }
  return out
}
