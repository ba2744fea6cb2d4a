// cloze: one gap per fact and per sentence, and an explanation that restates the gapped clause itself.
import { describe, expect, it } from 'vitest'
import type { ClozeQuestion } from '../../../src/questions/types/cloze/model'
import { bank, knowledge, paragraphs } from '../helpers'

const clozes = bank.filter((q): q is ClozeQuestion => q.type === 'cloze')

describe('cloze questions', () => {
  it('ask each fact at most once (the capital is asked by one gap, not by “Stepanakert” and “Khankendi”)', () => {
    const facts = clozes.map((q) => q.id.split(':')[1] ?? '').filter((id) => id.startsWith('fact.'))
    expect(facts.length).toBeGreaterThan(0)
    expect(new Set(facts).size).toBe(facts.length)
    expect(clozes.filter((q) => q.id.startsWith('cloze:fact.stepanakert-capital:')).length).toBeLessThanOrEqual(1)
  })

  it('leave one gap per sentence: two gaps in one sentence print each other’s answers', () => {
    const sentences = clozes.map((q) => `${q.evidence[0]?.paragraph}:${q.before}${q.answer.accepted[0]}${q.after}`)
    expect(new Set(sentences).size).toBe(sentences.length)
  })

  it('explain a gap with the summary of the item that holds it most narrowly (a clause, not the whole passage; a split item only for its own term)', () => {
    const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
    for (const q of clozes) {
      const paragraph = q.evidence[0]?.paragraph as number
      const text = paragraphs[paragraph - 1] as string
      const start = text.indexOf(`${q.before}${q.answer.accepted[0]}${q.after}`) + q.before.length
      const end = start + (q.answer.accepted[0] as string).length
      const owns = (item: (typeof items)[number]) => item.evidence.length === 1 || (item.keyTerms ?? []).some((t) => t.text === q.answer.accepted[0])
      const holders = items.filter(owns).flatMap((item) => item.evidence.filter((s) => s.paragraph === paragraph && s.start <= start && s.end >= end).map((s) => ({ item, length: s.end - s.start })))
      const narrowest = [...holders].sort((a, b) => a.length - b.length)[0]
      expect(narrowest, q.id).toBeDefined()
      expect(q.explanation.startsWith(narrowest?.item.summary ?? ''), q.id).toBe(true)
    }
  })
  it('the poisoned-product gap is explained by its own item, not by the wars item that shares its lead-in', () => {
    const q = clozes.find((x) => x.answer.accepted[0] === 'poisoned product')
    expect(q?.explanation).toContain('Soviet bureaucracy’s nationalism')
    expect(q?.explanation).not.toContain('Middle East')
  })

  it('leaves to the word-choice exercise the loaded words it asks about, and calls an author’s loaded word a judgement', () => {
    const wordChoice = bank.filter((x) => x.type === 'word_choice')
    expect(wordChoice.length).toBeGreaterThan(0)
    for (const w of wordChoice) if (w.type === 'word_choice') expect(clozes.filter((c) => c.evidence[0]?.paragraph === w.paragraph && c.answer.accepted.includes(w.term)), w.id).toEqual([])
    const cynical = clozes.find((x) => x.answer.accepted[0] === 'cynically')
    expect(cynical?.explanation).toContain('the author’s own choice of word: a judgement')
  })
})
