import { describe, expect, it } from 'vitest'
import { toAnki } from '../../../../src/classroom/anki'
import { toCsv } from '../../../../src/classroom/csv'
import { answerKey, answerText } from '../../../../src/classroom/questionText'
import { checkAnswer } from '../../../../src/questions/checkAnswer'
import { loadQuestionBank } from '../../../../src/questions/bankNow'
import type { NumericQuestion } from '../../../../src/questions/types/numeric/model'

const bank = loadQuestionBank()
const numeric = bank.questions.filter((question): question is NumericQuestion => question.type === 'numeric')
const years = numeric.filter((question) => question.prompt.includes('which year'))

describe('numbers that name a year', () => {
  it('are written as bare digits in feedback, the Host reveal, the worksheet, CSV and Anki', () => {
    expect(years.length).toBeGreaterThan(0)
    const bundle = { title: 'Years', questions: years }
    const csv = toCsv(bundle)
    const anki = toAnki(bundle)
    for (const question of years) {
      const digits = String(question.answer.value)
      expect(checkAnswer(question, { kind: 'text', text: 'nothing' }).expected).toBe(digits)
      expect(answerText(question)).toBe(digits)
      expect(answerKey(question)).toBe(digits)
      const grouped = `${digits.slice(0, -3)},${digits.slice(-3)}`
      for (const file of [csv, anki]) {
        expect(file).toContain(digits)
        expect(file).not.toContain(grouped)
      }
    }
  })

  it('keeps amounts grouped', () => {
    const amount = numeric.find((question) => !question.answer.year && question.answer.value >= 1000)
    expect(amount && answerText(amount)).toMatch(/\d,\d{3}/)
  })
})
