import { describe, expect, it } from 'vitest'
import { eventTimeIsConsistent, quantityIsVerbatim, quantityPrecisionIsConsistent, quotedFactSitsInAQuote, sameTimeEventsAgree } from '../../../src/content/rules/facts'
import { factOfKind, miniPack, problemsAfter, reported, span } from './miniPack'

describe('quantity-is-verbatim', () => {
  const rule = quantityIsVerbatim
  it('accepts a number and hedge as the evidence writes them', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a display, hedge or alternative that is not in the evidence', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      const { quantity } = factOfKind(knowledge, 'fact.fled-300', 'quantity')
      quantity.display = 'three hundred'
      quantity.hedge = 'At least'
      quantity.alternative = { display: '0.3 thousand', value: 0.3, unit: 'thousand' }
    })
    expect(problems).toEqual(
      reported(
        rule,
        'facts[0].quantity.display: “three hundred” is not in the evidence',
        'facts[0].quantity.hedge: “At least” is not in the evidence',
        'facts[0].quantity.alternative.display: “0.3 thousand” is not in the evidence',
      ),
    )
  })
})

describe('quantity-precision-is-consistent', () => {
  const rule = quantityPrecisionIsConsistent
  it('accepts an at_least quantity with its value and hedge, and a plain or vague one', () => {
    expect(rule.check(miniPack())).toEqual([])
    expect(problemsAfter(rule, ({ knowledge }) => Object.assign(factOfKind(knowledge, 'fact.fled-300', 'quantity').quantity, { precision: 'vague', value: undefined }))).toEqual([])
    expect(problemsAfter(rule, ({ knowledge }) => Object.assign(factOfKind(knowledge, 'fact.fled-300', 'quantity').quantity, { precision: 'as_stated', hedge: undefined }))).toEqual([])
  })
  it('rejects a hedge dropped from an at-least number, a hedged plain number and a vague one with a value', () => {
    const change = (fields: object) => problemsAfter(rule, ({ knowledge }) => Object.assign(factOfKind(knowledge, 'fact.fled-300', 'quantity').quantity, fields))
    expect(change({ hedge: undefined })).toEqual(reported(rule, 'facts[0].quantity: an at_least quantity needs a value and its hedge'))
    expect(change({ precision: 'as_stated' })).toEqual(reported(rule, 'facts[0].quantity: an as_stated quantity has a value and no hedge'))
    expect(change({ precision: 'vague' })).toEqual(reported(rule, "facts[0].quantity: a vague quantity has no value; its hedge is the article's vague wording"))
  })
})

describe('event-time-is-consistent', () => {
  const rule = eventTimeIsConsistent
  it('accepts a forward interval and a year from the time words', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an interval that runs backwards and a year the time words do not give', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      factOfKind(knowledge, 'fact.fled-monday', 'event').event.time!.order = { earliest: 2, latest: 1 }
      factOfKind(knowledge, 'fact.convoy-left', 'event').event.time!.year = 2022
    })
    expect(problems).toEqual(reported(rule, 'facts[1].event.time.order: earliest is after latest', "facts[2].event.time.year: 2022 is not in the article's time words"))
  })
})

describe('same-time-events-agree', () => {
  const rule = sameTimeEventsAgree
  it('accepts events that list each other with one interval', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a same-time event that is no timed event, does not list back, or sits elsewhere in time', () => {
    const notTimed = problemsAfter(rule, ({ knowledge }) => {
      factOfKind(knowledge, 'fact.fled-monday', 'event').event.time!.sameTimeAs = ['fact.convoy-left', 'fact.fled-300']
    })
    expect(notTimed).toEqual(reported(rule, "facts[1].event.time.sameTimeAs[1]: 'fact.fled-300' is not an event with a time"))
    const oneWay = problemsAfter(rule, ({ knowledge }) => delete factOfKind(knowledge, 'fact.convoy-left', 'event').event.time!.sameTimeAs)
    expect(oneWay).toEqual(reported(rule, "facts[1].event.time.sameTimeAs[0]: 'fact.convoy-left' does not list 'fact.fled-monday' back"))
    const elsewhere = problemsAfter(rule, ({ knowledge }) => (factOfKind(knowledge, 'fact.convoy-left', 'event').event.time!.order = { earliest: 1, latest: 2 }))
    expect(elsewhere).toEqual(
      reported(
        rule,
        "facts[1].event.time.sameTimeAs[0]: 'fact.convoy-left' has a different order interval",
        "facts[2].event.time.sameTimeAs[0]: 'fact.fled-monday' has a different order interval",
      ),
    )
  })
})

describe('quoted-fact-sits-in-a-quote', () => {
  const rule = quotedFactSitsInAQuote
  const quotedFact = (text: string, paragraph: number) => (pack: ReturnType<typeof miniPack>) =>
    Object.assign(pack.knowledge.facts[2]!, { certainty: 'attributed_quote', holder: 'person.anna-petrosyan', evidence: [span(paragraph, text)] })
  it('accepts a fact given only in its holder’s quoted words', () => {
    expect(problemsAfter(rule, quotedFact('go back', 2))).toEqual([])
  })
  it('rejects a quoted fact whose words are outside any quotation of its holder', () => {
    expect(problemsAfter(rule, quotedFact('the convoy left in September 2023', 1))).toEqual(
      reported(rule, "facts[2].evidence[0]: “the convoy left in September 2023” is not inside a quotation of 'person.anna-petrosyan'"),
    )
  })
})
