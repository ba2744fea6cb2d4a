import { describe, expect, it } from 'vitest'
import {
  denialKindMatchesCertainty,
  distractorsAreWrongAnswers,
  paraphraseIsTheAuthors,
  holderMatchesCertainty,
  itemParagraphIsFirstEvidence,
  keyTermsOccurOnce,
  restatedIsReworded,
  statementIsVerbatim,
  summaryAttributesItem,
} from '../../../src/content/rules/items'
import { miniPack, problemsAfter, reported, span } from './miniPack'

describe('item-paragraph-is-first-evidence', () => {
  const rule = itemParagraphIsFirstEvidence
  it("accepts items filed under their first span's paragraph", () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects an item filed under another paragraph', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.positions[1]!.paragraph = 2))).toEqual(
      reported(rule, 'positions[1].paragraph: 2 is not the paragraph of evidence[0] (3)'),
    )
  })
})

describe('holder-matches-certainty', () => {
  const rule = holderMatchesCertainty
  it('accepts the author holding author positions, reported facts without holders, positions with holders', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('accepts a quoted term without a speaker', () => {
    expect(problemsAfter(rule, ({ knowledge }) => delete knowledge.quotes[1]!.holder)).toEqual([])
  })
  it('rejects each way holder and certainty can disagree', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[0]!.holder = 'org.reuters'
      knowledge.facts[1]!.holder = 'author'
      knowledge.facts[2]!.certainty = 'claim'
      knowledge.quotes[0]!.holder = undefined
      knowledge.positions[1]!.holder = 'group.baku-officials'
    })
    expect(problems).toEqual(
      reported(
        rule,
        "facts[0].holder: a reported_fact is the article's own report; name the outlet as source, or classify it as a claim",
        'facts[1].certainty: an item held by the author must be author_position (got reported_fact)',
        "facts[1].holder: a reported_fact is the article's own report; name the outlet as source, or classify it as a claim",
        'facts[2].holder: a claim needs a holder',
        'quotes[0].holder: a attributed_quote needs a holder',
        "positions[1].holder: an author_position must be held by 'author' (got 'group.baku-officials')",
      ),
    )
  })
})

describe('summary-attributes-item', () => {
  const rule = summaryAttributesItem
  it('accepts summaries that attribute their items', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('accepts a holder named by a mention, in any case', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[0]!.summary = 'PETROSYAN said they will go back.'))).toEqual([])
  })
  it('rejects summaries that do not say who holds the item or how sure the article is', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[0]!.summary = 'At least 300 people fled Stepanakert.'
      knowledge.facts[2]!.certainty = 'unconfirmed_report'
      knowledge.quotes[0]!.summary = 'They will go back.'
      knowledge.positions[1]!.summary = 'Peace will come soon.'
      knowledge.positions[2]!.summary = 'Azerbaijani officials say there was no attack.'
    })
    expect(problems).toEqual(
      reported(
        rule,
        'facts[0].summary: a reported_fact summary starts “According to the article”',
        'facts[2].summary: an unconfirmed_report summary must say it is unconfirmed',
        "quotes[0].summary: does not name its holder 'person.anna-petrosyan'",
        "positions[1].summary: does not name its holder 'author' (start with “The author”)",
        'positions[2].summary: a denial summary must say who denied what',
      ),
    )
  })
})

describe('key-terms-occur-once', () => {
  const rule = keyTermsOccurOnce
  it('accepts key terms found once as whole words', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a key term missing from the evidence, part of a longer word, or found twice', () => {
    const problems = problemsAfter(rule, ({ knowledge, paragraphs }) => {
      knowledge.facts[0]!.keyTerms = [{ text: 'left', kind: 'claim' }, { text: 'flee', kind: 'claim' }]
      paragraphs[2] = 'Peace will come, peace will come soon, but officials in Baku denied any attack.'
      knowledge.positions[1]!.evidence = [span(3, 'Peace will come, peace will come soon', paragraphs)]
      knowledge.positions[1]!.keyTerms = [{ text: 'will come', kind: 'loaded' }]
    })
    expect(problems).toEqual(
      reported(
        rule,
        "facts[0].keyTerms[0]: “left” does not occur as whole words in the item's evidence",
        "facts[0].keyTerms[1]: “flee” does not occur as whole words in the item's evidence",
        'positions[1].keyTerms[0]: “will come” occurs more than once in its evidence, so a blank would be given away',
      ),
    )
  })
})

