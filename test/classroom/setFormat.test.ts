import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseTeacherSet, teacherSetFile, MAX_SET_QUESTIONS } from '../../src/classroom/setFormat'
import { checkAnswer } from '../../src/questions/checkAnswer'
import { EXAMPLE_SET } from './exampleSet'

const parse = (value: unknown) => parseTeacherSet(typeof value === 'string' ? value : JSON.stringify(value), 'abc', 1_700_000_000_000)
const withQuestion = (question: object) => ({ ...EXAMPLE_SET, questions: [question] })

describe('teacher set files', () => {
  it('reads the README example into playable questions with namespaced ids and no evidence', () => {
    const result = parse(EXAMPLE_SET)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.set.title).toBe('Reading for attribution')
    expect(result.set.questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((id) => `teacher:abc:${id}`))
    for (const question of result.set.questions) {
      expect(question.evidence).toEqual([])
      expect(question.factIds).toEqual([])
    }
    const [q1, , q3, q4, q5] = result.set.questions
    expect(checkAnswer(q1!, { kind: 'choice', choiceId: 'a' }).correct).toBe(true)
    expect(checkAnswer(q3!, { kind: 'choices', choiceIds: ['a', 'b'] }).correct).toBe(true)
    expect(checkAnswer(q4!, { kind: 'text', text: '3' }).correct).toBe(true)
    expect(checkAnswer(q5!, { kind: 'text', text: 'verified' }).correct).toBe(true)
  })

  it('reads the example set the README shows (test/fixtures/classroom/readme-example-set.json)', () => {
    const result = parseTeacherSet(readFileSync(new URL('../fixtures/classroom/readme-example-set.json', import.meta.url), 'utf8'), 'abc', 0)
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.set.questions.map((question) => question.type)).toEqual(['single_choice', 'multi_select', 'cloze', 'numeric', 'matching'])
  })

  it('fills defaults: ids from positions, empty explanation, difficulty 2', () => {
    const result = parse(withQuestion({ type: 'single_choice', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'b' }))
    if (!result.ok) throw new Error(result.errors.join('\n'))
    expect(result.set.questions[0]).toMatchObject({ id: 'teacher:abc:q1', explanation: '', difficulty: 2, topics: [] })
  })

  it('names the path of each problem', () => {
    const broken = { ...EXAMPLE_SET, questions: [...EXAMPLE_SET.questions] }
    broken.questions[3] = { ...EXAMPLE_SET.questions[0]!, choices: [{ id: 'a', text: 'ok' }, { id: 'b', text: 5 }] } as never
    expect(parse(broken)).toEqual({ ok: false, errors: ['questions[3].choices[1].text: expected text'] })
  })

  it.each([
    [{ type: 'essay', prompt: 'P' }, /^questions\[0\]\.type: expected a question type/],
    [{ type: 'single_choice', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' }, /^questions\[0\]\.prompt: missing$/],
    [{ type: 'single_choice', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'z' }, /^questions\[0\]\.answer: "z" is not one of the choices' ids$/],
    [{ type: 'multi_select', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }], answer: ['a'] }, /^questions\[0\]\.choices\[1\]\.id: "a" is used twice$/],
    [{ type: 'numeric', prompt: 'P', answer: { value: '3' } }, /^questions\[0\]\.answer\.value: expected a number$/],
    [{ type: 'ordering', prompt: 'P', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: ['a'] }, /^questions\[0\]\.answer: expected every item id exactly once/],
    [{ type: 'matching', prompt: 'P', left: [{ id: 'l', text: 'L' }, { id: 'm', text: 'M' }], right: [{ id: 'r', text: 'R' }, { id: 's', text: 'S' }], answer: { l: 'r' } }, /^questions\[0\]\.answer: no partner for "m"$/],
    // A left id named like an Object.prototype member is not a partner the answer has (an `in` check would say it is).
    [{ type: 'matching', prompt: 'P', left: [{ id: 'l', text: 'L' }, { id: 'toString', text: 'M' }], right: [{ id: 'r', text: 'R' }, { id: 's', text: 'S' }], answer: { l: 'r' } }, /^questions\[0\]\.answer: no partner for "toString"$/],
    [{ type: 'single_choice', prompt: 'bell\u0007', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' }, /^questions\[0\]\.prompt: expected plain text/],
  ])('rejects %j with a message naming where', (question, message) => {
    const result = parse(withQuestion(question))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatch(message)
  })

  it('says plainly when a file is not JSON, not a set, or from a newer version', () => {
    expect(parse('{"format": "close-read-set", "vers')).toEqual({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] })
    expect(parse({ hello: 1 })).toEqual({ ok: false, errors: [expect.stringMatching(/^format: expected "close-read-set"/)] })
    expect(parse({ ...EXAMPLE_SET, version: 2 })).toEqual({ ok: false, errors: [expect.stringMatching(/newer version of Close Read/)] })
    expect(parse([1, 2])).toEqual({ ok: false, errors: [expect.stringMatching(/^expected an object like/)] })
  })

  it('refuses files over 1 MB and sets of more than 300 questions', () => {
    expect(parse(' '.repeat(1_000_001))).toEqual({ ok: false, errors: [expect.stringMatching(/larger than 1 MB/)] })
    // Under a megabyte in characters, over it in UTF-8 bytes.
    expect(parse(`"${'é'.repeat(600_000)}"`)).toEqual({ ok: false, errors: [expect.stringMatching(/larger than 1 MB/)] })
    const many = { ...EXAMPLE_SET, questions: Array.from({ length: MAX_SET_QUESTIONS + 1 }, (_, index) => ({ ...EXAMPLE_SET.questions[0], id: `q${index}` })) }
    expect(parse(many)).toEqual({ ok: false, errors: ['questions: expected at most 300 questions'] })
  })

  it('refuses __proto__ and constructor keys, and the prototype stays clean', () => {
    const text = JSON.stringify(withQuestion({ ...EXAMPLE_SET.questions[5], answer: { l1: 'r1', l2: 'r2' } })).replace('"l2":"r2"', '"l2":"r2","__proto__":{"polluted":"yes"}')
    const result = parse(text)
    expect(result).toEqual({ ok: false, errors: ['questions[0].answer.__proto__: "__proto__" is not allowed as a name'] })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('writes a stored set back out as a file that reads in again the same', () => {
    const first = parse(EXAMPLE_SET)
    if (!first.ok) throw new Error('example should parse')
    const again = parseTeacherSet(teacherSetFile(first.set), 'abc', first.set.importedAt)
    expect(again).toEqual(first)
  })
})
