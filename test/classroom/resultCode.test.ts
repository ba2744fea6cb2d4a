import { describe, expect, it } from 'vitest'
import { buildClassTable, classTableCsv } from '../../src/classroom/classTable'
import { decodeResultCode, encodeResultCode, RESULT_MESSAGES, findCodes, type ResultSubmission } from '../../src/classroom/resultCode'
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

  it('finds the codes in pasted chat text, leaving the words around them', () => {
    const code = encodeResultCode(submission(['right']), questions)
    const other = encodeResultCode(submission(['wrong'], 'Ben'), questions)
    expect(findCodes(`here is mine: ${code}, thanks!\nBen: "${other}"`)).toEqual([code, other])
    expect(findCodes('Internationalization, understandings and UNDERSTANDINGS are words')).toEqual([])
    expect(findCodes(' a1b2c3d4e5f6g7h8i9,XYZ123abc456def789;')).toEqual(['a1b2c3d4e5f6g7h8i9', 'XYZ123abc456def789'])
  })

  it('reads a chat message as one result, not one "damaged" error per word', async () => {
    const { readResultCodes, batchSummary } = await import('../../src/classroom/collect')
    const code = encodeResultCode(submission(['right']), questions)
    const batch = readResultCodes(`Hi teacher, here is mine: ${code} (Ana from 3B)`, quizzes, FP)
    expect(batch.accepted).toHaveLength(1)
    expect(batch.refused).toEqual([])
    expect(batchSummary(0, 0, 0)).toMatch(/^No result code found/)
  })

  it('says how many codes were left out past the 500 read at once (issue 31, bug 10)', async () => {
    const { readResultCodes, batchSummary } = await import('../../src/classroom/collect')
    const code = encodeResultCode(submission(['right']), questions)
    const batch = readResultCodes(Array.from({ length: 503 }, () => code).join('\n'), quizzes, FP)
    expect(batch.accepted.length + batch.refused.length).toBe(500)
    expect(batch.leftOut).toBe(3)
    expect(batchSummary(1, 499, 0, batch.leftOut)).toMatch(/3 more codes were not read: at most 500 are read at once/)
    expect(readResultCodes(code, quizzes, FP).leftOut).toBe(0)
    expect(batchSummary(1, 0, 0, 0)).not.toMatch(/not read/)
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
    const csv = classTableCsv(table)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines).toHaveLength(5)
    const heads = questions.map((_, i) => `Q${i + 1}`)
    expect(lines[0]).toBe(['Name', 'Points', 'Out of', 'Percent', 'Seconds', ...heads, ...heads.map((q) => `${q} answer`)].join(','))
    const n = questions.length
    expect(lines[1]!.startsWith(['Ana', n, n, 100, 312, ...questions.map(() => 1)].join(','))).toBe(true)
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""x"")",1,${n},${Math.round(100 / n)},312,1,,0,`)).toBe(true)
    expect(lines[4]!.startsWith('Right answer,')).toBe(true)
  })

  it('writes each student\'s own answers beside the marks, and the right answers', async () => {
    const { readDelimited } = await import('./delimited')
    const rows = readDelimited(classTableCsv(table).slice(1), ',', '\r\n')
    const n = questions.length
    const answerAt = (q: number) => 5 + n + q
    // Ana answered every question right: her answer to Q1 is the right answer.
    expect(rows[1]![answerAt(0)]).toBe(table.columns[0]!.expected)
    expect(rows[1]![answerAt(0)]).not.toBe('')
    // Ben left Q2 blank.
    expect(rows[2]![answerAt(1)]).toBe('')
    expect(rows[4]!.slice(5 + n)).toEqual(table.columns.map((column) => column.expected))
  })

  it('keeps accents in names, with a byte order mark for Excel', () => {
    const csv = classTableCsv(buildClassTable([submission(['right'], 'Zoë Müller-Ñúñez')], questions))
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(csv).toContain('Zoë Müller-Ñúñez,')
  })

  it('flags a repeated name instead of adding a silent second row', () => {
    const again = buildClassTable([ana, ben, submission(questions.map(() => 'wrong'), ' ana ')], questions)
    expect(again.rows.map((row) => [row.label, row.repeated])).toEqual([['Ana', false], ['=HYPERLINK("x")', false], ['ana (2)', true]])
  })

  it('gives the exact partial score of a multi-part answer', () => {
    const matching = bank.questions.find((q) => q.type === 'matching' && Object.keys(q.answer).length >= 3)
    if (!matching || matching.type !== 'matching') throw new Error('no matching question')
    const lefts = Object.keys(matching.answer)
    const rights = lefts.map((left) => matching.answer[left] as string)
    // The last two partners swapped: every other pair right.
    const swapped = [...rights.slice(0, -2), rights.at(-1)!, rights.at(-2)!]
    const pairs = Object.fromEntries(lefts.map((left, i) => [left, swapped[i]!]))
    const sub: ResultSubmission = { quizFingerprint: FP, name: 'Ana', durationSeconds: 1, answers: new Map([[0, { kind: 'pairs', pairs }]]) }
    const cell = buildClassTable([sub], [matching]).rows[0]!.marks[0]!
    expect(cell.mark).toBe('partly')
    expect(cell.partial).toBe(`${lefts.length - 2} of ${lefts.length} pairs`)
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
