import { describe, expect, it } from 'vitest'
import { bundleForSet, currentQuizSet, exportableSets, exportFileName } from '../../src/classroom/exportBundle'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { teacherQuestions } from '../../src/classroom/teacherBank'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { EXAMPLE_SET } from './exampleSet'

const builtIn = loadQuestionBank()
const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'abc', 0)
if (!imported.ok) throw new Error('the example set should parse')
const bank = { ...builtIn, teacher: teacherQuestions([imported.set]) }

describe('export bundles', () => {
  it('offers the built-in sets, then the teachers’ sets', () => {
    const ids = exportableSets(bank).map((set) => set.id)
    expect(ids[0]).toBe('everything')
    expect(ids.at(-1)).toBe('teacher:abc')
  })

  it('gives a built-in set’s questions in its order, from the article', () => {
    const bundle = bundleForSet(bank, 'fact-or-position')!
    expect(bundle.title).toBe('Close Read: Fact or position?')
    expect(bundle.questions.every((question) => question.type === 'fact_or_position' || question.type === 'whose_position')).toBe(true)
    expect(bundle.origin?.(bundle.questions[0]!)).toEqual({})
  })

  it('names the teacher’s set as the origin of its questions', () => {
    const bundle = bundleForSet(bank, 'teacher:abc')!
    expect(bundle.questions).toHaveLength(EXAMPLE_SET.questions.length)
    expect(bundle.origin?.(bundle.questions[0]!)).toEqual({ teacherSetTitle: 'Reading for attribution' })
  })

  it('offers a built quiz as its own set, in the quiz’s order, mixing teacher and article questions', () => {
    const ids = [imported.set.questions[1]!.id, builtIn.questions[5]!.id]
    const extra = [currentQuizSet('Practice', ids)]
    expect(exportableSets(bank, extra).at(-1)).toMatchObject({ id: 'current-quiz', title: 'This quiz: Practice' })
    const bundle = bundleForSet(bank, 'current-quiz', extra)!
    expect(bundle.questions.map((question) => question.id)).toEqual(ids)
    expect(bundle.questions.map((question) => bundle.origin?.(question))).toEqual([{ teacherSetTitle: 'Reading for attribution' }, {}])
    expect(bundleForSet(bank, 'current-quiz')).toBeUndefined()
  })

  it('has nothing for an unknown set', () => {
    expect(bundleForSet(bank, 'nope')).toBeUndefined()
  })

  it('makes safe file names from titles', () => {
    expect(exportFileName('Fact or position?', 'csv')).toBe('close-read-fact-or-position.csv')
    expect(exportFileName('Économie: «Ça va»', 'gift.txt')).toBe('close-read-economie-ca-va.gift.txt')
    expect(exportFileName('???', 'txt')).toBe('close-read-questions.txt')
  })
})
