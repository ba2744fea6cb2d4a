import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import rawKnowledge from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { bundledPack } from '../../src/content/bundledArticle'
import { AUTHOR_ID, isBefore, type EventFact, type Quote } from '../../src/content/schema'
import { validateKnowledge } from '../../src/content/validate'

const { knowledge, entitiesById, itemsById, paragraphs } = bundledPack
const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]

/** Every object in the raw JSON shaped like an evidence span, with its path. */
function allSpans(node: unknown, path = ''): { path: string; span: { paragraph: number; start: number; end: number; text: string } }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => allSpans(child, `${path}[${i}]`))
  if (node === null || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  if (['paragraph', 'start', 'end', 'text'].every((key) => key in record)) {
    return [{ path, span: record as { paragraph: number; start: number; end: number; text: string } }]
  }
  return Object.entries(record).flatMap(([key, child]) => allSpans(child, `${path}.${key}`))
}

function quoteStartingWith(prefix: string): Quote {
  const found = knowledge.quotes.filter((q) => q.text.startsWith(prefix))
  expect(found, `one quote starting “${prefix}”`).toHaveLength(1)
  return found[0] as Quote
}

function event(id: string): EventFact {
  const fact = knowledge.facts.find((f) => f.id === id)
  if (fact?.kind !== 'event' || !fact.event.time) throw new Error(`${id} is not a timed event`)
  return fact
}

describe('the shipped knowledge base', () => {
  it('validates against the bundled article', () => {
    const result = validateKnowledge(rawKnowledge, paragraphs)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(knowledge.articleId).toBe(bundledPack.id)
  })

  it('is shipped as exactly what the validator accepts (the app skips validating it again)', () => {
    const result = validateKnowledge(rawKnowledge, paragraphs)
    expect(result.ok && result.knowledge).toEqual(knowledge)
  })

  it('annotates all 22 paragraphs', () => {
    expect(paragraphs).toHaveLength(22)
    expect(knowledge.paragraphCount).toBe(22)
    const annotated = new Set(items.flatMap((item) => item.evidence.map((span) => span.paragraph)))
    expect([...annotated].sort((a, b) => a - b)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1))
  })

  it('points every evidence span at verbatim article text (re-checked without the validator)', () => {
    const spans = allSpans(rawKnowledge)
    expect(spans.length).toBeGreaterThan(150)
    const wrong = spans.filter(({ span }) => paragraphs[span.paragraph - 1]?.slice(span.start, span.end) !== span.text)
    expect(wrong.map(({ path }) => path)).toEqual([])
  })

  it('annotates every “…” span in the article as a quote or term', () => {
    const missing: string[] = []
    let count = 0
    paragraphs.forEach((text, i) => {
      for (const match of text.matchAll(/“([^”]*)”/g)) {
        count++
        const covered = knowledge.quotes.some(
          (q) => q.evidence[0]?.paragraph === i + 1 && q.evidence[0].start === match.index + 1 && match[1]?.startsWith(q.text),
        )
        if (!covered) missing.push(`paragraph ${i + 1}: “${match[1]}”`)
      }
    })
    expect(missing).toEqual([])
    expect(count).toBe(23)
    expect(knowledge.quotes).toHaveLength(count)
  })

  it('has an entity for every person the article names', () => {
    const people = [
      'Petya Grigoryan',
      'Nairy',
      'Narine Shakaryan',
      'Ivan Kovgan',
      'Nikol Pashinyan',
      'Samantha Power',
      'Ilham Aliyev',
      'Recep Tayyip Erdogan',
      'Matthew Miller',
      'Anatoly Antonov',
    ]
    const personNames = knowledge.entities.filter((e) => e.kind === 'person').map((e) => e.name)
    expect(personNames.sort()).toEqual([...people].sort())
    for (const name of people) expect(paragraphs.some((p) => p.includes(name)), name).toBe(true)
  })

  it('records roles in the article’s own terms', () => {
    const role = (id: string) => entitiesById.get(id)?.role
    expect(role('person.samantha-power')).toBe('USAID chief')
    expect(role('person.ilham-aliyev')).toBe('Azeri President')
    expect(role('person.recep-tayyip-erdogan')).toBe('Turkish President')
    // Short titles that give away no gender (“spokesman” would): a choice never names a sex.
    expect(role('person.matthew-miller')).toBe('US State Department spokesperson')
    expect(role('person.anatoly-antonov')).toBe('Russian Ambassador to the US')
    expect(role('person.ivan-kovgan')).toBe('Russian North Fleet officer')
    expect(role('person.petya-grigoryan')).toBe('driver')
    expect(role('person.nairy')).toBe('builder')
    // The article gives Narine Shakaryan no role: none is made up for her.
    expect(role('person.narine-shakaryan')).toBeUndefined()
    expect(entitiesById.get('place.stepanakert')?.aliases).toContain('Khankendi')
    // “pro-NATO” is the author's label, kept apart from the neutral role.
    const pashinyan = entitiesById.get('person.nikol-pashinyan')
    expect(pashinyan?.role).not.toMatch(/NATO/)
    expect(pashinyan?.labels).toEqual([expect.objectContaining({ by: AUTHOR_ID, evidence: expect.objectContaining({ text: 'pro-NATO' }) })])
  })
})

