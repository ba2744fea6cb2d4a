// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prefersReducedMotion, revealAndFocus } from '../../src/support/reveal'

function target() {
  const element = document.createElement('section')
  element.tabIndex = -1
  document.body.append(element)
  const scroll = vi.fn()
  element.scrollIntoView = scroll
  return { element, scroll }
}

describe('revealAndFocus', () => {
  afterEach(() => {
    document.body.replaceChildren()
    delete document.documentElement.dataset.motion
    vi.unstubAllGlobals()
  })

  it('scrolls what just appeared to the top smoothly and moves the focus to it', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }))
    const { element, scroll } = target()
    revealAndFocus(element)
    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' })
    expect(document.activeElement).toBe(element)
  })

  it('jumps without animation when the app setting or the system asks for reduced motion', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }))
    document.documentElement.dataset.motion = 'reduce'
    const first = target()
    revealAndFocus(first.element)
    expect(first.scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' })

    delete document.documentElement.dataset.motion
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }))
    expect(prefersReducedMotion()).toBe(true)
    const second = target()
    revealAndFocus(second.element)
    expect(second.scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' })
  })

  it('does nothing when the element is not there', () => {
    expect(() => revealAndFocus(null)).not.toThrow()
  })
})
