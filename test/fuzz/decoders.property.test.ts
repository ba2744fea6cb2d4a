// Fuzzing of every decoder of outside input, through its public function: quiz links, result codes
// (one and pasted in bulk), backups and teachers' sets. Whatever comes in: no uncaught error, no
// prototype pollution, and every refusal comes with a message a person can read. CI runs a modest
// number of cases; `npm run test:faults` runs them long (FUZZ_RUNS=10000) (issue 31).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readResultCodes } from '../../src/classroom/collect'
import { decodeQuizLink, encodeQuizLink, quizCodeFrom } from '../../src/classroom/quizLink'
import { decodeResultCode, encodeResultCode } from '../../src/classroom/resultCode'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { buildExportFile, parseImportText } from '../../src/storage/backup'
import { DEFAULT_SETTINGS } from '../../src/storage/defaultSettings'
import { syntheticAttempts } from '../../src/storage/synthetic'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { bank, index, rightResponse, sampleQuiz } from '../classroom/helpers'
import { mutated } from './mutated'

const RUNS = Number(process.env.FUZZ_RUNS) || 150

const questions = bank.questions.slice(0, 12)
const FP = 7
const quizzes = new Map([[FP, { title: 'T', questions }]])

// Valid samples of each input, to mutate: most fuzzed inputs should get past the first check.
const link = encodeQuizLink(sampleQuiz(), index)
const resultCode = encodeResultCode(
  { quizFingerprint: FP, name: 'Ana', durationSeconds: 60, answers: new Map(questions.map((question, position) => [position, rightResponse(question)])) },
  questions,
)
const backup = JSON.stringify(buildExportFile({ attempts: syntheticAttempts(20, 1), cards: [], settings: DEFAULT_SETTINGS }, Date.UTC(2025, 0, 1)))
const teacherSet = JSON.stringify(EXAMPLE_SET)
// The samples themselves are read, so the mutations start from inputs that pass.
if (!decodeResultCode(resultCode, quizzes, FP).ok || !parseImportText(backup).ok || !parseTeacherSet(teacherSet, 'fuzz', 0).ok || !decodeQuizLink(link, index).ok) {
  throw new Error('a fuzzing sample does not read')
}

function expectUnpolluted() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES)
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()

function expectMessage(message: unknown) {
  expect(typeof message).toBe('string')
  expect((message as string).trim().length).toBeGreaterThan(5)
  expect(message).not.toMatch(/undefined|\[object |Error:|NaN/)
}

describe('fuzzing the decoders of outside input (issue 31)', { timeout: 120_000 }, () => {
  it('quiz links (as pasted: bare, in a URL, in chat)', () => {
    const input = fc.oneof(mutated(link), mutated(link).map((code) => `https://example.org/join#q=${code}`), mutated(link).map((code) => `see ${code} thanks`))
    fc.assert(
      fc.property(input, (text) => {
        const decoded = decodeQuizLink(quizCodeFrom(text), index)
        if (decoded.ok) for (const id of decoded.value.questionIds) expect(index.questionsById.has(id)).toBe(true)
        else expectMessage(decoded.message)
        expectUnpolluted()
      }),
      { numRuns: RUNS },
    )
  })

  it('result codes, one at a time and pasted in bulk', () => {
    fc.assert(
      fc.property(mutated(resultCode), fc.array(mutated(resultCode), { maxLength: 5 }), (code, many) => {
        const decoded = decodeResultCode(code, quizzes, FP)
        if (decoded.ok) for (const position of decoded.value.answers.keys()) expect(position).toBeLessThan(questions.length)
        else expectMessage(decoded.message)
        const batch = readResultCodes(many.join('\n'), quizzes, FP)
        for (const refused of batch.refused) expectMessage(refused.message)
        expectUnpolluted()
      }),
      { numRuns: RUNS },
    )
  })

  it('backups', () => {
    fc.assert(
      fc.property(mutated(backup), (text) => {
        const parsed = parseImportText(text)
        if (parsed.ok) expect(Array.isArray(parsed.file.attempts)).toBe(true)
        else {
          expect(parsed.problems.length).toBeGreaterThan(0)
          for (const problem of parsed.problems) expectMessage(problem)
        }
        expectUnpolluted()
      }),
      { numRuns: RUNS },
    )
  })

  it('teachers’ sets', () => {
    fc.assert(
      fc.property(mutated(teacherSet), (text) => {
        const parsed = parseTeacherSet(text, 'fuzz', 0)
        if (parsed.ok) for (const question of parsed.set.questions) expect(question.id.startsWith('teacher:fuzz:')).toBe(true)
        else {
          expect(parsed.errors.length).toBeGreaterThan(0)
          for (const error of parsed.errors) expectMessage(error)
        }
        expectUnpolluted()
      }),
      { numRuns: RUNS },
    )
  })
})
