// cloze: one gap per fact, and an explanation that restates the gapped clause itself.
import { describe, expect, it } from 'vitest'
import type { ClozeQuestion } from '../../../src/questions/types/cloze/model'
import { bank, itemOf } from '../helpers'

const clozes = bank.filter((q): q is ClozeQuestion => q.type === 'cloze')

describe('cloze questions', () => {
  it('ask each fact at most once (the capital is asked by one gap, not by “Stepanakert” and “Khankendi”)', () => {
    const facts = clozes.map((q) => q.id.split(':')[1] ?? '').filter((id) => id.startsWith('fact.'))
    expect(facts.length).toBeGreaterThan(0)
    expect(new Set(facts).size).toBe(facts.length)
    expect(clozes.filter((q) => q.id.startsWith('cloze:fact.stepanakert-capital:')).length).toBeLessThanOrEqual(1)
  })

  it('explain a gap with the summary of the item that holds it most narrowly (the “guarantors” clause, not the whole passage)', () => {
    const q = clozes.find((x) => x.id === 'cloze:quote.csis-passage:guarantors')
    expect(q).toBeDefined()
    expect(q?.explanation.startsWith(itemOf('pos.csis.western-opportunity').summary)).toBe(true)
    expect(q?.explanation).not.toContain(itemOf('quote.csis-passage').summary)
  })
})
