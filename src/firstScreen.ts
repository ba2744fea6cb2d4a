// The first screen of a page load. What can wait (the update prompt, the storage notice, teachers'
// sets, the answer checkers and feedback, dialogs) waits until the page's own content has painted:
// on a slow link those requests would otherwise share the bandwidth, and the main thread, with the
// page's own. Plain browser APIs; no Vue here.

/** Should a page never say that its content is up, what waits for it loads after this long anyway. */
export const FIRST_SCREEN_FALLBACK_MS = 5000

let markShown: () => void = () => {}
let shown: Promise<void> | undefined
let fallback: ReturnType<typeof setTimeout> | undefined

/** Made on first use (the app's start), not when the module loads: no timer runs for a module only imported. */
function shownOnce(): Promise<void> {
  shown ??= new Promise<void>((resolve) => {
    markShown = resolve
    fallback = setTimeout(resolve, FIRST_SCREEN_FALLBACK_MS)
  })
  return shown
}

/**
 * Called once the first page's main content is in the DOM (src/boot/start.ts for most pages, the page itself
 * for those that show their content later): the waiters go on after that frame has painted.
 */
export function firstScreenShown(): void {
  void shownOnce()
  const mark = markShown
  if (typeof requestAnimationFrame !== 'function') return mark()
  requestAnimationFrame(() => setTimeout(mark, 0))
}

/**
 * Resolves once the first page's content has painted (or after the fallback). Rendering with no
 * document (the build's prerender of Home) paints nothing to wait for: it resolves at once.
 */
export function afterFirstScreen(): Promise<void> {
  return typeof document === 'undefined' ? Promise.resolve() : shownOnce()
}

/** Back to a page that has shown nothing yet, its waiters dropped (tests: each starts on a new page). */
export function forgetFirstScreen(): void {
  clearTimeout(fallback)
  fallback = undefined
  shown = undefined
  markShown = () => {}
}
