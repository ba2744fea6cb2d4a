// List helpers for the generators' hot paths.

/**
 * `items.flatMap(map)`, as a loop. V8 as Node 20 ships it runs Array.prototype.flatMap through a
 * slow generic path (about 0.3 µs a call plus 0.3 µs an element, 15 times a plain loop), and one
 * bank build makes over a thousand such calls.
 */
export function flatMapped<T, U>(items: readonly T[], map: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = []
  // Indexed, not for…of: the bank is built once a visit, mostly by the interpreter, where the
  // iterator protocol costs several times an indexed read; and one spread push, which the builtin
  // does natively, not a loop of pushes (the lists are short: a few items, at most hundreds).
  for (let i = 0; i < items.length; i++) out.push(...map(items[i] as T, i))
  return out
}
