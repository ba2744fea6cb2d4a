import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkAnswer, readResponse, UNCHECKABLE, type CheckResult } from '../../src/questions/checkAnswer'
import type { Question, Response } from '../../src/domain/question'
import { allQuestions, cloze, multiSelect, numeric, ordering } from '../engine/fixtures'

/** Ids the fixtures use, mixed with arbitrary text, so that right answers turn up too. */
const idOrJunk = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'true', 'false', 'position', 'l1', 'l2', 'l3', 'l4', 'r1', 'r2', 'r3', 'r4'),
  fc.constantFrom('i1', 'i2', 'i3', 'i4', '__proto__', 'constructor', ''),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
)

const typedText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 250 }),
  fc.constantFrom('28,000', '28 000', '２８０００', 'Zanzegur', 'Zаnzegur', 'Erdoğan', 'Infinity', '1e400', '-0'),
  fc.integer().map(String),
)

const response: fc.Arbitrary<Response> = fc.oneof(
  fc.record({ kind: fc.constant('choice' as const), choiceId: idOrJunk }),
  fc.record({ kind: fc.constant('choices' as const), choiceIds: fc.array(idOrJunk, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('text' as const), text: typedText }),
  fc.record({ kind: fc.constant('pairs' as const), pairs: fc.dictionary(idOrJunk, idOrJunk, { maxKeys: 6 }) }),
  fc.record({ kind: fc.constant('order' as const), itemIds: fc.array(idOrJunk, { maxLength: 6 }) }),
)

const question = fc.constantFrom(...allQuestions)

function expectWellFormed(result: CheckResult): void {
  expect(result.score).toBeGreaterThanOrEqual(0)
  expect(result.score).toBeLessThanOrEqual(1)
  if (result.correct) expect(result.score).toBe(1)
  if (result.invalid !== undefined) expect(result).toMatchObject({ correct: false, score: 0 })
  expect(result.invalid).not.toBe(UNCHECKABLE)
  expect(typeof result.expected).toBe('string')
  expect(typeof result.given).toBe('string')
}

describe('checkAnswer, for any response', () => {
  it('never throws on arbitrary values, and keeps the score in [0, 1]', () => {
    fc.assert(
      fc.property(question, fc.anything(), (q, anything) => {
        expectWellFormed(checkAnswer(q, anything as Response))
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on responses of the right shape with arbitrary contents', () => {
    fc.assert(
      fc.property(question, response, (q: Question, r) => {
        expectWellFormed(checkAnswer(q, r))
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts exactly the right set for multi_select, and only that', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd']), (choiceIds) => {
        fc.pre(choiceIds.length > 0)
        const result = checkAnswer(multiSelect, { kind: 'choices', choiceIds })
        const exact = [...choiceIds].sort().join() === [...multiSelect.answer].sort().join()
        expect(result.correct).toBe(exact)
        expect(result.score === 1).toBe(exact)
      }),
    )
  })

  it('scores an ordering 1 exactly when it is right', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ordering.answer, { minLength: 4, maxLength: 4 }), (itemIds) => {
        const result = checkAnswer(ordering, { kind: 'order', itemIds })
        expect(result.invalid).toBeUndefined()
        expect(result.correct).toBe(itemIds.join() === ordering.answer.join())
        expect(result.score === 1).toBe(result.correct)
      }),
    )
  })

  it('accepts 28,000 however its thousands are grouped', () => {
    const separator = fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'", '')
    const padding = fc.constantFrom('', ' ', '\t', '\u00a0')
    fc.assert(
      fc.property(separator, padding, padding, (sep, before, after) => {
        expect(checkAnswer(numeric, { kind: 'text', text: `${before}28${sep}000${after}` }).correct).toBe(true)
      }),
    )
  })

  it('accepts the cloze answer with any one character dropped, doubled or swapped', () => {
    const word = 'Zanzegur'
    fc.assert(
      fc.property(fc.nat({ max: word.length - 2 }), fc.constantFrom('drop', 'double', 'swap'), (at, edit) => {
        const typed =
          edit === 'drop'
            ? word.slice(0, at) + word.slice(at + 1)
            : edit === 'double'
              ? word.slice(0, at + 1) + word.slice(at)
              : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        expect(checkAnswer(cloze, { kind: 'text', text: typed }).correct).toBe(true)
      }),
    )
  })
})

describe('readResponse', () => {
  // The schema the app used before the check was written by hand: the two must agree on every value.
  const ResponseSchema = v.variant('kind', [
    v.object({ kind: v.literal('choice'), choiceId: v.string() }),
    v.object({ kind: v.literal('choices'), choiceIds: v.array(v.string()) }),
    v.object({ kind: v.literal('text'), text: v.string() }),
    v.object({ kind: v.literal('pairs'), pairs: v.record(v.string(), v.string()) }),
    v.object({ kind: v.literal('order'), itemIds: v.array(v.string()) }),
  ])
  const kinds = fc.constantFrom('choice', 'choices', 'text', 'pairs', 'order', 'other')
  const field = fc.constantFrom('choiceId', 'choiceIds', 'text', 'pairs', 'itemIds', 'extra')
  // Right shapes, right kinds with a field of any value, and anything at all.
  const candidate = fc.oneof(
    response,
    fc.tuple(response, field, fc.anything()).map(([r, key, value]) => ({ ...r, [key]: value })),
    fc.record({ kind: kinds, pairs: fc.dictionary(idOrJunk, fc.oneof(idOrJunk, fc.integer()), { maxKeys: 4 }) }),
    fc.record({ kind: kinds, choiceIds: fc.array(fc.oneof(idOrJunk, fc.integer()), { maxLength: 3 }) }),
    fc.anything(),
  )

  it('accepts and rebuilds exactly what the valibot schema does', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const parsed = v.safeParse(ResponseSchema, value)
        expect(readResponse(value)).toStrictEqual(parsed.success ? parsed.output : undefined)
      }),
      { numRuns: 3000 },
    )
  })

  it('drops fields a response kind does not have and keys that reach a prototype', () => {
    const pairs = JSON.parse('{"l1":"r1","__proto__":"r2"}') as Record<string, string>
    expect(readResponse({ kind: 'pairs', pairs, extra: 1 })).toStrictEqual({ kind: 'pairs', pairs: { l1: 'r1' } })
    expect(readResponse({ kind: 'choice', choiceId: 'a', choiceIds: ['b'] })).toStrictEqual({ kind: 'choice', choiceId: 'a' })
    expect(readResponse({ kind: 'order', itemIds: ['i1', 2] })).toBeUndefined()
    expect(readResponse(null)).toBeUndefined()
  })
})
