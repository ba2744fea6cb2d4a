// No wrong answer is also right: wrong speakers never said it, wrong numbers are not the
// article's (nor below an "at least"), false statements change one element and nothing quoted.
import { describe, expect, it } from 'vitest'
import { entitiesById } from '../../src/content/knowledge'
import type { Quote } from '../../src/content/schema'
import { createContext } from '../../src/questions/generators/context'
import { articleNumbers } from '../../src/questions/generators/numbers'
import { falseVariants } from '../../src/questions/types/true_false/swaps'
import type { ChoiceQuestion } from '../../src/domain/question'
import { bank, itemOf, knowledge, paragraphs } from './helpers'

const choiceQuestions = (type: ChoiceQuestion['type']) => bank.filter((q): q is ChoiceQuestion => q.type === type)
const overlapping = (a: string, b: string) => a === b || !!entitiesById.get(a)?.overlapsWith?.includes(b)

describe('who_said and whose_position', () => {
  it('answer with the speaker or holder and never offer them, or anyone overlapping, as wrong', () => {
    for (const q of [...choiceQuestions('who_said'), ...choiceQuestions('whose_position')]) {
      const item = itemOf(q.factIds[0] as string)
      const holder = q.type === 'who_said' ? (item as Quote).speaker : item.holder
      expect(q.answer, q.id).toBe(holder)
      for (const choice of q.choices.filter((c) => c.id !== q.answer)) {
        expect(overlapping(holder as string, choice.id), `${q.id}: ${choice.id}`).toBe(false)
        expect(entitiesById.get(choice.id)?.kind, `${q.id}: ${choice.id}`).not.toBe('place')
      }
    }
  })

  it('never offer a wrong speaker who in fact said the quoted words', () => {
    for (const q of choiceQuestions('who_said')) {
      const quote = itemOf(q.factIds[0] as string) as Quote
      const sameWords = knowledge.quotes.filter((other) => other.text === quote.text).map((other) => other.speaker)
      for (const choice of q.choices.filter((c) => c.id !== q.answer)) expect(sameWords, q.id).not.toContain(choice.id)
    }
  })
})

describe('true_false false variants', () => {
  const context = createContext(knowledge, paragraphs, 1)
  const numbers = articleNumbers(context)
  const quotedParts = (text: string) => text.match(/“[^”]*”/g) ?? []
  const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
  const names = new Set(knowledge.entities.flatMap((e) => [e.name, e.name.replace(/^The /, '')]))

  it('swap one element of the summary for another of the article, never inside quotation marks', () => {
    let count = 0
    for (const item of items) {
      for (const swap of falseVariants(context, item, numbers)) {
        count += 1
        expect(swap.statement, item.id).not.toBe(item.summary)
        expect(swap.to, item.id).not.toBe(swap.from)
        expect(quotedParts(swap.statement), item.id).toEqual(quotedParts(item.summary))
        if (swap.kind === 'number' || swap.kind === 'year') {
          expect(paragraphs.join(' ').includes(swap.to) || numbers.some((n) => n.written === swap.to), `${item.id}: ${swap.to}`).toBe(true)
        }
        if (swap.kind === 'number' && item.kind === 'quantity' && item.quantity.precision === 'at_least') {
          expect(Number(swap.to.replace(/,/g, '')), item.id).toBeGreaterThan(Number(swap.from.replace(/,/g, '')))
        }
        if (swap.kind === 'place' || swap.kind === 'holder') {
          expect(names.has(swap.to.replace(/^the /i, '')) || names.has(swap.to), `${item.id}: ${swap.to}`).toBe(true)
        }
      }
    }
    expect(count).toBeGreaterThan(50)
  })

  it('state the summary for “true” and a changed summary for “false”, with the article’s words in the explanation', () => {
    for (const q of choiceQuestions('true_false')) {
      const summaries = q.factIds.map((id) => itemOf(id).summary)
      const statement = q.prompt.replace(/^True or false\? /, '')
      if (q.answer === 'true') expect(summaries, q.id).toContain(statement)
      else expect(summaries, q.id).not.toContain(statement)
      expect(q.explanation, q.id).toMatch(/The article’s words: /)
    }
  })
})

describe('true_false holder swaps', () => {
  it('never give quoted first-person words (“push us out of the region”) to someone else', () => {
    const context = createContext(knowledge, paragraphs, 1)
    const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
    const firstPerson = items.filter((item) => (item.summary.match(/“[^”]*”/g) ?? []).some((q) => /\b(we|us|our)\b/i.test(q)))
    expect(firstPerson.length).toBeGreaterThan(0)
    for (const item of firstPerson) expect(falseVariants(context, item, articleNumbers(context)).filter((s) => s.kind === 'holder'), item.id).toEqual([])
  })
})