describe('the sort of each entity', () => {
  it('gives every entity a category, so a wrong answer is of the same sort as the right one', () => {
    expect(knowledge.entities.filter((e) => e.category === undefined).map((e) => e.id)).toEqual([])
    const category = (id: string) => entitiesById.get(id)?.category
    // The Soviet Union is a state, not a territory beside Nagorno-Karabakh; the corridor is a plan.
    expect(category('place.soviet-union')).toBe('country')
    expect(category('place.nagorno-karabakh')).toBe('territory')
    expect(category('place.zanzegur-corridor')).toBe('plan')
    // A naval officer killed in the fighting is not offered among heads of state.
    expect(category('person.ivan-kovgan')).toBe('military')
    expect(category('person.ilham-aliyev')).toBe('official')
  })
})

describe('what the article reports, and how sure it is', () => {
  it('keeps the hedges on numbers', () => {
    const quantity = (id: string) => {
      const fact = itemsById.get(id)
      if (fact?.kind !== 'quantity') throw new Error(`${id} is not a quantity`)
      return fact.quantity
    }
    expect(quantity('fact.fled-28000')).toMatchObject({ display: '28,000', value: 28000, precision: 'at_least', hedge: 'At least' })
    expect(quantity('fact.blast-killed-68')).toMatchObject({ display: '68', precision: 'at_least', hedge: 'At least' })
    expect(quantity('fact.blast-injured-290')).toMatchObject({ display: '290', precision: 'at_least' })
    expect(quantity('fact.population-120000')).toMatchObject({ display: '120,000', precision: 'as_stated' })
    expect(quantity('fact.tens-of-thousands-fleeing')).toMatchObject({ precision: 'vague', hedge: 'Tens of thousands' })
    expect(quantity('fact.tens-of-thousands-fleeing').value).toBeUndefined()
    expect(quantity('fact.considerable-portion-refugees').value).toBeUndefined()
    expect(quantity('fact.drive-77-km')).toMatchObject({ display: '77-kilometer (48-mile)', value: 77, alternative: { value: 48 } })
    expect(quantity('fact.drive-24-hours')).toMatchObject({ display: '24 hours', value: 24 })
  })

  it('never gives a hedged or vague quantity an unhedged summary', () => {
    for (const fact of knowledge.facts) {
      if (fact.kind !== 'quantity') continue
      if (fact.quantity.precision === 'at_least') expect(fact.summary, fact.id).toMatch(/at least/i)
      if (fact.quantity.precision === 'vague') expect(fact.summary.toLowerCase(), fact.id).toContain(fact.quantity.hedge?.toLowerCase())
    }
  })

  it('keeps the source on what Russian military sources say', () => {
    expect(itemsById.get('fact.five-killed')).toMatchObject({
      certainty: 'claim',
      holder: 'group.russian-military-sources',
      quantity: { display: 'five men', value: 5 },
    })
  })

  it('files the bombarding of villages as an unconfirmed report, and the denial under Azeri officials', () => {
    expect(itemsById.get('fact.unconfirmed-bombarding-villages')?.certainty).toBe('unconfirmed_report')
    expect(itemsById.get('fact.unconfirmed-control-capital')?.certainty).toBe('unconfirmed_report')
    const denials = items.filter((item) => item.certainty === 'denial')
    expect(denials.map((d) => d.holder)).toEqual(['group.azeri-officials'])
    expect(denials[0]?.evidence[0]?.text).toBe('Azeri officials have denied that they are attacking civilian areas')
  })

  it('gives every author_position to the author and nothing else', () => {
    const authorItems = items.filter((item) => item.holder === AUTHOR_ID)
    expect(authorItems.length).toBeGreaterThanOrEqual(15)
    for (const item of items) {
      expect(item.certainty === 'author_position', item.id).toBe(item.holder === AUTHOR_ID)
      if (item.certainty === 'author_position') expect(item.summary, item.id).toMatch(/^The author /)
    }
  })

  it('files the author’s loaded words as the author’s, never in a neutral summary', () => {
    const loaded = /cynical|fratricidal|disastrous|imperialis|Stalinist|Trotskyist|pro-NATO|poisoned|debacle/i
    for (const item of items) {
      if (item.certainty === 'author_position' || /the author/i.test(item.summary)) continue
      const outsideQuotes = item.summary.replace(/“[^”]*”/g, '')
      expect(outsideQuotes, item.id).not.toMatch(loaded)
    }
    const evaluative = ['cynical rhetoric', 'cynically', 'fratricidal war', 'disastrous consequence', 'pro-NATO']
    for (const phrase of evaluative) {
      const holders = items.filter((item) => item.evidence.some((span) => span.text.includes(phrase)) && item.kind !== 'term')
      expect(holders.some((item) => item.certainty === 'author_position'), phrase).toBe(true)
    }
  })

  it('starts every reported fact’s summary with “According to the article”', () => {
    for (const item of items.filter((i) => i.certainty === 'reported_fact')) {
      expect(item.summary, item.id).toMatch(/^According to the article, /)
    }
  })

  it('covers the positions of every actor the brief names', () => {
    const heldBy = (holder: string) => knowledge.positions.filter((p) => p.holder === holder).map((p) => p.id)
    expect(heldBy('person.nikol-pashinyan')).toContain('pos.pashinyan.peacekeepers-failed')
    expect(heldBy('person.samantha-power')).toEqual(expect.arrayContaining(['pos.power.appeal-to-aliyev', 'pos.power.monitoring-mission']))
    expect(heldBy('person.matthew-miller')).toEqual(expect.arrayContaining(['pos.miller.russia-not-reliable', 'pos.miller.international-mission']))
    expect(heldBy('person.recep-tayyip-erdogan')).toEqual(expect.arrayContaining(['pos.erdogan.pride-in-operation', 'pos.erdogan.open-corridor']))
    expect(heldBy('person.ilham-aliyev')).toEqual(['pos.aliyev.anti-terrorist-operation'])
    // The article names no source for the “iron fist” boast: it is the author's claim about the regime.
    expect(heldBy('group.aliyev-regime')).toEqual([])
    expect(heldBy('author')).toContain('pos.author.aliyev-regime-boasts')
    expect(heldBy('group.azeri-officials')).toHaveLength(3)
    expect(heldBy('person.anatoly-antonov')).toEqual(['pos.antonov.accuses-miller'])
    expect(heldBy('org.csis').length).toBeGreaterThanOrEqual(3)
    expect(heldBy('place.armenia')).toEqual(['pos.armenia.opposes-corridor'])
  })
})

