// What a page starts with, recorded once per worker: the DOM test files share one window (the `dom` project is not
// isolated), so after each test the page is put back as it was (see dom.ts).
import { config } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'

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

// Every wrapper mount() makes (and those find… makes, which cannot be unmounted on their own: skipped below).
const wrappers: VueWrapper[] = []
config.plugins.VueWrapper.install((wrapper) => {
  wrappers.push(wrapper as VueWrapper)
  return {}
})

/** Unmounts what a test left mounted: its window listeners and timers would otherwise act in the next file's tests. */
export function unmountLeftovers(): void {
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
export function blankPage(): void {
  ;(document.activeElement as HTMLElement | null)?.blur?.()
  document.body.replaceChildren()
  restoreAttributes(document.body, [])
  document.head.innerHTML = blank.head
  restoreAttributes(html, blank.htmlAttributes)
  document.title = blank.title
  if (location.href !== blank.url) history.replaceState(null, '', blank.url)
}
