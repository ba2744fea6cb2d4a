import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MISREADINGS, type Misreading } from '../../src/domain/misreading'
import { misreadingProfile, misreadingsIn, practiceSet, practiceTitle, PRACTICE_SIZE } from '../../src/engine/misreadings'
import { conflict } from '../../src/engine/quizConflicts'
import { bank } from '../questions/helpers'

describe('misreadingProfile', () => {
  it('counts each misreading once per answer, most first, with the questions answered so', () => {
    const profile = misreadingProfile([
      { questionId: 'q1', misreadings: ['wrong-speaker'] },
      { questionId: 'q2', misreadings: ['dropped-hedge', 'wrong-speaker', 'wrong-speaker'] },
      { questionId: 'q3' },
      { questionId: 'q1', misreadings: ['wrong-speaker'] },
    ])
    expect(profile).toEqual([
      { misreading: 'wrong-speaker', count: 3, questionIds: ['q2', 'q1'] },
      { misreading: 'dropped-hedge', count: 1, questionIds: ['q2'] },
    ])
  })

  it('is empty when no answer stood for a misreading', () => {
    expect(misreadingProfile([{ questionId: 'q1' }, { questionId: 'q2', misreadings: [] }])).toEqual([])
  })

  it('ignores what is not a misreading (a record from a newer version)', () => {
    expect(misreadingProfile([{ questionId: 'q1', misreadings: ['made-up' as Misreading] }])).toEqual([])
  })

  const answers = fc.array(
    fc.record({ questionId: fc.constantFrom('a', 'b', 'c', 'd'), misreadings: fc.option(fc.array(fc.constantFrom(...MISREADINGS), { maxLength: 4 }), { nil: undefined }) }),
    { maxLength: 40 },
  )

  it('property: the counts add up to the answers that stood for each, sorted most first, each question listed once', () => {
    fc.assert(
      fc.property(answers, (list) => {
        const profile = misreadingProfile(list)
        for (const row of profile) {
          expect(row.count).toBe(list.filter((a) => a.misreadings?.includes(row.misreading)).length)
          expect(new Set(row.questionIds).size).toBe(row.questionIds.length)
          expect(row.count).toBeGreaterThan(0)
        }
        for (let i = 1; i < profile.length; i++) expect(profile[i - 1]!.count).toBeGreaterThanOrEqual(profile[i]!.count)
        const seen = new Set(list.flatMap((a) => a.misreadings ?? []))
        expect(new Set(profile.map((row) => row.misreading))).toEqual(seen)
      }),
    )
  })
})

describe('practice sets', () => {
  it('every misreading can be practised from the bank', () => {
    for (const misreading of MISREADINGS) expect(practiceSet(misreading, [], bank).length, misreading).toBeGreaterThan(0)
  })

  it('gives five questions that catch the misreading, the learner’s own first, none repeating another', () => {
    const catching = bank.filter((q) => misreadingsIn(q).has('wrong-speaker'))
    const own = catching.slice(-2).map((q) => q.id)
    const ids = practiceSet('wrong-speaker', own, bank)
    expect(ids).toHaveLength(PRACTICE_SIZE)
    expect(ids.slice(0, 2)).toEqual([...own].reverse())
    const questions = ids.map((id) => bank.find((q) => q.id === id)!)
    for (const q of questions) expect(misreadingsIn(q).has('wrong-speaker')).toBe(true)
    for (const a of questions) for (const b of questions) if (a !== b) expect(conflict(a, b)).toBe(false)
  })

  it('leaves out questions the bank no longer has', () => {
    expect(practiceSet('wrong-time', ['gone'], bank)).not.toContain('gone')
  })

  it('a source question catches the misreadings of its wrong pairs', () => {
    const source = bank.find((q) => q.type === 'source_match')
    expect(source && misreadingsIn(source).size).toBeGreaterThan(0)
  })

  it('titles the set in plain words', () => {
    expect(practiceTitle('wrong-speaker')).toBe('Practise: the wrong speaker')
  })
})
