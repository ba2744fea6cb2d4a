// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The module keeps one promise per page load: each test loads it afresh.
async function freshModule() {
  vi.resetModules()
  return import('../src/firstScreen')
}

/** Whether the promise has settled by the end of the current task (no timer is run). */
async function settledState(promise: Promise<void>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  return settled
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
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
