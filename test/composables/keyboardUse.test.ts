// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchKeyboardUse } from '../../src/support/keyboardUse'

const marked = () => document.documentElement.hasAttribute('data-keyboard')

describe('watchKeyboardUse', () => {
  afterEach(() => {
    delete document.documentElement.dataset.keyboard
    vi.restoreAllMocks()
  })

  it('shows keyboard hints after a key press, and hides them again on a touch', () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: false } as MediaQueryList)
    const stop = watchKeyboardUse(window)
    expect(marked()).toBe(false)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }))
    expect(marked()).toBe(true)
    window.dispatchEvent(Object.assign(new Event('pointerdown'), { pointerType: 'touch' }))
    expect(marked()).toBe(false)
    stop()
  })

  it('shows them from the start on a fine pointer', () => {
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList)
    const stop = watchKeyboardUse(window)
    expect(marked()).toBe(true)
    stop()
  })
})
