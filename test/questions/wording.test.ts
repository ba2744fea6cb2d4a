// Neutral wording: whatever rests on a position, claim, quote, unconfirmed report or denial names
// who holds it; the article's hedges and spellings survive.
import { describe, expect, it } from 'vitest'
import { entitiesById } from '../../src/content/knowledge'
import { AUTHOR_ID, type KnowledgeItem } from '../../src/content/schema'
import { nameSpans } from '../../src/questions/generators/entities'
import type { Question } from '../../src/domain/question'
import { bank, itemOf, shownText } from './helpers'

const GENERAL = /\b(the author|the article|according to)\b/i

/** Does the text attribute the items: a general phrase, a holder, or (in a false variant) a wrong holder? */
function attributes(text: string, items: readonly KnowledgeItem[]): boolean {
  if (GENERAL.test(text)) return true
  const ids = items.flatMap((item) => [item.holder, ...(item.confusableWith ?? [])])
  const candidates = ids.filter((id): id is string => !!id && id !== AUTHOR_ID)
  return candidates.some((id) => {
    const entity = entitiesById.get(id)
    return !!entity && nameSpans(text, entity).length > 0
  })
}

const attributed = (q: Question) => q.factIds.map(itemOf).filter((item) => item.certainty !== 'reported_fact')

describe('attribution', () => {
  it('names the holder (or the author, or the article) wherever a question rests on more than a reported fact', () => {
    const checked = bank.filter((q) => attributed(q).length > 0)
    expect(checked.length).toBeGreaterThan(150)
    for (const q of checked) {
      const items = attributed(q)
      expect(attributes(shownText(q), items), `${q.id} prompt/choices`).toBe(true)
      expect(attributes(q.explanation, items), `${q.id} explanation`).toBe(true)
    }
  })

  it('labels the author’s views as the author’s in every explanation', () => {
    for (const q of bank) {
      const authorItems = q.factIds.map(itemOf).filter((item) => item.certainty === 'author_position')
      if (authorItems.length > 0) expect(q.explanation, q.id).toMatch(/the author/i)
    }
  })

  it('shows a true/false statement of an author’s view only with a named holder', () => {
    for (const q of bank.filter((q) => q.type === 'true_false')) {
      const opinion = q.factIds.map(itemOf).some((item) => item.certainty === 'author_position')
      if (opinion) expect(q.prompt, q.id).toMatch(/^True or false\? (According to the article, )?(The author|the [A-Z]|[A-Z][\p{L}’]+ [A-Z]|The [A-Z])/u)
    }
  })
})

describe('hedges and spellings', () => {
  it('keeps “at least” wherever a question shows or asks for an at-least number', () => {
    const numeric = bank.find((q) => q.id === 'numeric:fact.fled-28000')
    expect(numeric?.prompt).toMatch(/at least how many/i)
    let checked = 0
    for (const q of bank) {
      for (const item of q.factIds.map(itemOf)) {
        if (item.kind !== 'quantity' || item.quantity.precision !== 'at_least') continue
        const asksForIt = q.type === 'numeric' || q.id.startsWith('single_choice:number:')
        if (!asksForIt && !shownText(q).includes(item.quantity.display)) continue
        checked += 1
        expect(shownText(q), q.id).toMatch(/at least/i)
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4)
  })

  it('keeps the article’s vague amounts and never turns them into exact totals', () => {
    for (const q of bank) {
      for (const item of q.factIds.map(itemOf)) {
        if (item.kind !== 'quantity' || item.quantity.precision !== 'vague' || q.type === 'multi_select') continue
        expect(`${shownText(q)}\n${q.explanation}`.toLowerCase(), q.id).toContain((item.quantity.hedge as string).toLowerCase())
      }
      expect(shownText(q), q.id).not.toMatch(/\bexactly\b/i)
    }
  })

  it('uses the article’s spellings and shows other spellings only as accepted answers', () => {
    const texts = bank.map((q) => `${shownText(q)}\n${q.explanation}`).join('\n')
    expect(texts).toContain('Zanzegur')
    expect(texts).toContain('Russian North Fleet')
    expect(texts).not.toContain('Zangezur')
    const cloze = bank.find((q) => q.id === 'cloze:quote.term-zanzegur-corridor:zanzegur')
    expect(cloze?.type === 'cloze' && cloze.answer.accepted).toEqual(['Zanzegur', 'Zangezur'])
  })
})
