import { describe, expect, it } from 'vitest'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { teacherQuestions } from '../../src/classroom/teacherBank'
import { planQuiz } from '../../src/engine/quizPlan'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { kindOf } from '../../src/questions/types/registry'
import type { QuestionType } from '../../src/domain/question'
import { EXAMPLE_SET } from '../classroom/exampleSet'

const builtIn = loadQuestionBank()
const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'abc', 0)
if (!imported.ok) throw new Error('the example set should parse')
const bank = { ...builtIn, teacher: teacherQuestions([imported.set]) }
const request = { kind: 'set', mode: 'practice', count: 50, types: [] as QuestionType[], shuffle: false, timeLimit: { kind: 'off' } } as const

describe('planQuiz with a teacher’s set', () => {
  it('plays the teacher’s set by its id, with only its questions', () => {
    const plan = planQuiz(bank, { ...request, setId: 'teacher:abc' }, 1)
    if (!plan.ok) throw new Error(plan.message)
    expect(plan.config.title).toBe('Reading for attribution')
    expect([...plan.config.questionIds].sort()).toEqual(imported.set.questions.map((question) => question.id).sort())
  })

  it('keeps teacher questions out of the built-in sets and Quick 10', () => {
    const everything = planQuiz(bank, { ...request, setId: 'everything', count: 1000 }, 1)
    const quick = planQuiz(bank, { kind: 'quick' }, 1)
    if (!everything.ok || !quick.ok) throw new Error('built-in plans should work')
    // As many as there are questions on distinct facts that give none of the others away (quizConflicts.ts).
    expect(everything.config.questionIds.length).toBeGreaterThan(40)
    expect(everything.config.questionIds.length).toBeLessThanOrEqual(builtIn.questions.length)
    expect([...everything.config.questionIds, ...quick.config.questionIds].some((id) => id.startsWith('teacher:'))).toBe(false)
  })

  it('says so when a removed teacher set is asked for', () => {
    expect(planQuiz(builtIn, { ...request, setId: 'teacher:abc' }, 1)).toEqual({ ok: false, message: 'That question set does not exist in this version of the app.' })
  })

  it('names every teacher question after its set', () => {
    for (const question of imported.set.questions) expect(bank.teacher.setTitles[question.id]).toBe('Reading for attribution')
  })
})

describe('Quick 10', () => {
  it('leaves out the exercises that take minutes, at any seed', () => {
    const real = loadQuestionBank()
    expect(real.questions.some((question) => kindOf(question).long)).toBe(true)
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const quick = planQuiz(real, { kind: 'quick' }, seed)
      if (!quick.ok) throw new Error('Quick 10 should plan')
      const byId = new Map(real.questions.map((question) => [question.id, question]))
      expect(quick.config.questionIds.every((id) => !kindOf(byId.get(id)!).long)).toBe(true)
    }
  })
})
