// Every generated wrong answer names the misreading it stands for, and checking a wrong answer
// records it and says it in plain words.
import { describe, expect, it } from 'vitest'
import { AUTHOR_ID } from '../../src/content/schema'
import { MISREADING_TEXT, MISREADINGS } from '../../src/domain/misreading'
import type { Question, QuestionOf } from '../../src/domain/question'
import { checkAnswer } from '../../src/questions/checkAnswer'
import { classMisreading } from '../../src/questions/generators/statements'
import { bank } from './helpers'

const of = <T extends Question['type']>(type: T) => bank.filter((q): q is QuestionOf<T> => q.type === type)

describe('wrong choices', () => {
  it('every wrong choice of every pick-one and choose-all question carries a misreading', () => {
    const untagged = bank.flatMap((q) => {
      if (!('choices' in q)) return []
      const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer])
      return q.choices.filter((c) => !right.has(c.id) && !MISREADINGS.includes(c.misreading as never)).map((c) => `${q.id}: ${c.text}`)
    })
    expect(untagged).toEqual([])
  })

  it('no right choice carries one', () => {
    const tagged = bank.flatMap((q) => {
      if (!('choices' in q)) return []
      const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer])
      return q.choices.filter((c) => right.has(c.id) && c.misreading).map(() => q.id)
    })
    expect(tagged).toEqual([])
  })

  it('who said: another speaker is the wrong speaker; the author for someone (or back) is the swap', () => {
    for (const q of [...of('who_said'), ...of('whose_position')]) {
      for (const c of q.choices.filter((c) => c.id !== q.answer)) {
        expect(c.misreading, `${q.id} ${c.id}`).toBe(c.id === AUTHOR_ID || q.answer === AUTHOR_ID ? 'author-actor-swap' : 'wrong-speaker')
      }
    }
    expect(of('whose_position').some((q) => q.choices.some((c) => c.misreading === 'author-actor-swap'))).toBe(true)
  })

  it('fact or position: passed-on words taken as the article’s fact drop the hedge', () => {
    const hedged = of('fact_or_position').filter((q) => q.answer === 'unconfirmed')
    expect(hedged.length).toBeGreaterThan(0)
    for (const q of hedged) expect(q.choices.find((c) => c.id === 'reported')?.misreading).toBe('dropped-hedge')
    expect(classMisreading('opinion', 'quote_or_claim')).toBe('author-actor-swap')
    expect(classMisreading('reported', 'unconfirmed')).toBe('outside-assumption')
    expect(classMisreading('reported', 'reported')).toBeUndefined()
    // Doubt the article does not voice is not a speaker or an author swapped (a teacher's read).
    expect(classMisreading('opinion', 'unconfirmed')).toBe('outside-assumption')
    expect(classMisreading('quote_or_claim', 'unconfirmed')).toBe('outside-assumption')
    expect(classMisreading('unconfirmed', 'quote_or_claim')).toBe('wrong-speaker')
    expect(classMisreading('unconfirmed', 'opinion')).toBe('wrong-speaker')
  })

  it('fact or position: a witness’s unconfirmed account is not also offered as “a quote”', () => {
    const accounts = of('fact_or_position').filter((q) => q.answer === 'unconfirmed' && q.explanation.includes('told Reuters'))
    expect(accounts.length).toBeGreaterThan(0)
    for (const q of accounts) expect(q.choices.map((c) => c.id), q.id).not.toContain('quote_or_claim')
  })

  it('true or false: True to a statement with its day or year moved is the wrong time', () => {
    const moved = of('true_false').filter((q) => q.answer === 'false' && /swaps|in place of/.test(q.explanation))
    expect(moved.length).toBeGreaterThan(0)
    for (const q of of('true_false')) {
      const wrong = q.choices.find((c) => c.id !== q.answer)
      expect(wrong?.misreading, q.id).toBe(q.answer === 'true' ? 'outside-assumption' : wrong?.misreading)
    }
  })

  it('ordering is about time and matching quotations about speakers', () => {
    for (const q of of('ordering')) expect(q.misreading).toBe('wrong-time')
    for (const q of of('matching')) expect(q.misreading).toBe(q.id.includes('quote-speakers') ? 'wrong-speaker' : 'mixed-up-detail')
  })
})

