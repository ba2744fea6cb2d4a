import { describe, expect, it } from 'vitest'
import { attributionFitsItem, attributionSpansFit, holderIsSourcedOneWay, quotedPartsAreTheSpeakers, tensionsSetTwoSources } from '../../../src/content/rules/sources'
import { RULES, runRules } from '../../../src/content/rules'
import type { KnowledgeBase } from '../../../src/content/schema'
import { miniPack, reported, span } from './miniPack'

/** The mini pack with sources and a tension annotated, as the real knowledge base has them. */
function sourcedPack() {
  const pack = miniPack()
  const kb = pack.knowledge
  const entity = (id: string) => kb.entities.find((e) => e.id === id)!
  entity('person.anna-petrosyan').category = 'witness'
  entity('group.baku-officials').category = 'official'
  const item = (id: string) => [...kb.facts, ...kb.quotes, ...kb.positions].find((i) => i.id === id)!
  item('fact.convoy-left').attributedAs = { as: 'none', claim: span(1, 'the convoy left in September 2023') }
  item('quote.petrosyan-go-back').attributedAs = { as: 'witness', cue: span(2, 'said Anna Petrosyan'), claim: span(2, 'We will go back') }
  item('pos.author.peace-will-come').attributedAs = { as: 'author', claim: span(3, 'Peace will come soon') }
  item('pos.baku-officials.deny-attack').attributedAs = { as: 'officials', cue: span(3, 'officials in Baku'), claim: span(3, 'denied any attack') }
  kb.tensions = [
    { id: 'tension.return-and-denial', a: 'pos.baku-officials.deny-attack', b: 'quote.petrosyan-go-back', note: 'Officials in Baku denied any attack; Anna Petrosyan said they will go back.' },
  ]
  return pack
}

function after(change: (kb: KnowledgeBase) => void) {
  const pack = sourcedPack()
  change(pack.knowledge)
  return pack
}

const attributed = (kb: KnowledgeBase, id: string) => [...kb.facts, ...kb.quotes, ...kb.positions].find((i) => i.id === id)!.attributedAs!

describe('the sourced mini pack', () => {
  it('passes every rule', () => {
    expect(runRules(sourcedPack(), RULES)).toEqual([])
  })
})

describe('attribution-fits-item', () => {
  const rule = attributionFitsItem
  it('rejects a source kind that does not go with the certainty or the holder', () => {
    const pack = after((kb) => {
      attributed(kb, 'fact.convoy-left').as = 'unconfirmed'
      attributed(kb, 'pos.author.peace-will-come').as = 'named_official'
    })
    expect(rule.check(pack)).toEqual(
      reported(
        rule,
        "facts[2].attributedAs.as: 'unconfirmed' does not go with certainty reported_fact",
        "facts[2].attributedAs.cue: a 'unconfirmed' source needs the words that name it",
        "positions[1].attributedAs.as: 'named_official' does not go with certainty author_position",
        "positions[1].attributedAs.as: 'named_official' does not fit the holder 'author'",
        "positions[1].attributedAs.cue: a 'named_official' source needs the words that name it",
      ),
    )
  })
  it('rejects a cue on the article’s own report', () => {
    const pack = after((kb) => (attributed(kb, 'fact.convoy-left').cue = span(1, 'Reuters reported')))
    expect(rule.check(pack)).toEqual(reported(rule, "facts[2].attributedAs.cue: a 'none' item has no words naming a source"))
  })
})

