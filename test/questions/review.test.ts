// Regressions from a teacher's read of the whole bank: each block is one class of problem that
// was found in the generated questions and fixed at its source (a generator rule or the data).
import { bundledPack } from '../../src/content/bundledArticle'
import { describe, expect, it } from 'vitest'
import { entitiesById } from '../../src/content/knowledge'
import { AUTHOR_ID, type KnowledgeItem, type Quote } from '../../src/content/schema'
import { createContext } from '../../src/questions/generators/context'
import { nameSpans } from '../../src/questions/generators/entities'
import { articleNumbers } from '../../src/questions/generators/numbers'
import { roleEntries } from '../../src/questions/generators/roles'
import { falseVariants } from '../../src/questions/types/true_false/swaps'
import { buildQuestionBank } from '../../src/questions/bank'
import type { Question } from '../../src/domain/question'
import { bank, itemOf, knowledge, paragraphs, shownText } from './helpers'

const items: KnowledgeItem[] = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
const article = paragraphs.join('\n')
const banks = [bank, ...[1, 7, 99].map((seed) => buildQuestionBank(bundledPack, { seed }))]
const ofType = <T extends Question['type']>(type: T, from = bank) => from.filter((q) => q.type === type) as (Question & { type: T })[]
const names = (text: string, id: string) => {
  const entity = entitiesById.get(id)
  return !!entity && nameSpans(text, entity).length > 0
}

/** Holders, speakers and actors of the items the knowledge base links (`related`, either way) to an item or to the quotes/positions that share its words. */
function linkedHolders(item: KnowledgeItem): Set<string> {
  const own = [item, ...items.filter((o) => ('quotes' in o && o.quotes?.includes(item.id)) || ('quotes' in item && item.quotes?.includes(o.id)))]
  const ownIds = new Set(own.map((o) => o.id))
  const linked = items.filter((o) => !ownIds.has(o.id) && (own.some((i) => i.related?.includes(o.id)) || o.related?.some((id) => ownIds.has(id))))
  return new Set(linked.flatMap((o) => [o.holder, 'speaker' in o ? o.speaker : undefined, ...('event' in o ? (o.event.actors ?? []) : [])]).filter((id): id is string => !!id))
}

const DISPUTING = new Set(['denial', 'unconfirmed_report'])
// A claim is itself “unconfirmed or denied” (its class and its layer), so nothing disputes it into that class.
const disputed = (item: KnowledgeItem) =>
  !DISPUTING.has(item.certainty) && item.certainty !== 'claim' && items.some((o) => DISPUTING.has(o.certainty) && (item.related?.includes(o.id) || o.related?.includes(item.id)))