describe('who said what', () => {
  it.each([
    ['There was nowhere to bury them', 'person.petya-grigoryan'],
    ['truckloads', 'person.petya-grigoryan'],
    ['The Russian peacekeepers went hungry', 'person.nairy'],
    ['We left so we would stay alive', 'person.narine-shakaryan'],
    ['All of this … was supposed to be', 'person.nikol-pashinyan'],
    ['maintain the ceasefire', 'person.samantha-power'],
    ['I do think that Russia has shown', 'person.matthew-miller'],
    ['inflict strategic damage on Russia', 'person.anatoly-antonov'],
    ['push us out of the region', 'person.anatoly-antonov'],
    ['anti-terrorist operation', 'person.ilham-aliyev'],
    ['It’s a matter of pride', 'person.recep-tayyip-erdogan'],
    ['We will do our best to open this corridor', 'person.recep-tayyip-erdogan'],
    ['Russia’s full-scale invasion of Ukraine in 2022', 'org.csis'],
  ])('“%s” is attributed to %s', (prefix, speaker) => {
    const quote = quoteStartingWith(prefix)
    expect(quote.speaker).toBe(speaker)
    expect(quote.holder).toBe(speaker)
    expect(quote.certainty).toBe('attributed_quote')
  })

  it('quotes no one for “iron fist”: the article names no source for the boast', () => {
    const quote = quoteStartingWith('iron fist')
    expect(quote.speaker).toBeUndefined()
    expect(quote.holder).toBeUndefined()
    expect(quote.suitableForWhoSaid).toBe(false)
  })

  it('marks labels and scare quotes as terms, and full speech as speech', () => {
    const terms = knowledge.quotes.filter((q) => q.kind === 'term').map((q) => q.text)
    expect(terms.sort()).toEqual(
      [
        'Zanzegur corridor',
        'anti-terrorist operation',
        'international mission',
        'international monitoring mission',
        'iron fist',
        'socialism in one country',
        'truckloads',
      ].sort(),
    )
    expect(quoteStartingWith('I do think').kind).toBe('speech')
  })

  it('records “told Reuters” as the addressee', () => {
    expect(quoteStartingWith('truckloads').addressee).toBe('org.reuters')
    expect(quoteStartingWith('The kids were injured').addressee).toBe('org.reuters')
  })

  it('sources each witness one way: all of Nairy’s and Grigoryan’s words are what they told Reuters', () => {
    for (const speaker of ['person.nairy', 'person.petya-grigoryan']) {
      const quotes = knowledge.quotes.filter((q) => q.speaker === speaker)
      expect(quotes.map((q) => q.addressee)).toEqual(quotes.map(() => 'org.reuters'))
      const kinds = items.filter((i) => i.holder === speaker && i.attributedAs).map((i) => i.attributedAs?.as)
      expect(new Set(kinds)).toEqual(new Set(['witness_reuters']))
    }
    expect(itemsById.get('pos.nairy.grateful-to-peacekeepers')?.attributedAs?.cue?.text).toBe('he told Reuters')
  })

  it('gives what is only inside someone’s quoted words the quotation’s certainty, not “unconfirmed”', () => {
    expect(itemsById.get('fact.invasion-2022')?.certainty).toBe('attributed_quote')
    expect(itemsById.get('fact.nairy-peacekeepers-evacuated')?.certainty).toBe('attributed_quote')
  })

  it('files “an appeal to the conscience” as the author’s description, apart from Power’s own quoted call', () => {
    const label = itemsById.get('pos.author.power-appeal-to-conscience')
    expect(label).toMatchObject({ certainty: 'author_position', holder: AUTHOR_ID })
    expect(label?.evidence.map((e) => e.text)).toEqual(['she issued an appeal to the conscience of Azeri President Ilham Aliyev.'])
    const call = itemsById.get('pos.power.appeal-to-aliyev')
    expect(call?.evidence.map((e) => e.text).join(' ')).not.toMatch(/conscience/)
    expect(call?.summary).not.toMatch(/conscience/)
  })

  it('offers only wrong, non-overlapping speakers as distractors', () => {
    for (const quote of knowledge.quotes.filter((q) => q.suitableForWhoSaid)) {
      const speaker = entitiesById.get(quote.speaker ?? '')
      expect(speaker, quote.id).toBeDefined()
      expect(quote.confusableWith?.length, quote.id).toBeGreaterThanOrEqual(2)
      for (const other of quote.confusableWith ?? []) {
        expect(other, quote.id).not.toBe(quote.speaker)
        expect(speaker?.overlapsWith ?? [], quote.id).not.toContain(other)
        // No distractor may itself have said the same words.
        const saidByOther = knowledge.quotes.some((q) => q.speaker === other && q.text === quote.text)
        expect(saidByOther, `${quote.id} / ${other}`).toBe(false)
      }
    }
  })

  it('keeps the article’s spellings and lists others only as extra answers', () => {
    const zanzegur = quoteStartingWith('Zanzegur')
    expect(zanzegur.keyTerms?.[0]).toEqual({ text: 'Zanzegur', kind: 'name', alsoAccept: ['Zangezur'] })
    expect(entitiesById.get('org.russian-north-fleet')?.name).toBe('Russian North Fleet')
    expect(itemsById.get('pos.author.socialist-movement')?.evidence[0]?.text).toContain('imperialisn')
  })
})