describe('attribution-spans-fit', () => {
  const rule = attributionSpansFit
  it('rejects a claim outside the evidence, a claim naming its source, and a cue that names no one', () => {
    const pack = after((kb) => {
      attributed(kb, 'fact.convoy-left').claim = span(1, 'Reuters reported')
      attributed(kb, 'quote.petrosyan-go-back').cue = span(2, 'a teacher')
      attributed(kb, 'pos.baku-officials.deny-attack').claim = span(3, 'officials in Baku denied any attack')
    })
    expect(rule.check(pack)).toEqual(
      reported(
        rule,
        'facts[2].attributedAs.claim: “Reuters reported” is not within the item\'s evidence',
        "quotes[0].attributedAs.cue: “a teacher” does not name the holder 'person.anna-petrosyan'",
        'positions[2].attributedAs.claim: “officials in Baku denied any attack” names its source, so it would give the answer away',
        'positions[2].attributedAs.cue: “officials in Baku” overlaps the claim',
      ),
    )
  })
  it('rejects a cue two paragraphs away', () => {
    const pack = after((kb) => (attributed(kb, 'pos.baku-officials.deny-attack').cue = span(1, 'Reuters reported')))
    expect(rule.check(pack).map((p) => p.message)).toContain("positions[2].attributedAs.cue: paragraph 1 is neither the claim's (3) nor the one before")
  })
})

describe('tensions-set-two-sources', () => {
  const rule = tensionsSetTwoSources
  it('rejects unknown or unsourced sides, one holder on both sides, and a note that judges', () => {
    const pack = after((kb) => {
      kb.tensions!.push(
        { id: 'tension.unknown', a: 'pos.nobody.nothing', b: 'fact.fled-300', note: 'Neutral.' },
        { id: 'tension.same', a: 'quote.petrosyan-go-back', b: 'pos.anna-petrosyan.return', note: 'The officials are wrong.' },
      )
    })
    expect(rule.check(pack)).toEqual(
      reported(
        rule,
        "tensions[1].a: unknown item 'pos.nobody.nothing'",
        "tensions[1].b: 'fact.fled-300' has no attributedAs, so its source cannot be asked",
        "tensions[2].b: 'pos.anna-petrosyan.return' has no attributedAs, so its source cannot be asked",
        'tensions[2]: both sides are held by person.anna-petrosyan',
        'tensions[2].note: “wrong” judges a side; say only who says what',
      ),
    )
  })
})

describe('quoted-parts-are-the-speakers', () => {
  const rule = quotedPartsAreTheSpeakers
  function paraphrased() {
    const pack = sourcedPack()
    const author = pack.knowledge.positions.find((p) => p.id === 'pos.author.peace-will-come')!
    author.paraphrase = { of: ['quote.petrosyan-go-back'], adds: 'Peace will come soon', quotedParts: [span(2, 'We will go back')] }
    return pack
  }
  it('accepts parts of the speaker’s quotes', () => {
    expect(rule.check(paraphrased())).toEqual([])
  })
  it('rejects a part outside the speaker’s quotes, or the summary’s own words', () => {
    const pack = paraphrased()
    pack.knowledge.positions[1]!.paraphrase!.quotedParts = [span(1, 'at least 300 people'), span(3, 'Peace will come')]
    expect(rule.check(pack)).toEqual(
      reported(
        rule,
        'positions[1].paraphrase.quotedParts[0]: “at least 300 people” is not inside a quote of the speaker paraphrased',
        'positions[1].paraphrase.quotedParts[1]: “Peace will come” is not inside a quote of the speaker paraphrased',
        'positions[1].paraphrase.quotedParts[1]: “Peace will come” is what the summary adds',
      ),
    )
  })
})

describe('holder-is-sourced-one-way', () => {
  const rule = holderIsSourcedOneWay
  it('accepts one source kind per holder', () => {
    expect(rule.check(sourcedPack())).toEqual([])
  })
  it('rejects a holder sourced two ways, and a speaker whose quotes name different addressees', () => {
    const pack = after((kb) => {
      kb.positions[0]!.attributedAs = { as: 'witness_reuters', cue: span(1, 'Reuters'), claim: span(2, 'We will go back') }
      kb.quotes[1]!.addressee = 'group.residents'
    })
    expect(rule.check(pack)).toEqual(
      reported(
        rule,
        "positions[0].attributedAs.as: 'witness_reuters', but quotes[0] sources 'person.anna-petrosyan' as 'witness'",
        "quotes[1].addressee: 'group.residents', but quotes[0] has none for the same speaker",
      ),
    )
  })
})
