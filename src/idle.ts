// Work that must not lengthen the task that shows a screen: it waits for the browser to be idle, or at
// least for a task of its own. Plain browser APIs; no Vue here.

/** Resolves when the browser is next idle (at most `timeoutMs` on), or in a new task where there are no idle callbacks. */
export function nextIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}

interface TaskScheduler {
  yield?: () => Promise<void>
}

/**
 * Resolves in a new task, so the browser can paint and answer input between two pieces of work.
 * scheduler.yield (where there is one) resumes ahead of other queued work and without timers' clamping.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A lazy component's loader that starts when the browser is idle: on the prerendered Home, fetching a
 * chunk (and adding its preload links) inside hydration made hydration's one task several times longer.
 */
export function loadWhenIdle<T>(load: () => Promise<T>): () => Promise<T> {
  return () => nextIdle().then(load)
}
