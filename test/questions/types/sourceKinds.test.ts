// The three kinds of issue 28 built on where claims come from: source_match, paraphrase_check and
// competing_claims. Generators (grounded, verbatim, deterministic ids), checkers (partial credit,
// misreadings named) and result-code round trips.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { knowledge } from '../../../src/content/knowledge'
import type { SourceKind } from '../../../src/content/schema'
import { MISREADINGS, MISREADING_TEXT } from '../../../src/domain/misreading'
import { ByteReader, ByteWriter } from '../../../src/lib/bytes'
import { BANK_SEED, buildQuestionBank } from '../../../src/questions/bank'
import type { CompetingClaimsQuestion } from '../../../src/questions/types/competing_claims/model'
import type { ParaphraseCheckQuestion } from '../../../src/questions/types/paraphrase_check/model'
import { kindFor } from '../../../src/questions/types/registry'
import { sourceMisreading } from '../../../src/questions/types/shared/sources'
import { checkSourceMatch, pairMisreading } from '../../../src/questions/types/source_match/check'
import type { SourceMatchQuestion } from '../../../src/questions/types/source_match/model'
import { bank, itemOf, paragraphs } from '../helpers'

const article = paragraphs.join('\n')
const sourceMatches = bank.filter((q): q is SourceMatchQuestion => q.type === 'source_match')
const paraphrases = bank.filter((q): q is ParaphraseCheckQuestion => q.type === 'paraphrase_check')
const tensions = bank.filter((q): q is CompetingClaimsQuestion => q.type === 'competing_claims')
const unquote = (text: string) => /^“(.*)”/.exec(text)?.[1]?.replace(/‘/g, '“').replace(/’(?!\p{L})/gu, '”') ?? ''

