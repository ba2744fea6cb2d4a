// The word selection shared by Prove it and Mark the text: taps and keys, no drag.
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useWordSelection } from '../../src/composables/useWordSelection'

const key = (k: string, shiftKey = false) => new KeyboardEvent('keydown', { key: k, shiftKey, cancelable: true })

function setUp(passage = 'one two three four five', disabled = false) {
  const off = ref(disabled)
  return { off, selection: useWordSelection(() => passage, () => off.value) }
}

describe('useWordSelection', () => {
  it('a first tap waits, the second gives the run in reading order', () => {
    const { selection } = setUp()
    expect(selection.tap(3)).toBeNull()
    expect(selection.anchor.value).toBe(3)
    expect(selection.tap(1)).toEqual({ first: 1, last: 3 })
    expect(selection.anchor.value).toBeNull()
    expect(selection.tap(2)).toBeNull()
    expect(selection.tap(2)).toEqual({ first: 2, last: 2 })
  })

  it('arrows move, Shift extends from where the run started, Home and End reach the ends, never past them', () => {
    const { selection } = setUp()
    const right = key('ArrowRight')
    expect(selection.onKey(right)).toBe('moved')
    expect(right.defaultPrevented).toBe(true)
    expect(selection.keySpan.value).toEqual({ first: 1, last: 1 })
    selection.onKey(key('ArrowRight', true))
    selection.onKey(key('ArrowRight', true))
    expect(selection.keySpan.value).toEqual({ first: 1, last: 3 })
    selection.onKey(key('End', true))
    expect(selection.keySpan.value).toEqual({ first: 1, last: 4 })
    selection.onKey(key('ArrowRight'))
    expect(selection.keySpan.value).toEqual({ first: 4, last: 4 })
    selection.onKey(key('Home'))
    selection.onKey(key('ArrowLeft'))
    expect(selection.keySpan.value).toEqual({ first: 0, last: 0 })
  })

  it('Enter submits; other keys are left to the component', () => {
    const { selection } = setUp()
    const enter = key('Enter')
    expect(selection.onKey(enter)).toBe('submit')
    expect(enter.defaultPrevented).toBe(true)
    const letter = key('r')
    expect(selection.onKey(letter)).toBeUndefined()
    expect(letter.defaultPrevented).toBe(false)
  })

  it('the keyboard carries on from a tapped run', () => {
    const { selection } = setUp()
    selection.tap(1)
    selection.tap(2)
    selection.continueFrom(1, 2)
    selection.onKey(key('ArrowRight', true))
    expect(selection.keySpan.value).toEqual({ first: 1, last: 3 })
    selection.reset()
    expect(selection.keySpan.value).toEqual({ first: 3, last: 3 })
  })

  it('does nothing while disabled', () => {
    const { selection } = setUp(undefined, true)
    expect(selection.tap(1)).toBeNull()
    expect(selection.anchor.value).toBeNull()
    expect(selection.onKey(key('Enter'))).toBeUndefined()
    expect(selection.onKey(key('ArrowRight'))).toBeUndefined()
    expect(selection.caret.value).toBe(0)
  })
})
