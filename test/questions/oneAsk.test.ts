// No fact asked over and over (a teacher's read): a true/false statement gives way to the question
// that asks its speaker, holder or figure head-on; a sentence whose-position asks is not asked as fact-or-position; a figure is asked once, never as a lone “one”.
import { describe, expect, it } from 'vitest'
import type { Question } from '../../src/domain/question'
import { oneAskPerFact } from '../../src/questions/bank'
import { bank } from './helpers'

const q = (id: string, type: string, factIds: string[]) => ({ id, type, factIds }) as unknown as Question

describe('one ask per fact', () => {
  it('drops a true/false statement on an item a who-said, whose-position, fact-or-position or numeric question asks, and keeps the rest', () => {
    const kept = oneAskPerFact([
      q('w', 'who_said', ['quote.a']),
      q('t1', 'true_false', ['quote.a']),
      q('n', 'numeric', ['fact.n']),
      q('t2', 'true_false', ['fact.n']),
      q('f', 'fact_or_position', ['pos.author.x']),
      q('t4', 'true_false', ['pos.author.x']),
      q('t3', 'true_false', ['fact.other']),
      q('c', 'cloze', ['quote.a']),
    ])
    expect(kept.map((x) => x.id)).toEqual(['w', 'n', 'f', 't3', 'c'])
  })

  it('holds for the bank, and no sentence is asked both as whose-position and as fact-or-position', () => {
    const direct = new Set(bank.filter((x) => ['who_said', 'whose_position', 'fact_or_position', 'numeric'].includes(x.type)).flatMap((x) => x.factIds))
    const trueFalse = bank.filter((x) => x.type === 'true_false')
    expect(trueFalse.length).toBeGreaterThan(0)
    for (const t of trueFalse) expect(t.factIds.filter((id) => direct.has(id)), t.id).toEqual([])
    const holders = new Set(bank.filter((x) => x.type === 'whose_position').flatMap((x) => x.factIds))
    for (const f of bank.filter((x) => x.type === 'fact_or_position')) expect(f.factIds.filter((id) => holders.has(id)), f.id).toEqual([])
  })

  it('asks each figure once and never a lone “one”', () => {
    const numeric = bank.filter((x) => x.type === 'numeric')
    expect(numeric.length).toBeGreaterThan(0)
    const facts = numeric.map((x) => x.factIds[0])
    expect(new Set(facts).size).toBe(facts.length)
    for (const n of numeric) if (n.type === 'numeric') expect(n.answer.value, n.id).not.toBe(1)
  })
})
