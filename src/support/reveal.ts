// Something the learner just asked for (a quiz link and its QR, a result code, an import preview)
// often appears below the fold on a phone: it is scrolled into view and given the focus, so sighted,
// keyboard and screen-reader users all land on it. No smooth scroll when motion is reduced.

/** The app's own setting (Progress → Settings) or the system's. */
export function prefersReducedMotion(): boolean {
  if (typeof document !== 'undefined' && document.documentElement.dataset.motion === 'reduce') return true
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Scrolls `element` to the top of the view and focuses it (it needs tabindex="-1" unless focusable). */
export function revealAndFocus(element: HTMLElement | null | undefined): void {
  if (!element) return
  element.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  // The scroll above decides where the view goes; focus must not jump it again.
  element.focus({ preventScroll: true })
}
