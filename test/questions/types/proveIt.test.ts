import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProveItQuestion } from '../../../src/questions/types/prove_it/model'
import { checkProveIt, CLOSE_SCORE } from '../../../src/questions/types/prove_it/check'
import { clampSpan, judgeSpan, sharedWords, spanOfRange, spanText, wordsOf, type WordSpan } from '../../../src/questions/types/shared/words'
import { echoes, sharedWordCount } from '../../../src/content/rules/text'
import { createContext } from '../../../src/questions/generators/context'
import { proveItQuestions } from '../../../src/questions/types/prove_it/generate'
import { BANK_SEED } from '../../../src/questions/seed'
import { nameSpans } from '../../../src/questions/generators/entities'
import { knowledge } from '../../../src/content/knowledge'
import type { Entity } from '../../../src/content/schema'
import { bank, itemOf, paragraphs } from '../helpers'

const proveIts = bank.filter((q): q is ProveItQuestion => q.type === 'prove_it')

const spanArb = (count: number): fc.Arbitrary<WordSpan> =>
  fc.tuple(fc.nat({ max: count - 1 }), fc.nat({ max: count - 1 })).map(([a, b]) => ({ first: Math.min(a, b), last: Math.max(a, b) }))

describe('word spans', () => {
  const passage = paragraphs[4] as string
  const words = wordsOf(passage)

  it('cuts a paragraph into words whose offsets give back their text', () => {
    for (const word of words) expect(passage.slice(word.start, word.end)).toBe(word.text)
    expect(words.map((word) => word.text).join(' ')).toBe(passage.split(/\s+/).filter(Boolean).join(' '))
  })

  it('judges a selection equal to the key right, and one sharing no word wrong', () => {
    fc.assert(
      fc.property(spanArb(words.length), spanArb(words.length), (key, other) => {
        expect(judgeSpan(key, key).verdict).toBe('right')
        if (sharedWords(key, other) === 0) expect(judgeSpan(other, key).verdict).toBe('wrong')
        else expect(judgeSpan(other, key).verdict).not.toBe('wrong')
      }),
    )
  })

  it('counts shared words the same both ways, and never more than either span holds', () => {
    fc.assert(
      fc.property(spanArb(words.length), spanArb(words.length), (a, b) => {
        expect(sharedWords(a, b)).toBe(sharedWords(b, a))
        expect(sharedWords(a, b)).toBeLessThanOrEqual(Math.min(a.last - a.first + 1, b.last - b.first + 1))
      }),
    )
  })

  it('keeps any selection inside the paragraph and in order', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (first, last) => {
        const span = clampSpan({ first, last }, words.length) as WordSpan
        expect(span.first).toBeGreaterThanOrEqual(0)
        expect(span.last).toBeLessThan(words.length)
        expect(span.first).toBeLessThanOrEqual(span.last)
      }),
    )
    expect(clampSpan({ first: Number.NaN, last: 2 }, words.length)).toBeUndefined()
    expect(clampSpan({ first: 0, last: 0 }, 0)).toBeUndefined()
  })

  it('finds the words a string range touches', () => {
    const at = passage.indexOf('Reuters')
    const span = spanOfRange(words, at, at + 'Reuters'.length) as WordSpan
    expect(spanText(passage, words, span)).toMatch(/^Reuters/)
  })
})