describe('the order of events', () => {
  const before = (a: string, b: string) => isBefore(event(a).event.time!, event(b).event.time!)
  const unordered = (a: string, b: string) => !before(a, b) && !before(b, a)

  it('orders what the article dates', () => {
    const chain = [
      'fact.first-war-began-1988',
      'fact.soviet-dissolution-1991',
      'fact.first-war-ended-1994',
      'fact.war-2020',
      'fact.invasion-2022',
      'fact.attack-last-week',
      'fact.fuel-depot-explosion',
      'fact.power-in-yerevan',
    ]
    for (let i = 1; i < chain.length; i++) expect(before(chain[i - 1] as string, chain[i] as string), chain[i]).toBe(true)
    expect(before('fact.blockade-since-june', 'fact.attack-september-20')).toBe(true)
    expect(before('fact.zanzegur-raised', 'fact.attack-september-20')).toBe(true)
  })

  it('never orders what the article leaves open', () => {
    expect(unordered('fact.fuel-depot-explosion', 'fact.erdogan-aliyev-meeting')).toBe(true)
    expect(unordered('fact.erdogan-aliyev-meeting', 'fact.miller-remarks-monday')).toBe(true)
    expect(unordered('fact.attack-september-20', 'fact.attack-last-week')).toBe(true)
    expect(unordered('fact.blockade-since-june', 'fact.zanzegur-raised')).toBe(true)
    expect(unordered('fact.blockade-since-june', 'fact.invasion-2022')).toBe(true)
    expect(unordered('fact.peacekeepers-stationed-after-2020', 'fact.invasion-2022')).toBe(true)
  })

  it('quotes the article’s own time words', () => {
    const words = knowledge.facts.flatMap((f) => (f.kind === 'event' ? (f.event.time?.phrases.map((s) => s.text) ?? []) : []))
    expect(words).toEqual(
      expect.arrayContaining(['Since June', 'Last week', 'On Monday', 'on Monday', 'On Tuesday', 'September 20', 'in 1991', 'in 2022']),
    )
    const text = readFileSync(new URL('../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json', import.meta.url), 'utf8')
    // No calendar dates beyond the article's own.
    expect(text).not.toMatch(/\b(January|February|March|April|May|July|August|October|November|December)\b/)
    expect(text.match(/\b20\d\d\b/g)?.every((year) => ['2020', '2022', '2023'].includes(year))).toBe(true)
  })
})
