import { describe, expect, it } from 'vitest'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { kindOf } from '../../src/questions/types/registry'
import { bank } from './helpers'
import { EXAMPLE_SET } from './exampleSet'

describe("teachers' questions", () => {
  it('a teacher\'s fill-the-gap question does not say "from the article"; the article\'s do', () => {
    const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 0)
    if (!imported.ok) throw new Error('the example set does not import')
    const cloze = imported.set.questions.find((q) => q.type === 'cloze')!
    const kind = kindOf(cloze)
    expect(kind.hint(cloze)).toBe('Type the missing word.')
    expect(`${cloze.prompt} ${kind.hint(cloze)}`).not.toMatch(/from the article/i)
    const articleCloze = bank.questions.find((q) => q.type === 'cloze')!
    expect(kindOf(articleCloze).hint(articleCloze)).toBe('Type the missing word from the article.')
  })
})

describe('numbers in exports', () => {
  it('writes years and other labels without a thousands separator, in every export', async () => {
    const { toAnki } = await import('../../src/classroom/anki')
    const { toCsv } = await import('../../src/classroom/csv')
    const { toGift } = await import('../../src/classroom/gift')
    const { answerKey } = await import('../../src/classroom/questionText')
    const years = bank.questions.filter((q) => q.type === 'numeric' && !q.answer.unit && q.answer.value >= 1000)
    expect(years.length).toBeGreaterThan(0)
    const bundle = { title: 'Years', questions: years }
    for (const text of [toAnki(bundle), toCsv(bundle), toGift(bundle, '2025-01-01'), years.map(answerKey).join('\n')]) {
      for (const q of years) if (q.type === 'numeric') expect(text).toContain(String(q.answer.value))
      expect(text).not.toMatch(/\b(1[0-9]|20),\d{3}\b/)
    }
    const counted = bank.questions.find((q) => q.type === 'numeric' && q.answer.unit && q.answer.value >= 10000)
    if (counted) expect(kindOf(counted).answerText(counted, '; ')).toMatch(/^\d{1,3}(,\d{3})+ /)
  })
})