describe('statement-is-verbatim', () => {
  const rule = statementIsVerbatim
  it('accepts statements in the evidence’s words, without the final period, or elided', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.facts[0]!.statement = 'at least 300 … fled Stepanakert.'))).toEqual([])
  })
  it('rejects a statement with a capital the article does not have (a quotation keeps its letter case)', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.facts[0]!.statement = 'At least 300 people fled Stepanakert'))).toEqual(
      reported(rule, 'facts[0].statement: “At least 300 people fled Stepanakert” is not the evidence\'s own wording'),
    )
  })
  it('rejects a reworded statement', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.positions[1]!.statement = 'Peace will soon come.'))).toEqual(
      reported(rule, 'positions[1].statement: “Peace will soon come.” is not the evidence\'s own wording'),
    )
  })
})

describe('distractors-are-wrong-answers', () => {
  const rule = distractorsAreWrongAnswers
  it('accepts distractors that are other, non-overlapping entities', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects the holder itself, an entity overlapping with it, and a place', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.quotes[0]!.confusableWith = ['person.anna-petrosyan', 'group.residents', 'place.baku']
    })
    expect(problems).toEqual(
      reported(
        rule,
        "quotes[0].confusableWith[0]: 'person.anna-petrosyan' is the holder itself",
        "quotes[0].confusableWith[1]: 'group.residents' overlaps with the holder 'person.anna-petrosyan', so it is not a wrong answer",
        "quotes[0].confusableWith[2]: 'place.baku' is a place, not a plausible holder",
      ),
    )
  })
})

describe('denial-kind-matches-certainty', () => {
  const rule = denialKindMatchesCertainty
  it('accepts a denial of kind denial', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects a denial of another kind, and a position of kind denial that is not one', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.positions[0]!.kind = 'denial'
      knowledge.positions[2]!.kind = 'view'
    })
    expect(problems).toEqual(
      reported(rule, "positions[0].kind: a denial has kind 'denial' and certainty 'denial'", "positions[2].kind: a denial has kind 'denial' and certainty 'denial'"),
    )
  })
})

describe('paraphrase-is-the-authors', () => {
  const rule = paraphraseIsTheAuthors
  it("accepts the author's summary of a quote that exists, adding words from its evidence", () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.positions[1]!.paraphrase = { of: ['quote.petrosyan-go-back'], adds: 'soon' }
    })
    expect(problems).toEqual([])
  })
  it("rejects a paraphrase held by an actor, of an unknown quote, or adding words its evidence lacks", () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.positions[0]!.paraphrase = { of: ['quote.nobody'], adds: 'go back' }
      knowledge.positions[1]!.paraphrase = { of: ['quote.petrosyan-go-back'], adds: 'never' }
    })
    expect(problems).toEqual(
      reported(
        rule,
        "positions[0].paraphrase: only the author's own summary of someone's words is a paraphrase",
        "positions[0].paraphrase.of[0]: unknown quote 'quote.nobody'",
        'positions[1].paraphrase.adds: “never” is not in the evidence',
      ),
    )
  })
})

describe('restated-is-reworded', () => {
  const rule = restatedIsReworded
  it('accepts an item said in other words', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('rejects one that repeats most of its span’s words, or quotes them', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[0]!.restated = 'According to the article, Reuters says at least 300 people fled Stepanakert.'
      knowledge.facts[1]!.restated = 'According to the article, residents left “on Monday”.'
    })
    expect(problems).toEqual(
      reported(
        rule,
        'facts[0].restated: repeats 6 of the words of “at least 300 people fled Stepanakert”',
        'facts[1].restated: quotes the article; say it in other words',
      ),
    )
  })
  it('rejects a proof outside the item’s evidence, or without a restated statement', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.facts[0]!.proof = span(1, 'on Monday')
      knowledge.facts[1]!.proof = span(1, 'people fled')
    })
    expect(problems).toEqual(
      reported(rule, 'facts[0].proof: “on Monday” is not a part of one of the item\'s evidence spans', 'facts[1].proof: a proof goes with a restated statement'),
    )
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.facts[0]!.proof = span(1, '300 people fled')))).toEqual([])
  })
})

describe('summary-attributes-item, for an item in other words', () => {
  it('rejects a restated fact without “According to the article”', () => {
    expect(problemsAfter(summaryAttributesItem, ({ knowledge }) => (knowledge.facts[0]!.restated = 'No fewer than 300 residents left the town.'))).toEqual(
      reported(summaryAttributesItem, 'facts[0].restated: a reported_fact restated starts “According to the article”'),
    )
  })
})
