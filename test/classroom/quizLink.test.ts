import { describe, expect, it } from 'vitest'
import { indexBank } from '../../src/classroom/bankIndex'
import { ByteWriter, toBase64Url, withChecksum } from '../../src/lib/bytes'
import { decodeQuizLink, encodeQuizLink, fingerprintLabel, linkedQuestions, LINK_MESSAGES, MAX_LINK_CODE_CHARS, quizCodeFrom, quizTitle, TOO_LONG_MESSAGE } from '../../src/classroom/quizLink'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { EXAMPLE_SET } from './exampleSet'
import { bank, index, longestIds, sampleQuiz } from './helpers'

describe('quiz links', () => {
  it('keeps a 20-question link with the longest ids and a long title under 500 characters', () => {
    const code = encodeQuizLink(sampleQuiz({ title: 'A'.repeat(200) }), index)
    const link = `https://close-read.example.org/join#q=${code}`
    expect(longestIds).toHaveLength(20)
    expect(link.length).toBeLessThan(500)
    // Without a title it is far shorter still.
    expect(encodeQuizLink(sampleQuiz({ title: '' }), index).length).toBeLessThan(80)
  })

  it('decodes exactly what was encoded, with the checksum as the quiz fingerprint', () => {
    const quiz = sampleQuiz()
    const decoded = decodeQuizLink(encodeQuizLink(quiz, index), index)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    const { fingerprint, ...rest } = decoded.value
    expect(rest).toEqual(quiz)
    expect(fingerprintLabel(fingerprint)).toMatch(/^[0-9A-F]{8}$/)
  })

  it('refuses a link made with another question bank, in plain words', () => {
    const other = indexBank(bank.questions.slice(1))
    const code = encodeQuizLink(sampleQuiz(), index)
    expect(decodeQuizLink(code, other)).toEqual({ ok: false, message: LINK_MESSAGES.otherBank })
  })

  it('tells a newer format from a damaged link', () => {
    const body = new ByteWriter().u8(3).u8(0x51).u32(index.fingerprint).toBytes()
    expect(decodeQuizLink(toBase64Url(withChecksum(body)), index)).toEqual({ ok: false, message: LINK_MESSAGES.newer })
    const code = encodeQuizLink(sampleQuiz(), index)
    expect(decodeQuizLink(code.slice(0, -3), index)).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    expect(decodeQuizLink('', index)).toEqual({ ok: false, message: LINK_MESSAGES.empty })
  })

  it('refuses a position past the end of the bank as unknown questions', () => {
    const body = new ByteWriter().u8(1).u8(0x51).u32(index.fingerprint).u32(1).u8(0).varint(1).varint(index.ids.length).text('', 10).toBytes()
    expect(decodeQuizLink(toBase64Url(withChecksum(body)), index)).toEqual({ ok: false, message: LINK_MESSAGES.otherBank })
  })

  it('finds the code in a whole link or on its own', () => {
    expect(quizCodeFrom('https://x.org/join#q=AbC-_9')).toBe('AbC-_9')
    expect(quizCodeFrom('  AbC-_9 ')).toBe('AbC-_9')
  })
})

describe('quiz links carrying teachers\' questions', () => {
  const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), '3f2a9c1e-0000-4000-8000-000000000001', 0)
  if (!imported.ok) throw new Error('the example set reads')
  const teacher = imported.set.questions
  const mixed = (title = 'Mixed') => ({ ...sampleQuiz({ title }), questionIds: [index.ids[3]!, teacher[0]!.id, index.ids[7]!, ...teacher.slice(1).map((q) => q.id)], carried: teacher })

  it('carries every teacher question type, so a device without the set plays and grades it exactly', () => {
    const quiz = mixed()
    const code = encodeQuizLink(quiz, index)
    const decoded = decodeQuizLink(code, index)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    const { fingerprint: _, ...rest } = decoded.value
    expect(rest).toEqual(quiz)
    // In link order, from the link itself or from the bank.
    expect(linkedQuestions(decoded.value, index).map((q) => q.id)).toEqual(quiz.questionIds)
    expect(linkedQuestions(decoded.value, index)[1]).toEqual(teacher[0])
    // All seven example questions fit one QR code's worth, beside 20 built-in ones (as the README says).
    expect(code.length).toBeLessThanOrEqual(MAX_LINK_CODE_CHARS)
    const twenty = [...index.ids.slice(-20), ...teacher.map((q) => q.id)]
    expect(() => encodeQuizLink({ ...quiz, questionIds: twenty }, index)).not.toThrow()
  })

  it('writes a link without teachers\' questions in version 1, readable by older copies of the app', () => {
    const code = encodeQuizLink({ ...sampleQuiz(), carried: teacher }, index)
    expect(Array.from(Buffer.from(code, 'base64url').subarray(0, 1))).toEqual([1])
    expect(Array.from(Buffer.from(encodeQuizLink(mixed(), index), 'base64url').subarray(0, 1))).toEqual([2])
  })

  it('refuses to build a link too long for a QR code, saying why', () => {
    const long = { ...teacher[0]!, prompt: 'Which word shows a minimum? '.repeat(70) } as (typeof teacher)[0]
    expect(() => encodeQuizLink({ ...mixed(), carried: [long, ...teacher.slice(1)] }, index)).toThrow(TOO_LONG_MESSAGE)
  })

  it('reads a carried question as strictly as a set file: a bad one makes the link damaged', () => {
    const body = (json: string, id = 'teacher:abc:q1') =>
      new ByteWriter().u8(2).u8(0x51).u32(index.fingerprint).u32(1).u8(0).varint(1).varint(1).text(id, 200).text(json, 4000).text('', 10).toBytes()
    const decode = (json: string, id?: string) => decodeQuizLink(toBase64Url(withChecksum(body(json, id))), index)
    const good = JSON.stringify({ type: 'single_choice', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' })
    expect(decode(good).ok).toBe(true)
    expect(decode(good, index.ids[0])).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    expect(decode(good, 'not-a-teacher-id')).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    expect(decode(good.replace('"answer":"a"', '"answer":"z"'))).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    expect(decode('{"__proto__":{}}')).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
    expect(decode('not json')).toEqual({ ok: false, message: LINK_MESSAGES.damaged })
  })
})

describe('quizTitle', () => {
  it('shows the teacher’s title, or a plain name when they left it empty', () => {
    expect(quizTitle({ title: 'Week 3: the exodus' })).toBe('Week 3: the exodus')
    expect(quizTitle({ title: '' })).toBe('Class quiz')
    expect(quizTitle(undefined)).toBe('Class quiz')
  })
})
