// No fact asked over and over (a teacher's read): a true/false statement gives way to the question
// that asks its speaker, holder or figure head-on; a sentence whose-position asks is not asked as fact-or-position; a figure is asked once, never as a lone “one”.
import { describe, expect, it } from 'vitest'
import type { Question } from '../../src/domain/question'
import { balancedTruth, oneAskPerFact, oneGapPerSentence } from '../../src/questions/bank'
import { givesAway } from '../../src/questions/quality/giveaways'
import { knowledge } from '../../src/content/knowledge'
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
    for (const t of trueFalse) expect(t.factIds.slice(0, 1).filter((id) => direct.has(id)), t.id).toEqual([])
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
  it('keeps one gap-fill of a sentence: the one that teaches most, where two print each other’s answers', () => {
    const span = (paragraph: number) => [{ paragraph, start: 0, end: 10, text: 'x' }]
    const gap = (id: string, type: string, paragraph: number, fields: object) => ({ id, type, factIds: [id], evidence: span(paragraph), ...fields }) as unknown as Question
    const killed = gap('numeric:killed', 'numeric', 4, { prompt: 'According to the article, at least how many people? Fill the gap: “At least ___ people were killed and 290 injured.”', answer: { value: 68 } })
    const injured = gap('numeric:injured', 'numeric', 4, { prompt: 'According to the article, at least how many people? Fill the gap: “At least 68 people were killed and ___ injured.”', answer: { value: 290 } })
    const year = gap('numeric:year', 'numeric', 2, { prompt: 'According to the article, which year? Fill the gap: “It began in ___ and led to an Armenian conquest.”', answer: { value: 1988 } })
    const conquest = gap('cloze:conquest', 'cloze', 2, { prompt: 'Fill the gap', before: 'It began in 1988 and led to an ', after: '.', answer: { accepted: ['Armenian conquest'] } })
    // The same words in another paragraph's sentence are not that sentence asked twice.
    const elsewhere = gap('numeric:elsewhere', 'numeric', 9, { prompt: 'Which year? Fill the gap: “It came ___ years after 1988.”', answer: { value: 5 } })
    const kept = oneGapPerSentence([killed, injured, year, conquest, elsewhere], { ...knowledge, facts: [], quotes: [], positions: [] })
    expect(kept.map((x) => x.id)).toEqual(['numeric:killed', 'numeric:year', 'numeric:elsewhere'])
  })

  it('holds for the bank: no gap-fill prints the answer of another gap-fill on the same paragraph', () => {
    const gaps = bank.filter((x) => x.type === 'cloze' || x.type === 'numeric' || (x.type === 'single_choice' && x.prompt.includes('___')))
    expect(gaps.length).toBeGreaterThan(20)
    for (const a of gaps) {
      for (const b of gaps) {
        const together = a !== b && a.evidence.some((x) => b.evidence.some((y) => x.paragraph === y.paragraph))
        if (together) expect(givesAway(a, b), `${a.id} gives away ${b.id}`).toBe(false)
      }
    }
  })
  it('counts a position and the quotation it voices as one fact: a true/false on one gives way to a who-said on the other', () => {
    const kept = oneAskPerFact([q('w', 'who_said', ['quote.term-anti-terrorist-operation']), q('t', 'true_false', ['pos.aliyev.anti-terrorist-operation'])], knowledge)
    expect(kept.map((x) => x.id)).toEqual(['w'])
    expect(bank.some((x) => x.id === 'true_false:pos.aliyev.anti-terrorist-operation')).toBe(false)
  })

  it('lists the same words under their other ids, so a quiz never asks them twice (a summary and the positions its quoted words voice; a quoted term inside a fact)', () => {
    const factIds = (id: string) => bank.find((x) => x.id === id)?.factIds ?? []
    expect(factIds('paraphrase_check:pos.author.pashinyan-denouncing-russia')).toEqual(expect.arrayContaining(['pos.pashinyan.peacekeepers-failed', 'pos.pashinyan.russia-capabilities-changed']))
    expect(factIds('paraphrase_check:pos.author.csis-nato-chance')).toEqual(expect.arrayContaining(['pos.csis.western-opportunity', 'pos.csis.invasion-weakened-russia']))
    expect(factIds('paraphrase_check:pos.author.miller-echoed-pashinyan')).toContain('quote.term-international-mission')
    expect(factIds('word_choice:fact.grigoryan-truckloads-dead:truckloads')).toContain('quote.grigoryan-truckloads')
    // A position lists the quotations inside its words (Power's call), not a passage it is one view of.
    expect(factIds('competing_claims:3o0vfn')).toContain('quote.power-maintain-ceasefire')
    expect(factIds('whose_position:pos.csis.western-opportunity')).not.toContain('quote.csis-passage')
    // A matching lists the items inside its pairs' words: the capital's row carries the villages' hedge too.
    const capital = bank.find((x) => x.type === 'matching' && x.factIds.includes('fact.unconfirmed-control-capital'))
    expect(capital?.factIds).toContain('fact.unconfirmed-bombarding-villages')
    // A quoted statement lists the items whose words it prints (a date an ordering asks).
    expect(factIds('fact_or_position:fact.first-war-ended-1994')).toContain('fact.first-war-began-1988')
    expect(factIds('whose_position:pos.author.dissolution-consequence')).toContain('fact.soviet-dissolution-1991')
    // No place described by a date (“State dissolved in 1991”).
    for (const m of bank.filter((x) => x.type === 'matching' && x.id.includes(':place-roles:'))) if (m.type === 'matching') for (const r of m.right) expect(r.text, m.id).not.toMatch(/\b\d{4}\b/)
  })
  it('asks no fact-or-position statement that lies inside a longer one with the same answer', () => {
    const asked = bank.filter((x) => x.type === 'fact_or_position')
    const quote = (x: Question) => /“(.*)”$/.exec(x.prompt)?.[1] ?? ''
    expect(asked.length).toBeGreaterThan(10)
    for (const a of asked) for (const b of asked) if (a !== b && 'answer' in a && 'answer' in b && a.answer === b.answer) expect(quote(b).includes(quote(a)), `${a.id} inside ${b.id}`).toBe(false)
    expect(asked.some((x) => x.id === 'fact_or_position:fact.first-war-began-1988') && asked.some((x) => x.id === 'fact_or_position:fact.first-war-ended-1994')).toBe(false)
  })
  it('asks true statements where the statements left would be mostly false: every other false one as its true statement', () => {
    const f = (id: string) => ({ id, type: 'true_false', prompt: 'True or false? X', choices: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], answer: 'false', factIds: ['fact.fled-28000'], explanation: 'False. S. The statement puts 3 in place of 2. The article’s words: “W”', evidence: [] }) as unknown as Question
    const out = balancedTruth([f('a'), f('b'), f('c'), f('d')], knowledge)
    expect(out.map((q) => ('answer' in q ? q.answer : ''))).toEqual(['true', 'false', 'true', 'false'])
    const flipped = out[0] as Question
    expect(flipped.prompt).toBe(`True or false? ${knowledge.facts.find((x) => x.id === 'fact.fled-28000')?.summary}`)
    expect(flipped.explanation).toMatch(/^True\. .* The article’s words: “W”$/)
    const inBank = bank.filter((x) => x.type === 'true_false')
    expect(inBank.filter((x) => 'answer' in x && x.answer === 'false').length).toBeLessThanOrEqual(Math.ceil(inBank.length / 2))
  })
  it('offers only whole statements in a “which of these statements” choose-all, never a cut phrase', () => {
    const classQuestions = bank.filter((x) => x.type === 'multi_select' && !x.id.includes(':said-by:'))
    expect(classQuestions.length).toBeGreaterThan(2)
    for (const m of classQuestions) if (m.type === 'multi_select') for (const c of m.choices) expect(c.text, m.id).toMatch(/^“\p{Lu}/u)
  })
})
