import { describe, expect, it } from 'vitest'
import {
  quotationMarksAnnotatedOnce,
  quoteHolderIsSpeaker,
  quoteSitsOnQuotationMarks,
  quoteTextIsItsWords,
  whoSaidQuoteIsFair,
} from '../../../src/content/rules/quotes'
import { miniPack, problemsAfter, reported, span } from './miniPack'

describe('quote-holder-is-speaker', () => {
  const rule = quoteHolderIsSpeaker
  it('accepts quotes held by their speakers', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a quote held by someone else, or by someone when no speaker is named', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[0]!.holder = 'group.residents'
      delete knowledge.quotes[1]!.speaker
    })
    expect(problems).toEqual(
      reported(rule, "quotes[0].holder: must equal the speaker ('person.anna-petrosyan')", "quotes[1].holder: must equal the speaker ('none')"),
    )
  })
})

describe('quote-text-is-its-words', () => {
  const rule = quoteTextIsItsWords
  it('accepts a text equal to the first evidence span', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a text that differs from it', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[1]!.text = 'a hunger siege'))).toEqual(
      reported(rule, 'quotes[1].text: must equal evidence[0].text, the quoted words'),
    )
  })
})

describe('quote-sits-on-quotation-marks', () => {
  const rule = quoteSitsOnQuotationMarks
  it('accepts words from just after “ to ”, a final comma left out', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('accepts the words with their final comma', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[0]!.evidence[0] = span(2, 'We will go back,')))).toEqual([])
  })
  it('rejects words that start late, stop short or run past the closing mark', () => {
    const message = 'must be the words of a “…” span, from just after “ to ” (a final comma or period may be left out)'
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[0]!.evidence[0] = span(2, 'will go back')))).toEqual(reported(rule, `quotes[0].evidence[0]: ${message}`))
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[0]!.evidence[0] = span(2, 'We will go')))).toEqual(reported(rule, `quotes[0].evidence[0]: ${message}`))
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[1]!.evidence[0] = span(2, 'hunger siege”.')))).toEqual(reported(rule, `quotes[1].evidence[0]: ${message}`))
  })
})

describe('quotation-marks-annotated-once', () => {
  const rule = quotationMarksAnnotatedOnce
  it('accepts an article whose every “…” span has one quote', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a “…” span without a quote', () => {
    expect(problemsAfter(rule, ({ knowledge }) => knowledge.quotes.pop())).toEqual(reported(rule, 'quote “hunger siege” in paragraph 2 at 67 is not annotated'))
  })
  it('rejects a “…” span whose only quote is off its marks, and one annotated twice', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[0]!.evidence[0] = span(2, 'will go back')
      knowledge.quotes.push({ ...structuredClone(knowledge.quotes[1]!), id: 'quote.again' })
    })
    expect(problems).toEqual(
      reported(rule, 'quote “We will go back,” in paragraph 2 at 0 is not annotated', 'quote “hunger siege” in paragraph 2 at 67 is annotated more than once (quotes[1], quotes[2])'),
    )
  })
  it('counts an unclosed “ as a span to the end of its paragraph', () => {
    const problems = problemsAfter(rule, ({ paragraphs }) => (paragraphs[2] += ' “Never again'))
    expect(problems).toEqual(reported(rule, 'quote “Never again” in paragraph 3 at 63 is not annotated'))
  })
})

describe('who-said-quote-is-fair', () => {
  const rule = whoSaidQuoteIsFair
  it('accepts a who-said quote with a speaker and three distractors', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('accepts two distractors (a category of three people has no more)', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[0]!.confusableWith = ['author', 'org.reuters']))).toEqual([])
  })
  it('rejects one with fewer than two distractors or no speaker', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[0]!.confusableWith = ['author']
      knowledge.quotes[1]!.suitableForWhoSaid = true
      knowledge.quotes[1]!.confusableWith = ['author', 'org.reuters', 'group.baku-officials']
      delete knowledge.quotes[1]!.speaker
    })
    const message = 'suitableForWhoSaid: a who-said quote needs a speaker and at least 2 confusableWith'
    expect(problems).toEqual(reported(rule, `quotes[0].${message}`, `quotes[1].${message}`))
  })
})