describe('checking a wrong answer', () => {
  it('a pick-one answer records its choice’s misreading and names it in plain words', () => {
    for (const q of bank) {
      if (!('choices' in q) || Array.isArray(q.answer)) continue
      const wrong = q.choices.find((c) => c.id !== q.answer)
      if (!wrong?.misreading) continue
      const result = checkAnswer(q, { kind: 'choice', choiceId: wrong.id })
      expect(result.misreadings, q.id).toEqual([wrong.misreading])
      expect(result.note, q.id).toContain(MISREADING_TEXT[wrong.misreading])
    }
  })

  it('a right answer records none', () => {
    const q = of('who_said')[0] as QuestionOf<'who_said'>
    const result = checkAnswer(q, { kind: 'choice', choiceId: q.answer })
    expect(result.misreadings).toBeUndefined()
    expect(result.note).toBeUndefined()
  })

  it('choose-all records each wrong pick’s misreading once', () => {
    const q = of('multi_select').find((m) => m.choices.filter((c) => !m.answer.includes(c.id)).length >= 2) as QuestionOf<'multi_select'>
    const wrong = q.choices.filter((c) => !q.answer.includes(c.id))
    const result = checkAnswer(q, { kind: 'choices', choiceIds: wrong.map((c) => c.id) })
    expect(new Set(result.misreadings)).toEqual(new Set(wrong.map((c) => c.misreading)))
    expect(result.misreadings?.length).toBe(new Set(wrong.map((c) => c.misreading)).size)
  })

  it('a number: a wrong year is the wrong time; above an “at least” figure, an overstatement; another figure of the article, a mixed-up detail', () => {
    const year = of('numeric').find((q) => q.answer.year) as QuestionOf<'numeric'>
    expect(checkAnswer(year, { kind: 'text', text: String(year.answer.value + 1) }).misreadings).toEqual(['wrong-time'])
    const atLeast = of('numeric').find((q) => q.misread?.atLeast) as QuestionOf<'numeric'>
    expect(checkAnswer(atLeast, { kind: 'text', text: String(atLeast.answer.value * 2) }).misreadings).toEqual(['overstatement'])
    const mixed = of('numeric').find((q) => !q.answer.year && !q.misread?.atLeast && q.misread?.figures?.length) as QuestionOf<'numeric'>
    const other = mixed.misread?.figures?.[0] as number
    expect(checkAnswer(mixed, { kind: 'text', text: String(other) }).misreadings).toEqual(['mixed-up-detail'])
    // A number the article never gives is just wrong: no misreading is guessed.
    expect(checkAnswer(mixed, { kind: 'text', text: '987654' }).misreadings).toBeUndefined()
  })

  it('an order with events swapped is the wrong time; a pair left unmatched is no misreading', () => {
    const q = of('ordering')[0] as QuestionOf<'ordering'>
    const swapped = [q.answer[1], q.answer[0], ...q.answer.slice(2)] as string[]
    const result = checkAnswer(q, { kind: 'order', itemIds: swapped })
    expect(result.misreadings).toEqual(['wrong-time'])
    expect(result.note).toContain('wrong time')
    const m = of('matching').find((x) => x.id.includes('quote-speakers')) as QuestionOf<'matching'>
    const [first, second] = m.left
    const rightOf = (id: string) => m.answer[id] as string
    const crossed = { [first!.id]: rightOf(second!.id), [second!.id]: rightOf(first!.id) }
    expect(checkAnswer(m, { kind: 'pairs', pairs: crossed }).misreadings).toEqual(['wrong-speaker'])
    expect(checkAnswer(m, { kind: 'pairs', pairs: { [first!.id]: rightOf(first!.id) } }).misreadings).toBeUndefined()
  })
})
