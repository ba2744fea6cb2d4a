import { describe, expect, it } from 'vitest'
import { indexBank } from '../../src/classroom/bankIndex'
import { ByteWriter, toBase64Url, withChecksum } from '../../src/lib/bytes'
import { decodeQuizLink, encodeQuizLink, fingerprintLabel, LINK_MESSAGES, quizCodeFrom, quizTitle } from '../../src/classroom/quizLink'
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
    const body = new ByteWriter().u8(2).u8(0x51).u32(index.fingerprint).toBytes()
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

describe('quizTitle', () => {
  it('shows the teacher’s title, or a plain name when they left it empty', () => {
    expect(quizTitle({ title: 'Week 3: the exodus' })).toBe('Week 3: the exodus')
    expect(quizTitle({ title: '' })).toBe('Class quiz')
    expect(quizTitle(undefined)).toBe('Class quiz')
  })
})
