import { beforeEach, describe, expect, it, vi } from 'vitest'

// The module keeps one flag for the page: each test loads it afresh.
let missing: typeof import('../../src/support/missingCode')
beforeEach(async () => {
  vi.resetModules()
  missing = await import('../../src/support/missingCode')
})

describe('code of this version that can no longer be loaded', () => {
  it('knows a failed import() in each browser’s words, and nothing else', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://127.0.0.1/assets/ChoiceAnswer-abc.js',
      'error loading dynamically imported module: http://127.0.0.1/assets/x.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/QuizView-abc.css',
    ]) {
      expect(missing.isMissingCode(new TypeError(message)), message).toBe(true)
    }
    for (const other of [new TypeError('x is undefined'), new Error('The quota has been exceeded.'), 'Failed to fetch dynamically imported module', null, undefined]) {
      expect(missing.isMissingCode(other)).toBe(false)
    }
  })

  it('tells every listener once, and a listener added later at once', () => {
    const early = vi.fn()
    missing.onMissingCode(early)
    expect(missing.reportMissingCode(new Error('quota'))).toBe(false)
    expect(missing.codeIsMissing()).toBe(false)
    expect(early).not.toHaveBeenCalled()

    expect(missing.reportMissingCode(new TypeError('Failed to fetch dynamically imported module: /assets/a.js'))).toBe(true)
    expect(missing.reportMissingCode(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(early).toHaveBeenCalledTimes(1)
    expect(missing.codeIsMissing()).toBe(true)

    const late = vi.fn()
    missing.onMissingCode(late)
    expect(late).toHaveBeenCalledTimes(1)
  })

  it('stops telling a listener that stopped listening', () => {
    const listener = vi.fn()
    const stop = missing.onMissingCode(listener)
    stop()
    missing.reportMissingCode(new TypeError('Importing a module script failed.'))
    expect(listener).not.toHaveBeenCalled()
  })
})
