// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstScreen, FIRST_SCREEN_FALLBACK_MS, firstScreenShown, forgetFirstScreen } from '../src/firstScreen'

// The module keeps one promise per page load: each test starts on a new page.
async function freshModule() {
  forgetFirstScreen()
  return { afterFirstScreen, firstScreenShown, FIRST_SCREEN_FALLBACK_MS }
}

/** Whether the promise has settled by the end of the current task (no timer is run). */
async function settledState(promise: Promise<void>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  return settled
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('afterFirstScreen', () => {
  it('waits until a page says its content is up, then for that frame to paint', async () => {
    const { afterFirstScreen, firstScreenShown } = await freshModule()
    const waiting = afterFirstScreen()
    expect(await settledState(waiting)).toBe(false)
    firstScreenShown()
    // The frame's callback runs before the paint; what waits goes on in a task after it.
    vi.advanceTimersToNextFrame()
    expect(await settledState(waiting)).toBe(false)
    vi.runOnlyPendingTimers()
    expect(await settledState(waiting)).toBe(true)
    // Said again (a later question), nothing changes; a late waiter goes on at once.
    firstScreenShown()
    expect(await settledState(afterFirstScreen())).toBe(true)
  })

  it('lets the waiters go on after the fallback when no page says so', async () => {
    const { afterFirstScreen, FIRST_SCREEN_FALLBACK_MS } = await freshModule()
    const waiting = afterFirstScreen()
    vi.advanceTimersByTime(FIRST_SCREEN_FALLBACK_MS - 1)
    expect(await settledState(waiting)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await settledState(waiting)).toBe(true)
  })

  it('does not wait where there is no document to paint (the build prerendering Home)', async () => {
    const { afterFirstScreen } = await freshModule()
    vi.stubGlobal('document', undefined)
    try {
      expect(await settledState(afterFirstScreen())).toBe(true)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('forgetFirstScreen (a new page, for tests)', () => {
  it('starts a page that waits for its own first screen: the frame and the fallback of the page before do not count', async () => {
    const before = afterFirstScreen()
    firstScreenShown()
    forgetFirstScreen()
    const next = afterFirstScreen()
    // The page before painted its frame: its own waiters go on, the next page's do not.
    vi.advanceTimersToNextFrame()
    vi.advanceTimersByTime(1)
    expect(await settledState(before)).toBe(true)
    expect(await settledState(next)).toBe(false)
    // 17 ms have passed (the frame, then its task): the next page's own fallback is due 5 s after it began.
    vi.advanceTimersByTime(FIRST_SCREEN_FALLBACK_MS - 17 - 1)
    expect(await settledState(next)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await settledState(next)).toBe(true)
  })

  it('clears the fallback of a page that never showed', async () => {
    void afterFirstScreen()
    expect(vi.getTimerCount()).toBe(1)
    forgetFirstScreen()
    expect(vi.getTimerCount()).toBe(0)
  })
})
