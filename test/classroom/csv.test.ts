import { describe, expect, it } from 'vitest'
import { csvCell, CSV_COLUMNS, toCsv } from '../../src/classroom/csv'
import { loadQuestionBank } from '../../src/questions/bankNow'
import type { ChoiceQuestion } from '../../src/domain/question'
import { readDelimited } from './delimited'

const bank = loadQuestionBank().questions

describe('CSV export', () => {
  it('has a header and one row per question, each with every column, ending lines in CRLF', () => {
    const text = toCsv({ title: 'All', questions: bank })
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = readDelimited(text, ',', '\r\n')
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(bank.length + 1)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
  })

  it('round-trips each question’s id, prompt, explanation, paragraphs and evidence', () => {
    const rows = readDelimited(toCsv({ title: 'All', questions: bank }), ',', '\r\n').slice(1)
    rows.forEach((row, index) => {
      const question = bank[index]!
      const [id, type, topic, prompt, , answer, explanation, paragraph, evidence] = row
      expect(id).toBe(question.id)
      expect(type).toBe(question.type)
      expect(topic).toBe(question.topics.join('; '))
      expect(prompt).toContain(question.prompt)
      expect(answer).not.toBe('')
      expect(explanation).toBe(question.explanation)
      expect(paragraph).toBe([...new Set(question.evidence.map((span) => span.paragraph))].join('; '))
      for (const span of question.evidence) expect(evidence).toContain(span.text)
    })
  })

  it('gives a single-choice question its choices on lines and the right one as its answer', () => {
    const question = bank.find((candidate) => candidate.type === 'single_choice') as ChoiceQuestion
    const [, row] = readDelimited(toCsv({ title: 'One', questions: [question] }), ',', '\r\n')
    expect(row?.[4]).toBe(question.choices.map((choice, index) => `${'ABCD'[index]}. ${choice.text}`).join('\n'))
    expect(row?.[5]).toBe(question.choices.find((choice) => choice.id === question.answer)?.text)
  })

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
  })

  it('guards cells a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const [[cell]] = readDelimited(`${csvCell(formula)}\r\n`, ',', '\r\n') as [[string]]
      expect(cell).toBe(`'${formula}`)
    }
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('guards a teacher’s prompt that starts with =', () => {
    const base = bank.find((candidate) => candidate.type === 'single_choice') as ChoiceQuestion
    const question = { ...base, prompt: '=1+1', evidence: [] }
    const [, row] = readDelimited(toCsv({ title: 'T', questions: [question], origin: () => ({ teacherSetTitle: 'Set' }) }), ',', '\r\n')
    expect(row?.[3]).toBe("'=1+1")
    expect(row?.[8]).toBe('From “Set”, written by a teacher.')
  })
})