describe('source_match', () => {
  it('never asks a passage (with its source) that a competing_claims question already asks', () => {
    const inTension = new Set(tensions.flatMap((q) => q.factIds))
    expect(inTension.size).toBeGreaterThan(0)
    for (const q of sourceMatches) for (const left of q.left) expect(inTension.has(left.id), left.id).toBe(false)
  })

  it('matches every sourced claim no competing_claims question asks once, in groups of three or four with one source of each kind', () => {
    const inTension = new Set(tensions.flatMap((q) => q.factIds))
    const sourced = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].filter((i) => i.attributedAs && !inTension.has(i.id))
    expect(sourceMatches.length).toBeGreaterThanOrEqual(2)
    expect(sourceMatches.flatMap((q) => q.left.map((c) => c.id)).sort()).toEqual(sourced.map((i) => i.id).sort())
    for (const q of sourceMatches) {
      expect(q.left.length).toBeGreaterThanOrEqual(3)
      expect(q.left.length).toBeLessThanOrEqual(4)
      expect(new Set(Object.values(q.answer)).size).toBe(q.left.length)
      expect(q.right).toHaveLength(q.left.length)
    }
  })

  it('shows each claim as the article’s own words, which never name the source', () => {
    for (const q of sourceMatches) {
      for (const left of q.left) {
        const item = itemOf(left.id)
        expect(article).toContain(item.attributedAs!.claim.text)
        expect(left.text).toContain(`(paragraph ${item.attributedAs!.claim.paragraph})`)
        const cue = item.attributedAs!.cue
        if (cue) expect(left.text).not.toContain(cue.text)
        expect(q.answer[left.id]).toBe(`source:${item.attributedAs!.as}`)
      }
      for (const e of q.evidence) expect(paragraphs[e.paragraph - 1]!.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it('gives partial credit per claim and names the misreading of a wrong pair', () => {
    const q = sourceMatches.find((x) => Object.values(x.answer).includes('source:none') && Object.values(x.answer).some((s) => s !== 'source:none' && s !== 'source:author'))!
    const none = Object.keys(q.answer).find((id) => q.answer[id] === 'source:none')!
    const passedOn = Object.keys(q.answer).find((id) => q.answer[id] !== 'source:none' && q.answer[id] !== 'source:author')!
    const swapped = { ...q.answer, [none]: q.answer[passedOn]!, [passedOn]: 'source:none' }
    const result = checkSourceMatch(q, swapped)
    expect(result.correct).toBe(false)
    expect(result.score).toBeCloseTo((q.left.length - 2) / q.left.length)
    expect(result.note).toContain(MISREADING_TEXT['dropped-hedge'])
    expect(checkSourceMatch(q, q.answer)).toMatchObject({ correct: true, score: 1 })
    expect(checkSourceMatch(q, {}).invalid).toBeDefined()
  })

  it('names a misreading for every wrong pairing of two kinds', () => {
    expect(pairMisreading('source:unconfirmed', 'source:none')).toBe('dropped-hedge')
    expect(pairMisreading('source:author', 'source:named_official')).toBe('author-actor-swap')
    expect(pairMisreading('source:witness_reuters', 'source:officials')).toBe('wrong-speaker')
    expect(pairMisreading('source:none', 'source:none')).toBeUndefined()
    const kinds: SourceKind[] = ['none', 'unconfirmed', 'witness_reuters', 'witnesses_media', 'witness', 'military_sources', 'officials', 'named_official', 'think_tank', 'author']
    for (const a of kinds) for (const b of kinds) if (a !== b) expect(MISREADINGS).toContain(sourceMisreading(a, b))
  })
})

describe('paraphrase_check', () => {
  it('asks about every summary the knowledge base sets beside quoted words (Pashinyan, Miller, the think-tank)', () => {
    expect(paraphrases.map((q) => q.id).sort()).toEqual(
      ['pos.author.csis-nato-chance', 'pos.author.miller-echoed-pashinyan', 'pos.author.pashinyan-denouncing-russia'].map((id) => `paraphrase_check:${id}`).sort(),
    )
  })

  it('offers the summary’s addition against the speaker’s own words, all verbatim, each wrong one an author-actor swap', () => {
    for (const q of paraphrases) {
      const position = itemOf(q.id.replace('paraphrase_check:', ''))
      if (!('paraphrase' in position) || !position.paraphrase) throw new Error('no paraphrase')
      const quoteTexts = knowledge.quotes.filter((x) => x.speaker === knowledge.quotes.find((y) => position.paraphrase!.of.includes(y.id))!.speaker).map((x) => x.text)
      expect(unquote(q.choices.find((c) => c.id === q.answer)!.text)).toBe(position.paraphrase.adds)
      for (const choice of q.choices) {
        expect(article).toContain(unquote(choice.text))
        if (choice.id === q.answer) {
          expect(choice.misreading).toBeUndefined()
          expect(quoteTexts.some((t) => t.includes(unquote(choice.text)))).toBe(false)
        } else {
          expect(choice.misreading).toBe('author-actor-swap')
          expect(quoteTexts.some((t) => t.includes(unquote(choice.text)))).toBe(true)
        }
      }
      expect(q.prompt).toMatch(/the author sums up/)
      expect(q.explanation.startsWith(position.summary)).toBe(true)
    }
  })

  it('names the misreading when a quoted part is taken for the summary', () => {
    const q = paraphrases[0]!
    const wrong = q.choices.find((c) => c.id !== q.answer)!
    const result = kindFor('paraphrase_check').check(q, { kind: 'choice', choiceId: wrong.id })
    expect(result).toMatchObject({ correct: false, score: 0, note: MISREADING_TEXT['author-actor-swap'] })
    expect(kindFor('paraphrase_check').check(q, { kind: 'choice', choiceId: q.answer }).correct).toBe(true)
  })
})

describe('competing_claims', () => {
  it('asks about every tension, showing both passages verbatim and never asking which is right', () => {
    expect(tensions).toHaveLength(knowledge.tensions!.length)
    for (const q of tensions) {
      for (const passage of [...q.prompt.matchAll(/“([^”]*)”/g)].map((m) => m[1]!)) expect(article).toContain(passage)
      expect(q.prompt).toMatch(/not which is right/)
      expect(q.prompt).not.toMatch(/\b(true|lying|correct)\b/i)
    }
  })

  it('has one right pairing of sources, and wrong ones that each change it in a named way', () => {
    for (const q of tensions) {
      const tension = knowledge.tensions!.find((t) => q.factIds.includes(t.a) && q.factIds.includes(t.b))!
      expect(q.answer).toBe(`${itemOf(tension.a).attributedAs!.as}|${itemOf(tension.b).attributedAs!.as}`)
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length)
      expect(q.choices.length).toBeGreaterThanOrEqual(3)
      for (const c of q.choices) {
        if (c.id === q.answer) expect(c.misreading).toBeUndefined()
        else expect(MISREADINGS).toContain(c.misreading)
        expect(c.text).toMatch(/^First: .+\. Second: .+\.$/)
      }
      expect(q.explanation.startsWith(tension.note)).toBe(true)
    }
  })
})

describe('result codes and seeds', () => {
  it('round-trips any response of the three kinds through a result code', () => {
    for (const q of [...sourceMatches, ...paraphrases, ...tensions]) {
      const kind = kindFor(q.type)
      const responses =
        q.type === 'source_match'
          ? fc.sample(fc.subarray(q.left.map((l) => l.id)).chain((ids) => fc.tuple(...ids.map(() => fc.constantFrom(...q.right.map((r) => r.id)))).map((rights) => ({ kind: 'pairs' as const, pairs: Object.fromEntries(ids.map((id, i) => [id, rights[i]!])) }))), 20)
          : q.choices.map((c) => ({ kind: 'choice' as const, choiceId: c.id }))
      for (const response of responses) {
        const writer = new ByteWriter()
        kind.writeResponse(writer, q, response)
        expect(kind.readCodedResponse(new ByteReader(writer.toBytes()), q)).toEqual(response)
      }
    }
  })

  it('keeps question ids (and the groups) whatever the seed; the seed only orders', () => {
    const other = buildQuestionBank({ knowledge, paragraphs }, { seed: BANK_SEED + 17 })
    for (const type of ['source_match', 'paraphrase_check', 'competing_claims'] as const) {
      const ids = (qs: typeof bank) => qs.filter((q) => q.type === type).map((q) => q.id)
      expect(ids(other)).toEqual(ids(bank))
    }
    const pairsOf = (qs: typeof bank) => qs.filter((q): q is SourceMatchQuestion => q.type === 'source_match').map((q) => q.answer)
    expect(pairsOf(other)).toEqual(pairsOf(bank))
  })
})
