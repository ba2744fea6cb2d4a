import { describe, expect, it } from 'vitest'
import { buildLinkedQuiz, filterQuestions, moveId, NO_FILTER, type QuizChoices } from '../../src/classroom/buildQuiz'
import { planQuiz } from '../../src/engine/quizPlan'
import { buildQuizSets, MEDIA_LITERACY_SET_ID } from '../../src/engine/selection'
import { bank, question } from './helpers'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { teacherQuestions } from '../../src/classroom/teacherBank'
import { EXAMPLE_SET } from './exampleSet'

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

describe('a class quiz with a teacher\'s imported questions', () => {
  const imported = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 0)
  if (!imported.ok) throw new Error('the example set reads')
  const withTeacher = { ...bank, teacher: teacherQuestions([imported.set]) }
  const teacherSetId = withTeacher.teacher.sets[0]!.id

  it('draws from a teacher\'s set and carries its questions in the quiz, for devices without the set', () => {
    const built = buildLinkedQuiz(withTeacher, { ...base, setIds: [teacherSetId], count: 3 }, 2)
    if (!built.ok) throw new Error(built.message)
    expect(built.value.questionIds).toHaveLength(3)
    expect(built.value.carried?.map((q) => q.id).sort()).toEqual([...built.value.questionIds].sort())
  })

  it('lets a teacher hand-pick their own question beside built-in ones; the link carries only theirs', () => {
    const own = imported.set.questions[2]!
    const builtIn = bank.questions[0]!
    const built = buildLinkedQuiz(withTeacher, { ...base, mode: 'picked', pickedIds: [builtIn.id, own.id] }, 2)
    if (!built.ok) throw new Error(built.message)
    expect(built.value.questionIds).toEqual([builtIn.id, own.id])
    expect(built.value.carried).toEqual([own])
    // A quiz of built-in questions carries none.
    const plain = buildLinkedQuiz(withTeacher, { ...base, mode: 'picked', pickedIds: [builtIn.id] }, 2)
    expect(plain.ok && plain.value.carried).toBeUndefined()
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

describe('hand-picking a class quiz', () => {
  const ids = [bank.questions[7]!.id, bank.questions[2]!.id, bank.questions[30]!.id]

  it('keeps exactly the ticked questions, in the teacher\'s order', () => {
    const built = buildLinkedQuiz(bank, { ...base, mode: 'picked', pickedIds: [...ids, ids[0]!, 'no-such-id'] }, 3)
    if (!built.ok) throw new Error(built.message)
    expect(built.value.questionIds).toEqual(ids)
  })

  it('asks for a question when none is ticked, and for fewer past 100', () => {
    expect(buildLinkedQuiz(bank, { ...base, mode: 'picked', pickedIds: [] }, 1)).toEqual({ ok: false, message: 'Tick at least one question for the quiz.' })
    const many = bank.questions.slice(0, 103).map((q) => q.id)
    expect(buildLinkedQuiz(bank, { ...base, mode: 'picked', pickedIds: many }, 1)).toEqual({ ok: false, message: 'A quiz holds at most 100 questions; remove 3.' })
  })

  it('filters by set, type, paragraph and words (accents and case aside)', () => {
    const sets = buildQuizSets(bank.questions, bank.topics)
    const media = filterQuestions(bank.questions, sets, { ...NO_FILTER, setId: MEDIA_LITERACY_SET_ID })
    expect(media.length).toBeGreaterThan(0)
    expect(media.every((q) => q.type === 'fact_or_position' || q.type === 'whose_position')).toBe(true)
    expect(filterQuestions(bank.questions, sets, { ...NO_FILTER, type: 'cloze' }).every((q) => q.type === 'cloze')).toBe(true)
    const p3 = filterQuestions(bank.questions, sets, { ...NO_FILTER, paragraph: 3 })
    expect(p3.length).toBeGreaterThan(0)
    expect(p3.every((q) => q.evidence.some((span) => span.paragraph === 3))).toBe(true)
    const sample = bank.questions.find((q) => q.prompt.split(' ').length > 4)!
    const words = sample.prompt.split(/\s+/).slice(1, 3).join(' ').toUpperCase()
    expect(filterQuestions(bank.questions, sets, { ...NO_FILTER, search: words }).map((q) => q.id)).toContain(sample.id)
    expect(filterQuestions(bank.questions, sets, { ...NO_FILTER, search: 'zzqxj' })).toEqual([])
  })

  it('moves a question up and down the list, never past its ends', () => {
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveId(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c'])
  })
})
