import { describe, expect, it } from 'vitest'
import { buildClassTable, classTableCsv } from '../../src/classroom/classTable'
import { decodeResultCode, encodeResultCode, RESULT_MESSAGES, splitCodes, type ResultSubmission } from '../../src/classroom/resultCode'
import { encodeQuizLink } from '../../src/classroom/quizLink'
import { QUESTION_TYPES } from '../../src/questions/types/registry'
import { bank, index, question, rightResponse, sampleQuiz, wrongResponse } from './helpers'

// One question of every type, so every response encoding is exercised.
const ids = QUESTION_TYPES.map((type) => (bank.questions.find((q) => q.type === type) as { id: string }).id)
const questions = ids.map(question)
const FP = 0x12345678
const quizzes = new Map([[FP, { title: 'Types', questions }]])

function submission(responses: Array<'right' | 'wrong' | 'blank'>, name = 'Ana'): ResultSubmission {
  const answers = new Map()
  responses.forEach((kind, position) => {
    const q = questions[position]!
    if (kind !== 'blank') answers.set(position, kind === 'right' ? rightResponse(q) : wrongResponse(q))
  })
  return { quizFingerprint: FP, name, durationSeconds: 312, answers }
}

describe('result codes', () => {
  it('round-trips every kind of response', () => {
    const sent = submission(questions.map((_, i) => (i % 3 === 0 ? 'wrong' : i % 3 === 1 ? 'right' : 'blank')))
    const decoded = decodeResultCode(encodeResultCode(sent, questions), quizzes, FP)
    expect(decoded).toEqual({ ok: true, value: sent })
  })

  it('carries answers, not a score: the teacher grades them from the answer key', () => {
    const code = encodeResultCode(submission(questions.map(() => 'right')), questions)
    const decoded = decodeResultCode(code, quizzes, FP)
    if (!decoded.ok) throw new Error(decoded.message)
    const table = buildClassTable([decoded.value], questions)
    expect(table.rows[0]!.points).toBe(questions.length)
    expect(table.rows[0]!.marks.every((m) => m.mark === 'right')).toBe(true)
  })

  it('rejects a code for another quiz with a message naming it', () => {
    const code = encodeResultCode({ ...submission(['right']), quizFingerprint: 0xabcdef01 }, questions)
    const decoded = decodeResultCode(code, quizzes, FP)
    expect(decoded).toEqual({ ok: false, message: 'This code from Ana is for another quiz, quiz ABCDEF01.' })
  })

  it('says a quiz link is not a result code', () => {
    const link = encodeQuizLink(sampleQuiz(), index)
    const decoded = decodeResultCode(link, quizzes, FP)
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.message).toMatch(/quiz link, not a result code/)
  })

  it('splits pasted text into codes', () => {
    expect(splitCodes(' a1,b2;\n c3\t d4 ')).toEqual(['a1', 'b2', 'c3', 'd4'])
  })
})

describe('the class table', () => {
  const ana = submission(questions.map(() => 'right'), 'Ana')
  const ben = submission(questions.map((_, i) => (i === 0 ? 'right' : i === 1 ? 'blank' : 'wrong')), '=HYPERLINK("x")')
  const table = buildClassTable([ana, ben], questions)

  it('shows each question\'s share of right answers and the most missed first', () => {
    expect(table.columns[0]!.rightShare).toBe(1)
    expect(table.columns[2]!.rightShare).toBe(0.5)
    expect(table.mostMissed).toHaveLength(3)
    expect(table.mostMissed.every((column) => column.rightShare === 0.5)).toBe(true)
    expect(table.mostMissed.map((column) => column.question.id)).not.toContain(ids[0])
  })

  it('exports one CSV row per student, blanks left empty, names never read as formulas', () => {
    const lines = classTableCsv(table).trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe(['Name', 'Points', 'Out of', 'Percent', 'Seconds', ...questions.map((_, i) => `Q${i + 1}`)].join(','))
    expect(lines[1]).toBe(['Ana', 10, 10, 100, 312, ...questions.map(() => 1)].join(','))
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""x"")",1,10,10,312,1,,0,`)).toBe(true)
  })
})

describe('result-code messages', () => {
  it('speak of a result code, not a quiz link', () => {
    const code = encodeResultCode(submission(['right']), questions)
    expect(decodeResultCode(code.slice(0, -4), quizzes, FP)).toEqual({ ok: false, message: RESULT_MESSAGES.damaged })
    expect(RESULT_MESSAGES.damaged).toMatch(/^This result code/)
  })
})

describe('stored results', () => {
  it('decodes every stored code, past the 500-code cap on pasted text', async () => {
    const { decodeResultCodes, readResultCodes } = await import('../../src/classroom/collect')
    const codes = Array.from({ length: 520 }, (_, i) => encodeResultCode(submission(questions.map(() => 'right'), `Student ${i}`), questions))
    expect(decodeResultCodes(codes, quizzes, FP).accepted).toHaveLength(520)
    expect(readResultCodes(codes.join('\n'), quizzes, FP).accepted).toHaveLength(500)
  })
})
