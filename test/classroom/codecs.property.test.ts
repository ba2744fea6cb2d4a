// Every decoder turns any input into a value or a message a teacher understands; round trips hold.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from '../../src/lib/bytes'
import { decodeQuizLink, encodeQuizLink, LINK_MESSAGES, type LinkedQuiz } from '../../src/classroom/quizLink'
import { decodeResultCode, encodeResultCode, RESULT_MESSAGES } from '../../src/classroom/resultCode'
import type { Question, Response } from '../../src/domain/question'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { EXAMPLE_SET } from './exampleSet'
import { bank, index, rightResponse, wrongResponse } from './helpers'

const KNOWN_MESSAGES = new Set<string>([...Object.values(LINK_MESSAGES), ...Object.values(RESULT_MESSAGES)])

const quizArb: fc.Arbitrary<LinkedQuiz> = fc.record({
  questionIds: fc.uniqueArray(fc.constantFrom(...index.ids), { minLength: 1, maxLength: 100 }),
  seed: fc.nat({ max: 0xffffffff }),
  order: fc.constantFrom('same' as const, 'shuffled' as const),
  timeLimit: fc.oneof(
    fc.constant({ kind: 'off' as const }),
    fc.record({ kind: fc.constantFrom('quiz' as const, 'question' as const), seconds: fc.integer({ min: 1, max: 86_400 }) }),
  ),
  // Titles that fit, so the round trip is exact (longer ones are cut at a character boundary).
  title: fc.string({ unit: 'grapheme', maxLength: 30 }).filter((title) => new TextEncoder().encode(title).length <= 120),
})

// Teachers' questions a link carries: every type of the set file, with any plain text in them.
// Control characters are what the set format refuses; the property strips them on purpose.
// eslint-disable-next-line no-control-regex
const plain = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((text) => text.replace(/[\u0000-\u001f\u007f]/g, '').trim()).filter((text) => text.length > 0)
const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 0)
if (!imported.ok) throw new Error('the example set reads')
const teacherArb = fc
  .tuple(fc.subarray(imported.set.questions, { minLength: 1, maxLength: 4 }), fc.array(plain, { minLength: 4, maxLength: 4 }))
  .map(([picked, prompts]) => picked.map((question, i) => ({ ...question, prompt: prompts[i]! }) as Question))
const carryingArb = fc.tuple(quizArb, teacherArb, fc.nat()).map(([quiz, teacher, at]): LinkedQuiz => {
  const ids = quiz.questionIds.slice(0, 30)
  const position = at % (ids.length + 1)
  return { ...quiz, questionIds: [...ids.slice(0, position), ...teacher.map((q) => q.id), ...ids.slice(position)], carried: teacher }
})

const questions = bank.questions.slice(0, 40)
const FP = 7
const quizzes = new Map([[FP, { title: 'T', questions }]])

function expectClearFailure(result: { ok: boolean; message?: string }) {
  if (!result.ok) {
    expect(KNOWN_MESSAGES.has(result.message as string) || /quiz|code/i.test(result.message as string)).toBe(true)
  }
}

// Generous: fast-check runs many cases, and CI machines are shared.
describe('codec properties', { timeout: 60_000 }, () => {
  it('base64url round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes)
    }))
  })

  it('quiz links round-trip', () => {
    fc.assert(fc.property(quizArb, (quiz) => {
      const decoded = decodeQuizLink(encodeQuizLink(quiz, index), index)
      expect(decoded.ok).toBe(true)
      if (decoded.ok) {
        const { fingerprint: _, ...rest } = decoded.value
        expect(rest).toEqual(quiz)
      }
    }))
  })

  it('quiz links carrying teachers\' questions round-trip, and any change to them is refused', () => {
    fc.assert(fc.property(carryingArb, fc.nat(), fc.nat({ max: 7 }), (quiz, at, bit) => {
      const code = encodeQuizLink(quiz, index)
      const decoded = decodeQuizLink(code, index)
      expect(decoded.ok).toBe(true)
      if (decoded.ok) {
        const { fingerprint: _, ...rest } = decoded.value
        expect(rest).toEqual(quiz)
      }
      const flipped = (fromBase64Url(code) as Uint8Array).slice()
      flipped[at % flipped.length]! ^= 1 << bit
      expect(decodeQuizLink(toBase64Url(flipped), index)).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    }), { numRuns: 200 })
  })

  it('result codes round-trip', () => {
    const answersArb = fc.array(fc.tuple(fc.nat({ max: questions.length - 1 }), fc.boolean()), { maxLength: 40 }).map((list) => {
      const answers = new Map<number, Response>()
      for (const [position, right] of list) answers.set(position, (right ? rightResponse : wrongResponse)(questions[position]!))
      return answers
    })
    const nameArb = fc.string({ minLength: 1, maxLength: 20 }).map((name) => name.trim()).filter((name) => name.length > 0 && new TextEncoder().encode(name).length <= 60)
    fc.assert(fc.property(answersArb, nameArb, fc.nat({ max: 100_000 }), (answers, name, durationSeconds) => {
      const sent = { quizFingerprint: FP, name, durationSeconds, answers }
      expect(decodeResultCode(encodeResultCode(sent, questions), quizzes, FP)).toEqual({ ok: true, value: sent })
    }))
  })

  it('random strings, huge inputs and __proto__ JSON give a clear message, never an exception', () => {
    const inputs = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
      fc.json().map((json) => `{"__proto__":{"polluted":true},"q":${json}}`),
      fc.nat({ max: 5 }).map((n) => 'A'.repeat(10 ** n)),
    )
    fc.assert(fc.property(inputs, (input) => {
      const link = decodeQuizLink(input, index)
      const result = decodeResultCode(input, quizzes, FP)
      expectClearFailure(link)
      expectClearFailure(result)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }))
  })

  it('any truncated or bit-flipped code is refused as damaged', () => {
    const codeArb = quizArb.map((quiz) => encodeQuizLink(quiz, index))
    fc.assert(fc.property(codeArb, fc.nat(), fc.nat({ max: 5 }), (code, at, bit) => {
      const cut = at % code.length
      expect(decodeQuizLink(code.slice(0, cut), index).ok).toBe(false)
      const bytes = fromBase64Url(code) as Uint8Array
      const flipped = bytes.slice()
      flipped[at % bytes.length]! ^= 1 << bit
      expect(decodeQuizLink(toBase64Url(flipped), index)).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    }))
  })

  it('a result code with any changed character is refused, not mis-graded', () => {
    const sent = { quizFingerprint: FP, name: 'Ana', durationSeconds: 60, answers: new Map(questions.slice(0, 20).map((q, i) => [i, wrongResponse(q)] as const)) }
    const code = encodeResultCode(sent, questions)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    fc.assert(fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...alphabet), (at, char) => {
      fc.pre(code[at] !== char)
      const edited = code.slice(0, at) + char + code.slice(at + 1)
      expect(decodeResultCode(edited, quizzes, FP).ok).toBe(false)
    }))
  })
})
