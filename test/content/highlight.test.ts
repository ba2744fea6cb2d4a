import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightSegments, sentenceAround } from '../../src/content/highlight'

describe('highlightSegments', () => {
  it('marks the given ranges and keeps the rest as plain text', () => {
    expect(highlightSegments('abcdefgh', [{ start: 2, end: 4 }])).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'efgh', marked: false },
    ])
  })

  it('merges overlapping ranges and ignores empty or out-of-range ones', () => {
    expect(highlightSegments('abcdef', [{ start: 3, end: 9 }, { start: 1, end: 4 }, { start: 2, end: 2 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ])
  })

  it('always joins back to the original text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }) })), (text, ranges) => {
        return highlightSegments(text, ranges).map((segment) => segment.text).join('') === text
      }),
    )
  })
})

describe('sentenceAround', () => {
  it('ends at a sentence whose stop sits inside its closing quotation mark, where the span ends with it', () => {
    const text = 'He called for an “international mission.” Then he left. Later more came.'
    const end = text.indexOf('.”') + 2
    const range = sentenceAround(text, text.indexOf('He'), end)
    expect(text.slice(range.start, range.end)).toBe('He called for an “international mission.”')
  })

  const text = 'First one. “Second, quoted.” Third has the word here. Last.'

  it('finds the sentence that holds the span', () => {
    const start = text.indexOf('word')
    const range = sentenceAround(text, start, start + 4)
    expect(text.slice(range.start, range.end)).toBe('Third has the word here.')
  })

  it('keeps closing quotes with their sentence', () => {
    const start = text.indexOf('Second')
    const range = sentenceAround(text, start, start + 6)
    expect(text.slice(range.start, range.end)).toBe('“Second, quoted.”')
  })

  it('spans several sentences when the evidence does', () => {
    const start = text.indexOf('one')
    const end = text.indexOf('Second') + 6
    const range = sentenceAround(text, start, end)
    expect(text.slice(range.start, range.end)).toBe('First one. “Second, quoted.”')
  })

  it('runs to the end of a paragraph without a final stop', () => {
    const range = sentenceAround('No stop here', 3, 7)
    expect(range).toEqual({ start: 0, end: 12 })
  })
})
