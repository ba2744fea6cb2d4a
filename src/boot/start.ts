// The app's start, after the boot script (boot.ts) has added the entry: hydrate the prerendered Home, or render
// another URL's page over it. The waits below are the start-up's only scheduling; each says why it is there.
import { createApp, createSSRApp } from 'vue'
import { createPinia } from 'pinia'
import App from '../App.vue'
import { createAppRouter } from '../router'
import { nextTask } from '../idle'
import { firstScreenShown } from '../firstScreen'
import { clearBootMark } from './boot'
import { reportMissingCode } from '../support/missingCode'

/**
 * Resolves once the browser has had its chance to paint: the prerendered screen (or, on other URLs,
 * the header) shows before the app's work starts, not after it. A hidden tab gets no frames, so a
 * timer stands in.
 */
function afterFirstPaint(): Promise<void> {
  // In the built app the boot script adds the entry only once Home has painted.
  if (performance.getEntriesByType('paint').length > 0) return Promise.resolve()
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    setTimeout(resolve, 250)
  })
}

/**
 * What the learner focused in the prerendered screen (the skip link, a navigation link, or <main> after
 * "Skip to content"), as a selector for its twin once the page is rendered afresh.
 */
function focusedSelector(root: Element | null): string | undefined {
  const active = document.activeElement
  if (!active || !root?.contains(active)) return undefined
  if (active.id) return `#${CSS.escape(active.id)}`
  const href = active.getAttribute('href')
  return href === null ? undefined : `a[href="${CSS.escape(href)}"]`
}

export async function startApp(): Promise<void> {
  await afterFirstPaint()
  // Not in the task that evaluated the modules: the two together took Lighthouse's 50 ms (at 4x) on Home.
  await nextTask()
  // index.html holds Home's first screen, prerendered at build time. On Home the app hydrates it: the
  // same DOM nodes stay, so nothing repaints (and the largest paint stays the first one). On any other
  // URL that screen is not this page's, so the app renders afresh over it.
  const root = document.querySelector('#app')
  const hydrate = location.pathname === '/' && root?.firstElementChild !== null && root?.firstElementChild !== undefined
  const app = hydrate ? createSSRApp(App) : createApp(App)
  // Code of this version that can no longer be loaded (an update replaced it) shows the reload notice,
  // wherever it was asked for: a lazy component, a prefetch, a store's import().
  app.config.errorHandler = (error) => {
    if (!reportMissingCode(error)) console.error(error)
  }
  window.addEventListener('unhandledrejection', (event) => {
    if (reportMissingCode(event.reason)) event.preventDefault()
  })
  window.addEventListener('vite:preloadError', (event) => void reportMissingCode((event as Event & { payload?: unknown }).payload))
  app.use(createPinia())
  // Setting up, making the router (its history.replaceState can take 10 ms here), the first navigation
  // and mounting are each a task of their own: one long task would hold up input. (The first
  // navigation's scroll, to a #hash or a position saved before a reload, waits for the mount: see the router.)
  await nextTask()
  let markMounted: () => void = () => {}
  const router = createAppRouter(undefined, new Promise((resolve) => (markMounted = resolve)))
  await nextTask()
  app.use(router)
  // Mount once the first route is resolved, so the prerendered screen is never replaced by an empty page.
  await router.isReady()
  await nextTask()
  const refocus = hydrate ? undefined : focusedSelector(root)
  if (!hydrate && root) root.textContent = ''
  app.mount('#app')
  markMounted()
  clearBootMark()
  if (!router.currentRoute.value.meta.showsContentLater) firstScreenShown()
  // Rendering afresh replaced the element a keyboard user was on: give them its twin.
  if (refocus) root?.querySelector<HTMLElement>(refocus)?.focus({ preventScroll: true })
}
