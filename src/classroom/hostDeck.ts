// Host (projector) mode as plain steps: each question is shown, then revealed, then the next one;
// after the last comes the summary. Forward and back move one step, so a presenter remote's two
// buttons are enough.

export interface HostPosition {
  /** 0-based question; equal to the question count on the summary screen. */
  index: number
  revealed: boolean
}

export type HostAction = 'forward' | 'back'

export const HOST_START: HostPosition = { index: 0, revealed: false }

/**
 * One step forward or back. `after` slides follow the summary (the class's results, when codes were
 * collected): index total + 1 … total + after.
 */
export function stepHost(position: HostPosition, action: HostAction, total: number, after = 0): HostPosition {
  if (total <= 0) return { index: 0, revealed: false }
  if (action === 'forward') {
    if (position.index >= total) return position.index < total + after ? { index: position.index + 1, revealed: false } : position
    if (!position.revealed) return { index: position.index, revealed: true }
    return { index: position.index + 1, revealed: false }
  }
  if (position.index > total) return { index: position.index - 1, revealed: false }
  if (position.index >= total) return { index: total - 1, revealed: true }
  if (position.revealed) return { index: position.index, revealed: false }
  return position.index === 0 ? position : { index: position.index - 1, revealed: true }
}

/** Keys of keyboards and presenter remotes (which send PageDown/PageUp or arrows). */
export function hostActionForKey(key: string): HostAction | undefined {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'Spacebar') return 'forward'
  if (key === 'ArrowLeft' || key === 'PageUp') return 'back'
  return undefined
}

/**
 * The largest type scale (1, 0.95, 0.9 … down to `min`) at which a slide fits the screen, for a
 * projector: `overflows(scale)` lays the slide out at that scale and says whether it still scrolls.
 */
export function fitScale(overflows: (scale: number) => boolean, min = 0.4, step = 0.05): number {
  let scale = 1
  while (scale - step >= min - 1e-9 && overflows(scale)) scale = Math.round((scale - step) * 100) / 100
  return scale
}
