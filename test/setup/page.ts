// A new page for each DOM test. The `dom` project's files share one module graph and one window (isolate: false), so
// what a page load would start afresh is put back here after every test (test/setup/dom.ts): the DOM as it was when
// the worker started, empty storage, no active Pinia, real timers and globals, and the app's page-long module state.
import { config, type VueWrapper } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { useAnswerComponents } from '../../src/composables/useAnswerComponents'
import { forgetFirstScreen } from '../../src/firstScreen'
import { forgetClassroomRepository } from '../../src/support/classroom'

const html = document.documentElement
const blank = {
  url: location.href,
  title: document.title,
  head: document.head.innerHTML,
  htmlAttributes: [...html.attributes].map(({ name, value }) => [name, value] as const),
}

function restoreAttributes(element: Element, attributes: readonly (readonly [string, string])[]) {
  for (const name of element.getAttributeNames()) element.removeAttribute(name)
  for (const [name, value] of attributes) element.setAttribute(name, value)
}

// Every wrapper made (mount() and find…: the latter cannot be unmounted on their own, and are skipped below). Kept on
// the global, as test-utils' plugins are: a test calling vi.resetModules() loads this file again but not test-utils.
const shared = globalThis as { madeWrappers?: VueWrapper[] }
const wrappers: VueWrapper[] = shared.madeWrappers ?? trackWrappers()
function trackWrappers(): VueWrapper[] {
  const made: VueWrapper[] = (shared.madeWrappers = [])
  config.plugins.VueWrapper.install((wrapper) => {
    made.push(wrapper as VueWrapper)
    return {}
  })
  return made
}

/** Unmounts what a test left mounted: its window listeners and timers would otherwise act in later tests. */
function unmountLeftovers(): void {
  for (const wrapper of wrappers.splice(0)) {
    if (!wrapper.exists()) continue
    try {
      wrapper.unmount()
    } catch {
      // A wrapper of an inner component (findComponent): its root wrapper unmounts it.
    }
  }
}

/** The document as a new page has it: no leftover elements, attributes on <html> (theme, keyboard use), focus or address. */
function blankDocument(): void {
  ;(document.activeElement as HTMLElement | null)?.blur?.()
  document.body.replaceChildren()
  restoreAttributes(document.body, [])
  document.head.innerHTML = blank.head
  restoreAttributes(html, blank.htmlAttributes)
  document.title = blank.title
  if (location.href !== blank.url) history.replaceState(null, '', blank.url)
}

/** Puts everything a page load starts afresh back as a new page has it. */
export function newPage(): void {
  unmountLeftovers()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  blankDocument()
  localStorage.clear()
  sessionStorage.clear()
  setActivePinia(undefined)
  // The app's own page-long state: the answer components loaded, the first screen shown, a classroom kept in memory.
  useAnswerComponents().forget()
  forgetFirstScreen()
  forgetClassroomRepository()
}
