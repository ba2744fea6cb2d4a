import { describe, expect, it } from 'vitest'
import { eachSpanHasOneLayer, spanIsVerbatim } from '../../../src/content/rules/spans'
import { factOfKind, miniPack, problemsAfter, reported, span } from './miniPack'

describe('span-is-verbatim', () => {
  const rule = spanIsVerbatim
  it('accepts spans that are the article’s text at their offsets', () => {
    expect(rule.check(miniPack())).toEqual([])
  })

  it('says what it found at wrong offsets, and where the text really is', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      const words = knowledge.positions[1]!.evidence[0]!
      words.start += 2
      words.end += 2
    })
    expect(problems).toEqual(reported(rule, 'positions[1].evidence[0]: text not found in paragraph 3 at 2–22 (found “ace will come soon, ”); did you mean start 0?'))
  })

  it('names the paragraph that holds text filed under another one', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => (knowledge.quotes[1]!.attribution[0]!.paragraph = 1))
    expect(problems).toEqual([
      expect.objectContaining({ rule: rule.id, message: expect.stringMatching(/^quotes\[1\]\.attribution\[0\]: .*; the text is in paragraph 2 at 51$/) }),
    ])
  })

  it('rejects text that is not in the article at all, offsets outside the paragraph, and a paragraph past the end', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[4]!.roleEvidence![0]!.text = 'Anna Petrosyan, a nurse'
      factOfKind(knowledge, 'fact.convoy-left', 'event').event.time!.phrases[0]!.end = 500
      knowledge.facts[0]!.evidence[0]!.paragraph = 9
    })
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^entities\[4\]\.roleEvidence\[0\]: text not found .*; the text does not occur in the article$/),
      'facts[0].evidence[0].paragraph: 9 is out of range (the article has 3 paragraphs)',
      'facts[2].event.time.phrases[0]: offsets 89–500 are not a span of paragraph 1 (length 107); did you mean start 89?',
    ])
  })

  it('checks the evidence of labels too', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      knowledge.entities[6]!.labels = [{ by: 'author', evidence: { paragraph: 3, start: 0, end: 5, text: 'Baku' } }]
    })
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^entities\[6\]\.labels\[0\]\.evidence: text not found/) })])
  })
})

describe('each-span-has-one-layer', () => {
  const rule = eachSpanHasOneLayer
  it('accepts a quotation and the position it voices on the same words, and overlaps within one layer', () => {
    expect(rule.check(miniPack())).toEqual([])
  })
  it('accepts a quoted word inside the author’s argument', () => {
    expect(problemsAfter(rule, ({ knowledge }) => (knowledge.positions[1]!.evidence = [span(2, 'She called it a “hunger siege”')]))).toEqual([])
  })
  it('rejects an unconfirmed claim inside someone’s quoted words', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => {
      const fact = knowledge.facts[2]!
      Object.assign(fact, { certainty: 'claim', holder: 'person.anna-petrosyan', evidence: [span(2, 'go back')] })
    })
    expect(problems).toEqual(
      reported(
        rule,
        'facts[2].evidence[0] (unconfirmed) and quotes[0].evidence[0] (quote) give “go back” two layers',
        'facts[2].evidence[0] (unconfirmed) and positions[0].evidence[0] (actor) give “go back” two layers',
      ),
    )
  })
  it('rejects spans of two layers that half overlap', () => {
    const problems = problemsAfter(rule, ({ knowledge }) => (knowledge.positions[2]!.evidence = [span(3, 'soon, but officials in Baku denied any attack')]))
    expect(problems).toEqual(reported(rule, 'positions[1].evidence[0] (author) and positions[2].evidence[0] (unconfirmed) give “soon” two layers'))
  })
})
