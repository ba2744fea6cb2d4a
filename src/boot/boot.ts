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
 * main.css hides the prerendered page until the app has mounted the right one (main.ts clears the mark).
 */
export function markOtherRoute(): void {
  if (location.pathname !== '/') document.documentElement.dataset.boot = 'other-route'
}

export function clearBootMark(): void {
  delete document.documentElement.dataset.boot
}
