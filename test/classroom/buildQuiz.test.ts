import { describe, expect, it } from 'vitest'
import { buildLinkedQuiz, type QuizChoices } from '../../src/classroom/buildQuiz'
import { planQuiz } from '../../src/engine/quizPlan'
import { buildQuizSets, MEDIA_LITERACY_SET_ID } from '../../src/engine/selection'
import { bank, question } from './helpers'

const base: QuizChoices = { setIds: [MEDIA_LITERACY_SET_ID], types: [], count: 12, order: 'same', timeLimit: { kind: 'off' }, title: '  Week 2  ' }

describe('building a class quiz', () => {
  it('picks the asked number of questions from the chosen sets and types, reproducibly from the seed', () => {
    const built = buildLinkedQuiz(bank, { ...base, types: ['fact_or_position'] }, 5)
    if (!built.ok) throw new Error(built.message)
    expect(built.value.questionIds).toHaveLength(12)
    expect(new Set(built.value.questionIds).size).toBe(12)
    expect(built.value.questionIds.every((id) => question(id).type === 'fact_or_position')).toBe(true)
    expect(built.value.title).toBe('Week 2')
    expect(buildLinkedQuiz(bank, { ...base, types: ['fact_or_position'] }, 5)).toEqual(built)
  })

  it('takes questions from every chosen set', () => {
    const sets = buildQuizSets(bank.questions, bank.topics)
    const topics = sets.slice(2, 4)
    const built = buildLinkedQuiz(bank, { ...base, setIds: topics.map((set) => set.id), count: 100 }, 1)
    if (!built.ok) throw new Error(built.message)
    const union = new Set(topics.flatMap((set) => set.questionIds))
    // Fewer than the union when questions share a fact or give each other's answers away (quizConflicts.ts).
    expect(built.value.questionIds.length).toBeGreaterThan(5)
    expect(built.value.questionIds.length).toBeLessThanOrEqual(Math.min(100, union.size))
    expect(built.value.questionIds.every((id) => union.has(id))).toBe(true)
  })

  it('says what to change when nothing matches', () => {
    expect(buildLinkedQuiz(bank, { ...base, setIds: [] }, 1)).toEqual({ ok: false, message: 'Choose at least one question set.' })
    expect(buildLinkedQuiz(bank, { ...base, types: ['ordering'] }, 1).ok).toBe(false)
  })
})

describe('playing a linked quiz (planQuiz kind "link")', () => {
  const ids = bank.questions.slice(0, 10).map((q) => q.id)
  const request = { kind: 'link' as const, code: 'CODE', title: 'T', questionIds: ids, shuffle: false, timeLimit: { kind: 'quiz' as const, seconds: 60 } }

  it('plays the link\'s questions as a Test with its time limit, the code kept for the result code', () => {
    const plan = planQuiz(bank, request, 3)
    expect(plan).toEqual({ ok: true, config: { mode: 'test', title: 'T', source: 'link:CODE', questionIds: ids, timeLimit: { kind: 'quiz', seconds: 60 } } })
  })

  it('shuffles per student by their own seed, always the same questions', () => {
    const a = planQuiz(bank, { ...request, shuffle: true }, 1)
    const b = planQuiz(bank, { ...request, shuffle: true }, 2)
    if (!a.ok || !b.ok) throw new Error('not planned')
    expect(a.config.questionIds).not.toEqual(b.config.questionIds)
    expect([...a.config.questionIds].sort()).toEqual([...ids].sort())
  })

  it('refuses a quiz with a question this bank does not have', () => {
    expect(planQuiz(bank, { ...request, questionIds: [...ids, 'gone'] }, 1).ok).toBe(false)
  })
})
