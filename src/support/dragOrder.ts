// Dragging a row of a list to a new place (the ordering answer, by finger or mouse): where it lands.

/**
 * The index the dragged row takes when the pointer is at `y`: how many of the other rows have their
 * middle above it. `middles` are every row's vertical middles, in list order (the dragged one's
 * included, at `from`, and ignored), so the answer stays put while the pointer sits still.
 */
export function dropIndex(middles: readonly number[], from: number, y: number): number {
  let index = 0
  middles.forEach((middle, i) => {
    if (i !== from && middle < y) index++
  })
  return index
}

/** `ids` with the one at `from` moved to `to`. */
export function moved<T>(ids: readonly T[], from: number, to: number): T[] {
  const next = ids.slice()
  const [item] = next.splice(from, 1)
  if (item === undefined) return next
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item)
  return next
}
