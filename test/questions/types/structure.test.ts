import { describe, expect, it } from 'vitest'
import type { StructureQuestion } from '../../../src/questions/types/structure/model'
import { bank, knowledge } from '../helpers'

const questions = bank.filter((q): q is StructureQuestion => q.type === 'structure')

describe('structure questions', () => {
  it('ask what each part does, where the argument takes over, the call, a sign of an argument and what is missing (not the kind of text: the app’s title says it)', () => {
    expect(questions).toHaveLength((knowledge.structure ?? []).length + 4)
    expect(questions.some((q) => q.id === 'structure:kind:genre')).toBe(false)
    for (const part of knowledge.structure ?? []) {
      const q = questions.find((x) => x.id === `structure:role:${part.id}`)!
      expect(q.answer).toBe(part.role)
      expect(q.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(part.evidence.map((e) => e.text)))
    }
    expect(questions.find((q) => q.id.startsWith('structure:turn:'))?.answer).toBe(`p${knowledge.genre!.turn}`)
  })

  it('marks others’ calls and others’ words taken for the author’s as the author-actor swap', () => {
    const call = questions.find((q) => q.id.startsWith('structure:call:'))!
    for (const c of call.choices.filter((c) => c.id !== call.answer)) expect(c.misreading).toBe('author-actor-swap')
    const roots = questions.find((q) => q.id === 'structure:role:part.roots')!
    expect(roots.choices.find((c) => c.id === 'reaction')?.misreading).toBe('author-actor-swap')
  })

  it('spreads the right answer over the four places', () => {
    const places = questions.map((q) => q.choices.findIndex((c) => c.id === q.answer))
    for (const at of [0, 1, 2, 3]) expect(places.filter((p) => p === at).length).toBeGreaterThanOrEqual(3)
  })

  it('keys the quoted think-tank as a quoted source, and the author’s view as its author-actor swap', () => {
    const q = questions.find((x) => x.id === 'structure:role:part.think-tank')!
    expect(q.answer).toBe('quoted_source')
    expect(q.choices.find((c) => c.id === q.answer)?.text).toMatch(/^Quote a source/)
    expect(q.choices.find((c) => c.id === 'analysis')?.misreading).toBe('author-actor-swap')
  })

  it('never offers “argue the author’s view” as wrong for the closing call, which argues too', () => {
    const q = questions.find((x) => x.id === 'structure:role:part.call')!
    expect(q.choices.map((c) => c.id)).not.toContain('analysis')
  })

  it('asks what is missing among identifying details only, with no stray item summary in the explanation', () => {
    const q = questions.find((x) => x.id === 'structure:missing:genre')!
    const wrong = q.choices.filter((c) => c.id !== q.answer).map((c) => c.text)
    expect(wrong).toHaveLength(3)
    for (const text of wrong) expect(text).toMatch(/dateline|headline|section/i)
    expect(q.explanation).not.toMatch(/Grigoryan|According to/)
    expect(q.evidence[0]?.paragraph).toBe(1)
  })
  it('ends each explanation on its own point: no doubled stop after a quotation, no summary tacked on where the sign already says whose words they are', () => {
    for (const q of questions) expect(q.explanation, q.id).not.toMatch(/[.!?]”\./)
    const sign = questions.find((q) => q.id === 'structure:sign:genre')!
    expect(sign.explanation).not.toContain('Pashinyan')
    const call = questions.find((q) => q.id.startsWith('structure:call:'))!
    expect(call.explanation).toContain('pledged a joint investigation')
    expect(call.explanation).not.toContain('The other calls')
  })
  it('offers what is missing among choices of its own shape: two details each, as the question asks for two things', () => {
    const q = questions.find((x) => x.id === 'structure:missing:genre')!
    for (const c of q.choices) expect(c.text, c.text).toMatch(/ and /)
  })
})
