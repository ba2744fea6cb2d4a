import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { EXAMPLE_SET } from './exampleSet'

const exampleText = JSON.stringify(EXAMPLE_SET)

function expectValueOrMessages(text: string) {
  const result = parseTeacherSet(text, 'abc', 0)
  if (result.ok) {
    expect(result.set.questions.length).toBeGreaterThan(0)
    for (const question of result.set.questions) expect(question.id.startsWith('teacher:abc:')).toBe(true)
  } else {
    expect(result.errors.length).toBeGreaterThan(0)
    for (const error of result.errors) {
      expect(typeof error).toBe('string')
      expect(error.length).toBeGreaterThan(5)
      expect(error).not.toMatch(/undefined|\[object|Error:/)
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
}

describe('teacher set files: any input gives a set or clear messages', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectValueOrMessages), { numRuns: 300 })
  })

  it('random JSON values', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), expectValueOrMessages), { numRuns: 300 })
  })

  it('the example file cut short anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: exampleText.length - 1 }), (cut) => {
        const result = parseTeacherSet(exampleText.slice(0, cut), 'abc', 0)
        expect(result.ok).toBe(false)
        expectValueOrMessages(exampleText.slice(0, cut))
      }),
      { numRuns: 200 },
    )
  })

  it('the example file with one character changed', () => {
    fc.assert(
      fc.property(fc.nat({ max: exampleText.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (at, char) => {
        expectValueOrMessages(exampleText.slice(0, at) + char + exampleText.slice(at + 1))
      }),
      { numRuns: 300 },
    )
  })

  it('__proto__, constructor and prototype keys anywhere in the example', () => {
    const paths = ['', '"questions":[', '"answer":{', '"choices":[{'] as const
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom(...paths), (key, anchor) => {
        const injected = `"${key}":{"polluted":"yes"},`
        const text = anchor === '' ? exampleText.replace('{', `{${injected}`) : exampleText.replace(anchor, `${anchor}{${injected}"x":1},`)
        expectValueOrMessages(text)
        const at = exampleText.indexOf('"answer":{')
        const inAnswer = exampleText.slice(0, at) + `"answer":{"${key}":"r1",` + exampleText.slice(at + '"answer":{'.length)
        const result = parseTeacherSet(inAnswer, 'abc', 0)
        expect(result.ok).toBe(false)
        expectValueOrMessages(inAnswer)
      }),
      { numRuns: 50 },
    )
  })

  it('huge inputs: long strings, deep nesting, many questions', () => {
    expectValueOrMessages('['.repeat(200_000))
    expectValueOrMessages(`{"format":"close-read-set","version":1,"title":"${'x'.repeat(900_000)}","questions":[]}`)
    expectValueOrMessages(JSON.stringify({ ...EXAMPLE_SET, questions: Array.from({ length: 5000 }, () => EXAMPLE_SET.questions[0]) }).slice(0, 999_999))
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`
    expectValueOrMessages(deep)
  })
})