describe('prove_it questions', () => {
  it('ask about every paragraph at least once, but one whose only item would be stated in its own words (paragraph 20)', () => {
    const asked = new Set(proveIts.map((q) => q.paragraph))
    const missing = Array.from({ length: paragraphs.length }, (_, i) => i + 1).filter((p) => !asked.has(p))
    expect(missing).toEqual([20])
  })

  it('carry their paragraph verbatim, with keys inside it and evidence the article’s own words', () => {
    for (const q of proveIts) {
      expect(q.passage).toBe(paragraphs[q.paragraph - 1])
      const count = wordsOf(q.passage).length
      for (const key of q.answer.keys) {
        expect(key.first).toBeGreaterThanOrEqual(0)
        expect(key.last).toBeLessThan(count)
      }
      for (const span of q.evidence) expect(paragraphs[span.paragraph - 1]?.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('never hold in their prompt the words they ask for', () => {
    for (const q of proveIts) {
      const proof = spanText(q.passage, wordsOf(q.passage), q.answer.keys[0] as WordSpan)
      if (proof.split(/\s+/).length <= 12) expect(q.prompt.toLowerCase(), q.id).not.toContain(proof.toLowerCase().replace(/[.,;:”“]/g, ''))
    }
  })

  it('grade the proof right, part of it close, a word away from it wrong, and nothing selected as not yet answered', () => {
    const q = proveIts.find((candidate) => candidate.answer.keys.some((key) => key.last - key.first >= 3)) as ProveItQuestion
    const key = q.answer.keys.find((k) => k.last - k.first >= 3) as WordSpan
    expect(checkProveIt(q, { kind: 'words', ...key }).correct).toBe(true)
    const part = checkProveIt(q, { kind: 'words', first: key.first, last: key.first })
    expect(part).toMatchObject({ correct: false, score: CLOSE_SCORE })
    expect(part.note).toMatch(/leave some of it out/)
    const far = q.answer.keys.every((k) => k.first > 0) ? 0 : wordsOf(q.passage).length - 1
    expect(checkProveIt(q, { kind: 'words', first: far, last: far })).toMatchObject({ correct: false, score: 0 })
    expect(checkProveIt(q, { kind: 'words', first: -1, last: -1 }).invalid).toBeTruthy()
    expect(checkProveIt(q, undefined).expected).toMatch(/^“/)
  })
})

describe('prove_it keys answer the question they ask (teacher review)', () => {
  const entities = new Map(knowledge.entities.map((e) => [e.id, e]))
  const shown = (q: ProveItQuestion) => spanText(q.passage, wordsOf(q.passage), q.answer.keys[0] as WordSpan)
  // The occurrence inside the shown key, else the last before it (a pronoun's antecedent).
  const accepts = (q: ProveItQuestion, text: string) => {
    const from = (wordsOf(q.passage)[(q.answer.keys[0] as WordSpan).first] as { start: number }).start
    const inside = q.passage.indexOf(text, from)
    const at = inside >= 0 && inside < from + shown(q).length ? inside : q.passage.lastIndexOf(text, from)
    const span = spanOfRange(wordsOf(q.passage), at, at + text.length) as WordSpan
    return checkProveIt(q, { kind: 'words', ...span }).correct
  }
  const sources = proveIts.filter((q) => /:(denial|claim):/.test(q.id))

  it('show the holder’s name with the verb for “who denies it” / “where it comes from”, and accept the name alone', () => {
    expect(sources.length).toBeGreaterThan(4)
    for (const q of sources) {
      const holder = entities.get(itemOf(q.factIds[0] as string).holder as string)
      expect(holder, q.id).toBeDefined()
      const names = nameSpans(shown(q), holder as Entity)
      expect(names.length, `${q.id} shows ${shown(q)}`).toBeGreaterThan(0)
      const name = shown(q).slice((names[0] as { start: number }).start, (names[0] as { end: number }).end)
      expect(accepts(q, name), `${q.id}: ${name}`).toBe(true)
    }
    const denial = proveIts.find((q) => q.id === 'prove_it:denial:pos.azeri-officials.deny-attacking-civilians') as ProveItQuestion
    expect(shown(denial)).toBe('Azeri officials have denied')
    expect(denial.explanation).toContain('The words “Azeri officials have denied” say who denies it')
    const said = proveIts.find((q) => q.id.startsWith('prove_it:claim:') && q.explanation.includes('Narine Shakaryan said she')) as ProveItQuestion
    expect(shown(said)).toBe('Narine Shakaryan said')
    expect(said.explanation).not.toMatch(/The words “said”/)
  })

  it('take a bare verb for part of the proof, not all of it', () => {
    const denial = proveIts.find((q) => q.id === 'prove_it:denial:pos.azeri-officials.deny-attacking-civilians') as ProveItQuestion
    const at = denial.passage.indexOf('have denied')
    const verb = spanOfRange(wordsOf(denial.passage), at, at + 'have denied'.length) as WordSpan
    expect(checkProveIt(denial, { kind: 'words', ...verb })).toMatchObject({ correct: false, score: CLOSE_SCORE })
  })

  it('accept the name a pronoun tag stands for (“he told Reuters” → Nairy), and say whom the pronoun means', () => {
    const cases: [string, string][] = [
      ['quote.nairy-kids-injured', 'Nairy'],
      ['quote.shakaryan-children-crying', 'Narine Shakaryan'],
      ['quote.pashinyan-capabilities-changed', 'Pashinyan'],
      ['quote.power-maintain-ceasefire', 'Samantha Power'],
    ]
    for (const [id, name] of cases) {
      const q = proveIts.find((candidate) => candidate.id === `prove_it:speaker:${id}`) as ProveItQuestion
      expect(q, id).toBeDefined()
      expect(accepts(q, name), id).toBe(true)
      expect(q.explanation, id).toContain(`is “${name}”, named earlier in the paragraph`)
      expect(q.explanation, id).not.toMatch(/name the speaker/)
    }
    // A tag that names the speaker itself needs no antecedent.
    const named = proveIts.find((q) => q.id === 'prove_it:speaker:quote.erdogan-open-corridor') as ProveItQuestion
    expect(named.explanation).not.toContain('named earlier in the paragraph')
  })

  it('take the name alone as a full answer to who is speaking, without the author’s “cynically”, and with a title before it', () => {
    const cases: [string, string[]][] = [
      ['quote.grigoryan-nowhere-to-bury', ['Grigoryan', 'Grigoryan said.']],
      ['quote.erdogan-matter-of-pride', ['Erdogan', 'Erdogan cynically declared:']],
      ['quote.miller-not-security-partner', ['Miller']],
      ['quote.antonov-strategic-damage', ['Anatoly Antonov', 'Antonov', 'Russian Ambassador to the US Anatoly Antonov']],
      ['quote.power-maintain-ceasefire', ['Power']],
    ]
    for (const [id, names] of cases) {
      const q = proveIts.find((candidate) => candidate.id === `prove_it:speaker:${id}`) as ProveItQuestion
      for (const name of names) expect(accepts(q, name), `${id}: ${name}`).toBe(true)
    }
  })

  it('take the hedge word alone (“unconfirmed”), a vague amount without its article, and the clause that proves a stated item', () => {
    const byId = (id: string) => proveIts.find((q) => q.id === id) as ProveItQuestion
    const unconfirmed = proveIts.find((q) => q.id.startsWith('prove_it:unconfirmed:') && q.paragraph === 4) as ProveItQuestion
    expect(accepts(unconfirmed, 'unconfirmed')).toBe(true)
    expect(accepts(byId('prove_it:vague:fact.considerable-portion-refugees'), 'considerable portion')).toBe(true)
    const firstWar = byId('prove_it:states:fact.first-war-ended-1994')
    expect(accepts(firstWar, 'lasted until 1994, resulting in an Armenian conquest of the region.')).toBe(true)
    expect(accepts(firstWar, 'A first Azeri-Armenian war over Nagorno-Karabakh began in 1988')).toBe(false)
    // The knowledge base's proof of a restated statement, shown first.
    expect(accepts(firstWar, 'resulting in an Armenian conquest of the region.')).toBe(true)
    // A paragraph whose only item would be stated in its own words gets no such question.
    expect(proveIts.some((q) => q.id === 'prove_it:states:fact.csis-washington')).toBe(false)
    // A label is named as one, without the verb that opens it.
    expect(byId('prove_it:claim:pos.aliyev.anti-terrorist-operation').prompt).toContain('passes on the label “anti-terrorist operation” without')
    expect(byId('prove_it:claim:pos.aliyev.anti-terrorist-operation').explanation).toContain('name whose label it is')
    expect(byId('prove_it:speaker:quote.erdogan-matter-of-pride').explanation).toContain('The word “cynically” is the author’s, not the speaker’s.')
    for (const q of proveIts.filter((x) => !x.id.includes(':speaker:'))) expect(q.explanation, q.id).not.toContain('not the speaker’s')
    // The speaker's tag ends at the speech verb: “he said,” is the whole proof of who speaks.
    expect(accepts(byId('prove_it:speaker:quote.pashinyan-capabilities-changed'), 'he said,')).toBe(true)
  })

  it('point to an account by what it says, never by its place in the paragraph', () => {
    for (const q of proveIts) expect(q.prompt, q.id).not.toMatch(/\bthe (first|second|third|fourth|fifth|\d+th) (account|denial|set)/i)
    const horrific = proveIts.find((q) => q.id === 'prove_it:claim:fact.civilians-horrific-conditions') as ProveItQuestion
    expect(horrific.prompt).toContain('the account “they faced horrific conditions”')
    // Two accounts of one paragraph are never asked with the same words.
    const prompts = sources.map((q) => q.prompt)
    expect(new Set(prompts).size).toBe(prompts.length)
  })

  it('show first the piece of a split statement that carries what it says (paragraph 9 stated by its split item)', () => {
    const plain = structuredClone(knowledge)
    for (const item of [...plain.facts, ...plain.quotes, ...plain.positions]) {
      if (item.id === 'pos.author.poisoned-product-bureaucracy') delete item.restated
      if (item.id === 'pos.author.poisoned-product-imperialist-wars') item.restated = 'The author argues that wars the great powers fought for decades also fed the disaster.'
    }
    const built = proveItQuestions(createContext(plain, paragraphs, BANK_SEED))
    const q = built.find((candidate) => candidate.id === 'prove_it:states:pos.author.poisoned-product-imperialist-wars') as ProveItQuestion
    expect(shown(q)).toMatch(/^the imperialist powers’ decades-long waging of wars in the Middle East/)
    expect(q.explanation).not.toContain('“It is the poisoned product of both”')
    expect(q.evidence[0]?.text).toContain('Middle East')
    expect(sharedWordCount('It is the poisoned product of both', 'wars in the Middle East')).toBeLessThan(sharedWordCount(q.evidence[0]?.text ?? '', 'wars in the Middle East'))
  })

  it('state an item in other words where the knowledge base gives them, so the reader finds the words rather than matching them', () => {
    const states = proveIts.filter((q) => q.id.startsWith('prove_it:states:'))
    expect(states.length).toBeGreaterThan(0)
    for (const q of states) {
      const item = itemOf(q.factIds[0] as string)
      if (item.restated) expect(q.prompt, q.id).toContain(item.restated)
      for (const span of q.evidence) expect(echoes(span.text, q.prompt.replace(/^Which words of paragraph \d+ support this statement\? /, '')), q.id).toBe(false)
    }
    expect(states.filter((q) => itemOf(q.factIds[0] as string).restated).length).toBeGreaterThanOrEqual(8)
  })
})