describe('one right answer', () => {
  it('asks for a vague amount in its own sentence, where only the article’s words fit', () => {
    const wording = ofType('single_choice').filter((q) => q.id.includes(':wording:'))
    expect(wording.length).toBeGreaterThanOrEqual(3)
    for (const q of wording) {
      const sentence = /“(.*___.*)”$/.exec(q.prompt)?.[1]
      expect(sentence, q.id).toBeDefined()
      // The filled-in sentence must be one of the article's sentences, not the tail of one (“thousands of …” in “Tens of thousands of …”).
      const fits = (text: string) => {
        const filled = (sentence as string).replace('___', text).toLowerCase()
        const lower = article.toLowerCase()
        for (let at = lower.indexOf(filled); at !== -1; at = lower.indexOf(filled, at + 1)) if (at === 0 || /(^|[.!?”\n])\s*$/.test(lower.slice(Math.max(0, at - 3), at))) return true
        return false
      }
      for (const choice of q.choices) expect(fits(choice.text), `${q.id}: ${choice.text}`).toBe(choice.id === q.answer)
    }
  })

  it('never offers “unconfirmed or denied” as the wrong class of a statement the article sets against a denial', () => {
    let checked = 0
    for (const q of ofType('fact_or_position')) {
      if (!disputed(itemOf(q.factIds[0] as string))) continue
      checked += 1
      expect(q.choices.map((c) => c.id), q.id).not.toContain('unconfirmed')
    }
    for (const q of ofType('multi_select').filter((q) => q.id.startsWith('multi_select:unconfirmed:'))) {
      for (const choice of q.choices) if (!q.answer.includes(choice.id)) expect(disputed(itemOf(choice.id)), `${q.id}: ${choice.id}`).toBe(false)
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('classifies Nairy’s shelled village as reported, without “unconfirmed or denied” beside the officials’ denial', () => {
    const q = ofType('fact_or_position').find((candidate) => candidate.id === 'fact_or_position:fact.shosh-shelled')
    expect(q).toBeDefined()
    expect(q?.answer).toBe('reported')
    expect(q?.choices.map((c) => c.id).sort()).toEqual(['opinion', 'quote_or_claim', 'reported'])
    expect(q?.explanation).toContain('Azeri officials have denied that they are attacking civilian areas.')
    expect(itemOf('pos.azeri-officials.deny-attacking-civilians').related).toContain('fact.shosh-shelled')
  })

  it('never makes a false statement by giving it to someone whose own statement the article links to it (“Miller echoed Pashinyan”)', () => {
    const context = createContext(knowledge, paragraphs, 1)
    const numbers = articleNumbers(context)
    let linkedPairs = 0
    for (const item of items) {
      const linked = linkedHolders(item)
      linkedPairs += linked.size
      for (const swap of falseVariants(context, item, numbers).filter((s) => s.kind === 'holder')) {
        for (const id of linked) expect(names(swap.to, id), `${item.id}: ${swap.statement}`).toBe(false)
      }
    }
    expect(linkedPairs).toBeGreaterThan(5)
  })

  it('never offers as holder of the author’s view someone it is about or whose own statement is linked to it', () => {
    for (const b of banks) {
      for (const q of ofType('whose_position', b)) {
        const position = itemOf(q.factIds[0] as string)
        if (position.holder !== AUTHOR_ID) continue
        const about = (position.about ?? []).map((id) => entitiesById.get(id))
        const linked = linkedHolders(position)
        for (const choice of q.choices.filter((c) => c.id !== q.answer)) {
          expect(linked.has(choice.id), `${q.id}: ${choice.id}`).toBe(false)
          const close = about.some((a) => a && (a.id === choice.id || a.overlapsWith?.includes(choice.id) || entitiesById.get(choice.id)?.overlapsWith?.includes(a.id)))
          expect(close, `${q.id}: ${choice.id}`).toBe(false)
        }
      }
    }
  })
})

describe('attribution', () => {
  it('never presents a quoted name or term as someone’s words', () => {
    // A term in quotation marks with no fair who-said (“socialism in one country”, “Zanzegur corridor”).
    const nobodys = new Set(knowledge.quotes.filter((q) => q.kind === 'term' && !q.suitableForWhoSaid).map((q) => q.id))
    expect(nobodys.size).toBeGreaterThan(0)
    for (const b of banks) {
      for (const q of ofType('matching', b).filter((q) => q.id.includes(':quote-speakers:'))) {
        for (const left of q.left) expect(nobodys.has(left.id), `${q.id}: ${left.id}`).toBe(false)
      }
      for (const q of ofType('multi_select', b).filter((q) => q.id.includes(':said-by:'))) {
        for (const choice of q.choices) expect(nobodys.has(choice.id), `${q.id}: ${choice.id}`).toBe(false)
      }
    }
    for (const q of ofType('cloze')) {
      const item = itemOf(q.factIds[0] as string)
      if (nobodys.has(item.id)) expect(q.prompt, q.id).not.toMatch(/which quotes/)
    }
  })

  it('names whose words a gap-fill sentence gives when the sentence does not', () => {
    let checked = 0
    for (const q of ofType('cloze')) {
      const held = q.factIds.map(itemOf).filter((i) => i.holder && i.holder !== AUTHOR_ID && i.certainty !== 'reported_fact')
      if (held.length === 0 || held.length !== q.factIds.length) continue
      const sentence = `${q.before}${q.after}`
      if (held.some((i) => names(sentence, i.holder as string))) continue
      checked += 1
      expect(held.some((i) => names(q.prompt, i.holder as string)), q.id).toBe(true)
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('asks for a figure someone gives as their figure, not the article’s', () => {
    let checked = 0
    for (const q of ofType('numeric')) {
      const fact = itemOf(q.factIds[0] as string)
      if (!fact.holder) continue
      checked += 1
      const holder = entitiesById.get(fact.holder)
      // Named in the gap's sentence, or in the prompt: “in the words of …, as the article quotes them”.
      expect(q.prompt, q.id).toContain(holder?.name.replace(/^The /, '') ?? '')
    }
    expect(checked).toBeGreaterThanOrEqual(2)
  })

  it('gives a role that rests only on someone’s own account as what they said', () => {
    const context = createContext(knowledge, paragraphs, 1)
    let checked = 0
    for (const entry of roleEntries(context, 'person')) {
      if (!entry.items.every((i) => i.certainty === 'claim' && i.holder === entry.entity.id)) continue
      checked += 1
      expect(entry.role, entry.entity.id).toMatch(/\b(said|says|told)\b/)
    }
    // The article gives Narine Shakaryan no title; what she said is asked elsewhere, not as a role.
    expect(checked).toBe(0)
    expect(entitiesById.get('person.narine-shakaryan')?.role).toBeUndefined()
  })

  it('asks whom the article attributes a quoted term to, and shows its passage with paired quotation marks', () => {
    for (const q of ofType('who_said')) {
      const quote = itemOf(q.factIds[0] as string) as Quote
      if (quote.kind !== 'term') continue
      expect(q.prompt, q.id).not.toMatch(/used the words/)
      const passage = q.prompt.split('The passage: ')[1] ?? ''
      expect(passage.split('“').length, q.id).toBe(passage.split('”').length)
    }
  })

  it('matches places only with events there, never with a fact that only says where something is', () => {
    const whereOnly = new Set(knowledge.facts.filter((f) => f.kind === 'place').map((f) => f.id))
    expect(whereOnly.has('fact.csis-washington')).toBe(true)
    for (const b of banks) {
      const placeEvents = ofType('matching', b).filter((q) => q.id.includes(':place-events:'))
      expect(placeEvents.length).toBeGreaterThan(0)
      for (const q of placeEvents) {
        for (const right of q.right) expect(whereOnly.has(right.id), `${q.id}: ${right.id}`).toBe(false)
        // Each pair's own item is an event (the factIds also list items inside a pair's words).
        for (const right of q.right) expect(itemOf(right.id).kind, `${q.id}: ${right.id}`).toBe('event')
      }
    }
  })

  it('does not say a place-matching pair “happened” when it is a claim or an unconfirmed report', () => {
    for (const q of ofType('matching').filter((q) => q.id.includes(':place-events:'))) {
      if (q.factIds.map(itemOf).some((i) => i.certainty !== 'reported_fact')) expect(q.prompt, q.id).not.toMatch(/happened/)
    }
  })
})

describe('hedges and wording', () => {
  it('shows every gap sentence with its quotation marks paired, still verbatim from the article', () => {
    const balanced = (text: string) => text.split('“').length === text.split('”').length
    const paragraph21 = [
      'cloze:fact.invasion-2022:full-scale-invasion',
      'numeric:fact.invasion-2022',
    ]
    // One gap of the sentence is asked (bank.ts: oneGapPerSentence), and it shows its quotation marks paired.
    expect(bank.filter((q) => paragraph21.includes(q.id))).toHaveLength(1)
    for (const q of ofType('cloze')) {
      expect(balanced(`${q.before}___${q.after}`), `${q.id}: ${q.before}___${q.after}`).toBe(true)
      expect(article, q.id).toContain(`${q.before}${q.answer.accepted[0]}${q.after}`)
    }
    for (const q of ofType('numeric')) expect(balanced(q.prompt), `${q.id}: ${q.prompt}`).toBe(true)
  })
  it('says each thing once in an explanation, and gives the article’s other figures beside a vague share', () => {
    for (const q of bank) {
      const said = q.explanation.match(/[^.!?]*(no exact number|no number)[^.!?]*/gi) ?? []
      expect(said.length, `${q.id}: ${q.explanation}`).toBeLessThanOrEqual(1)
    }
    const share = bank.find((q) => q.id === 'single_choice:wording:fact.considerable-portion-refugees')
    expect(share?.explanation).toContain('“at least 28,000”')
    expect(share?.explanation).toContain('“tens of thousands”')
  })
  it('gives people the titles the article gives them, without second-guessing its words', () => {
    const pashinyan = entitiesById.get('person.nikol-pashinyan')
    expect(pashinyan?.role).toBe('Armenia’s President')
    expect(pashinyan?.roleEvidence?.[0]?.text).toContain('Armenia, under pro-NATO President Nikol Pashinyan')
    for (const entity of knowledge.entities) expect(entity.role ?? '', entity.id).not.toMatch(/the article calls|so-called/i)
  })
  // Hedges inside quotations that the app's own words must keep when they give the claim.
  const HEDGES: [claim: RegExp, hedge: RegExp][] = [[/peacekeepers have failed in their mission/i, /as far as these issues exist/i]]

  it('keeps a speaker’s hedge wherever it gives the hedged claim', () => {
    let checked = 0
    for (const q of bank) {
      for (const text of [shownText(q), q.explanation]) {
        for (const [claim, hedge] of HEDGES) {
          if (!claim.test(text)) continue
          checked += 1
          expect(text, q.id).toMatch(hedge)
        }
      }
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('takes a statement from someone’s quotation whole: never without their leading “I do think that” or “as far as …,”', () => {
    let checked = 0
    for (const item of items) {
      if (!('quotes' in item) || !item.statement || item.certainty === 'author_position') continue
      const statement = item.statement.replace(/\.$/, '').toLowerCase()
      for (const quote of (item.quotes ?? []).map((id) => itemOf(id) as Quote)) {
        const at = quote.text.toLowerCase().indexOf(statement)
        if (quote.kind !== 'speech' || at === -1) continue
        checked += 1
        // What the speaker says before it in the same sentence: nothing, or a clause it is joined to by “and”.
        const lead = quote.text.slice(0, at).split(/[.!?…]\s+/).at(-1) ?? ''
        expect(lead === '' || / and $/.test(lead), `${item.id}: “${lead}”`).toBe(true)
      }
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('sums up the author’s views in the author’s own vocabulary', () => {
    const ATTRIBUTION = new Set(['argues', 'stresses', 'describes', 'attributes', 'according'])
    const entityWords = knowledge.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).join(' ').toLowerCase()
    for (const item of items.filter((i) => i.certainty === 'author_position')) {
      const context = [...new Set(item.evidence.map((span) => paragraphs[span.paragraph - 1] ?? ''))].join(' ').toLowerCase()
      const words = item.summary.replace(/“[^”]*”/g, '').toLowerCase().match(/[\p{L}’-]{7,}/gu) ?? []
      for (const word of words) {
        if (ATTRIBUTION.has(word) || entityWords.includes(word.replace(/’s$/, ''))) continue
        const known = word.split('-').every((part) => context.includes(part.slice(0, 6)))
        expect(known, `${item.id}: “${word}” is not the author’s word`).toBe(true)
      }
    }
  })

  it('never nests quotation marks of the same kind', () => {
    for (const q of bank) {
      for (const text of [shownText(q), q.explanation]) expect(text, q.id).not.toMatch(/“[^”]*“/)
    }
  })

  it('quotes the article in true/false explanations from a sentence start (or “…”), never from “she said.”', () => {
    for (const q of ofType('true_false')) {
      const words = q.explanation.split('The article’s words: ')[1] ?? ''
      expect(words, q.id).toMatch(/^“(‘|…|\p{Lu}|\d)/u)
      expect(words, q.id).not.toMatch(/[,;:]”$/)
    }
  })

  it('labels an event timed only by “until …” by its end, so it cannot be read as spanning the others', () => {
    let checked = 0
    for (const q of ofType('ordering')) {
      for (const entry of q.items) {
        const fact = itemOf(entry.id)
        if (fact.kind !== 'event' || !fact.event.time?.phrases.every((p) => /^until\b/.test(p.text))) continue
        checked += 1
        expect(entry.text, q.id).not.toMatch(/\blasted\b/)
        expect(entry.text, q.id).toMatch(/\bended\b/)
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})
