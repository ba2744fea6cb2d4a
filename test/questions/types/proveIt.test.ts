import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProveItQuestion } from '../../../src/questions/types/prove_it/model'
import { checkProveIt, CLOSE_SCORE } from '../../../src/questions/types/prove_it/check'
import { clampSpan, judgeSpan, sharedWords, spanOfRange, spanText, wordsOf, type WordSpan } from '../../../src/questions/types/shared/words'
import { bank, paragraphs } from '../helpers'

const proveIts = bank.filter((q): q is ProveItQuestion => q.type === 'prove_it')

const spanArb = (count: number): fc.Arbitrary<WordSpan> =>
  fc.tuple(fc.nat({ max: count - 1 }), fc.nat({ max: count - 1 })).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }))

describe('word spans', () => {
  const passage = paragraphs[4] as string
  const words = wordsOf(passage)

  it('cuts a paragraph into words whose offsets give back their text', () => {
    for (const word of words) expect(passage.slice(word.start, word.end)).toBe(word.text)
    expect(words.map((word) => word.text).join(' ')).toBe(passage.split(/\s+/).filter(Boolean).join(' '))
  })

  it('judges a selection equal to the key right, and one sharing no word wrong', () => {
    fc.assert(
      fc.property(spanArb(words.length), spanArb(words.length), (key, other) => {
        expect(judgeSpan(key, key).verdict).toBe('right')
        if (sharedWords(key, other) === 0) expect(judgeSpan(other, key).verdict).toBe('wrong')
        else expect(judgeSpan(other, key).verdict).not.toBe('wrong')
      }),
    )
  })

  it('counts shared words the same both ways, and never more than either span holds', () => {
    fc.assert(
      fc.property(spanArb(words.length), spanArb(words.length), (a, b) => {
        expect(sharedWords(a, b)).toBe(sharedWords(b, a))
        expect(sharedWords(a, b)).toBeLessThanOrEqual(Math.min(a.last - a.first + 1, b.last - b.first + 1))
      }),
    )
  })

  it('keeps any selection inside the paragraph and in order', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (first, last) => {
        const span = clampSpan({ first, last }, words.length) as WordSpan
        expect(span.first).toBeGreaterThanOrEqual(0)
        expect(span.last).toBeLessThan(words.length)
        expect(span.first).toBeLessThanOrEqual(span.last)
      }),
    )
    expect(clampSpan({ first: Number.NaN, last: 2 }, words.length)).toBeUndefined()
    expect(clampSpan({ first: 0, last: 0 }, 0)).toBeUndefined()
  })

  it('finds the words a string range touches', () => {
    const at = passage.indexOf('Reuters')
    const span = spanOfRange(words, at, at + 'Reuters'.length) as WordSpan
    expect(spanText(passage, words, span)).toMatch(/^Reuters/)
  })
})

describe('prove_it questions', () => {
  it('ask about every paragraph at least once', () => {
    const asked = new Set(proveIts.map((q) => q.paragraph))
    for (let p = 1; p <= paragraphs.length; p++) expect(asked.has(p), `paragraph ${p}`).toBe(true)
  })

  it('carry their paragraph verbatim, with keys inside it and evidence the article’s own words', () => {
    for (const q of proveIts) {
      expect(q.passage).toBe(paragraphs[q.paragraph - 1])
      const count = wordsOf(q.passage).length
      for (const key of q.answer.keys) {
        expect(key.first).toBeGreaterThanOrEqual(0)
        expect(key.last).toBeLessThan(count)
      }
      for (const span of q.evidence) expect(paragraphs[span.paragraph - 1]?.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('never hold in their prompt the words they ask for', () => {
    for (const q of proveIts) {
      const proof = spanText(q.passage, wordsOf(q.passage), q.answer.keys[0] as WordSpan)
      if (proof.split(/\s+/).length <= 12) expect(q.prompt.toLowerCase(), q.id).not.toContain(proof.toLowerCase().replace(/[.,;:”“]/g, ''))
    }
  })

  it('grade the proof right, part of it close, a word away from it wrong, and nothing selected as not yet answered', () => {
    const q = proveIts.find((candidate) => candidate.answer.keys.some((key) => key.last - key.first >= 3)) as ProveItQuestion
    const key = q.answer.keys.find((k) => k.last - k.first >= 3) as WordSpan
    expect(checkProveIt(q, { kind: 'words', ...key }).correct).toBe(true)
    const part = checkProveIt(q, { kind: 'words', first: key.first, last: key.first })
    expect(part).toMatchObject({ correct: false, score: CLOSE_SCORE })
    expect(part.note).toMatch(/leave some of it out/)
    const far = q.answer.keys.every((k) => k.first > 0) ? 0 : wordsOf(q.passage).length - 1
    expect(checkProveIt(q, { kind: 'words', first: far, last: far })).toMatchObject({ correct: false, score: 0 })
    expect(checkProveIt(q, { kind: 'words', first: -1, last: -1 }).invalid).toBeTruthy()
    expect(checkProveIt(q, undefined).expected).toMatch(/^“/)
  })
})
