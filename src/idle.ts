// Work that must not lengthen the task that shows a screen: it waits for the browser to be idle, or at
// least for a task of its own. Plain browser APIs; no Vue here.

/** Resolves when the browser is next idle (at most `timeoutMs` on), or in a new task where there are no idle callbacks. */
export function nextIdle(timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}

/** Resolves in a new task, so the browser can paint and answer input between two pieces of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A lazy component's loader that starts when the browser is idle: on the prerendered Home, fetching a
 * chunk (and adding its preload links) inside hydration made hydration's one task several times longer.
 */
export function loadWhenIdle<T>(load: () => Promise<T>): () => Promise<T> {
  return () => nextIdle().then(load)
}
