// Runs as an inline classic script in <head> of the built app (scripts/critical-head-plugin.ts),
// before the prerendered first screen paints. Self-contained on purpose: no imports.

export const APPEARANCE_KEY = 'close-read:appearance'

/** Puts the cached theme, text size and motion choice on <html>, so the first paint is in the learner's own. */
export function applyCachedAppearance(): void {
  try {
    const cached = JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? '{}') as Record<string, unknown>
    const root = document.documentElement
    if (cached.theme === 'light' || cached.theme === 'dark') root.dataset.theme = cached.theme
    if (cached.textSize === 'large' || cached.textSize === 'larger') root.dataset.textSize = cached.textSize
    if (cached.motion === 'reduce') root.dataset.motion = 'reduce'
  } catch {
    // A missing or corrupt cache (or no localStorage) only means the defaults show until settings load.
  }
}

/**
 * index.html holds Home's first screen, and every other URL is answered with index.html too. On those,
 * main.css hides the prerendered page until the app has mounted the right one (src/boot/start.ts clears the mark).
 */
export function markOtherRoute(): void {
  if (location.pathname !== '/') document.documentElement.dataset.boot = 'other-route'
}

/**
 * Structural: adds the entry script, its preloads and the manifest only once Home's prerendered screen has painted,
 * so nothing fetched or run delays that paint; any other URL (or a hidden tab) waits for the app, so it loads at once.
 */
export function loadApp(entry: string, preloads: readonly string[], manifest?: string): void {
  let started = false
  const load = () => {
    if (started) return
    started = true
    if (manifest) {
      const link = document.createElement('link')
      link.rel = 'manifest'
      link.href = manifest
      document.head.append(link)
    }
    for (const href of preloads) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.append(link)
    }
    const script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = entry
    document.head.append(script)
  }
  const afterFirstPaint = () => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(load, 0))
      return
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      load()
    })
    observer.observe({ type: 'paint', buffered: true })
    // Should the paint never be reported, the app still starts.
    setTimeout(load, 1000)
  }
  const whenParsed = () => {
    if (location.pathname !== '/' || document.visibilityState === 'hidden') load()
    else afterFirstPaint()
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenParsed, { once: true })
  else whenParsed()
}

export function clearBootMark(): void {
  delete document.documentElement.dataset.boot
}
