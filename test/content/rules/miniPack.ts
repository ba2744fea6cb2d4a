// A small hand-made article and knowledge base that passes every content rule: each rule's test
// breaks one thing in a fresh copy. Spans are found by their text, so the offsets cannot drift.
import type { CheckedPack, ContentRule, Problem } from '../../../src/content/rules'
import type { EvidenceSpan, Fact, KnowledgeBase } from '../../../src/content/schema'

export const MINI_PARAGRAPHS = [
  'Reuters reported that at least 300 people fled Stepanakert on Monday, as the convoy left in September 2023.',
  '“We will go back,” said Anna Petrosyan, a teacher. She called it a “hunger siege”.',
  'Peace will come soon, but officials in Baku denied any attack.',
]

/** The span of `text` in paragraph `paragraph` (1-based), at its first occurrence. */
export function span(paragraph: number, text: string, paragraphs: readonly string[] = MINI_PARAGRAPHS): EvidenceSpan {
  const start = paragraphs[paragraph - 1]?.indexOf(text) ?? -1
  if (start === -1) throw new Error(`“${text}” is not in paragraph ${paragraph}`)
  return { paragraph, start, end: start + text.length, text }
}

/** The mini article's knowledge base (a fresh copy). */
export function miniKnowledge(): KnowledgeBase {
  return {
    schemaVersion: 1,
    articleId: 'mini',
    paragraphCount: 3,
    capitalizedNonNames: ['Monday', 'September', 'We', 'She', 'Peace'],
    topics: [
      { id: 'exodus', label: 'The exodus', description: 'People leaving.' },
      { id: 'views', label: 'Views', description: 'Who thinks what.' },
    ],
    entities: [
      { id: 'author', kind: 'group', category: 'author', name: 'The author', paragraphs: [3] },
      { id: 'org.reuters', kind: 'organisation', category: 'media', name: 'Reuters', paragraphs: [1] },
      { id: 'place.stepanakert', kind: 'place', category: 'town', name: 'Stepanakert', paragraphs: [1] },
      { id: 'place.baku', kind: 'place', category: 'town', name: 'Baku', paragraphs: [3] },
      {
        id: 'person.anna-petrosyan',
        kind: 'person',
        category: 'witness',
        name: 'Anna Petrosyan',
        mentions: ['Petrosyan'],
        role: 'a teacher',
        roleEvidence: [span(2, 'Anna Petrosyan, a teacher')],
        overlapsWith: ['group.residents'],
        paragraphs: [2],
      },
      {
        id: 'group.residents',
        kind: 'group',
        category: 'witness',
        name: 'residents of Stepanakert',
        mentions: ['people'],
        overlapsWith: ['person.anna-petrosyan'],
        paragraphs: [1],
        topics: ['exodus'],
      },
      { id: 'group.baku-officials', kind: 'group', category: 'official', name: 'Azerbaijani officials', mentions: ['officials'], paragraphs: [3] },
    ],
    facts: [
      {
        id: 'fact.fled-300',
        kind: 'quantity',
        certainty: 'reported_fact',
        source: 'org.reuters',
        summary: 'According to the article, Reuters reported that at least 300 people fled Stepanakert.',
        restated: 'According to the article, Reuters says no fewer than 300 residents left the town.',
        statement: 'at least 300 people fled Stepanakert',
        topics: ['exodus'],
        paragraph: 1,
        evidence: [span(1, 'at least 300 people fled Stepanakert')],
        keyTerms: [{ text: 'fled', kind: 'claim' }],
        about: ['group.residents'],
        quantity: { subject: 'people who fled', display: '300', value: 300, precision: 'at_least', hedge: 'at least' },
      },
      {
        id: 'fact.fled-monday',
        kind: 'event',
        certainty: 'reported_fact',
        summary: 'According to the article, people fled Stepanakert on Monday.',
        topics: ['exodus'],
        paragraph: 1,
        evidence: [span(1, 'people fled Stepanakert on Monday')],
        event: {
          actors: ['group.residents'],
          place: 'place.stepanakert',
          time: { phrases: [span(1, 'on Monday')], order: { earliest: 1, latest: 1 }, sameTimeAs: ['fact.convoy-left'] },
        },
        related: ['fact.fled-300'],
      },
      {
        id: 'fact.convoy-left',
        kind: 'event',
        certainty: 'reported_fact',
        summary: 'According to the article, the convoy left in September 2023.',
        topics: ['exodus'],
        paragraph: 1,
        evidence: [span(1, 'the convoy left in September 2023')],
        event: {
          time: { phrases: [span(1, 'in September 2023')], year: 2023, order: { earliest: 1, latest: 1 }, sameTimeAs: ['fact.fled-monday'] },
        },
      },
    ],
    quotes: [
      {
        id: 'quote.petrosyan-go-back',
        kind: 'speech',
        certainty: 'attributed_quote',
        holder: 'person.anna-petrosyan',
        speaker: 'person.anna-petrosyan',
        text: 'We will go back',
        summary: 'Anna Petrosyan said they will go back.',
        topics: ['exodus'],
        paragraph: 2,
        evidence: [span(2, 'We will go back')],
        attribution: [span(2, 'said Anna Petrosyan')],
        keyTerms: [{ text: 'back', kind: 'claim' }],
        confusableWith: ['author', 'group.baku-officials', 'org.reuters'],
        suitableForWhoSaid: true,
      },
      {
        id: 'quote.term-hunger-siege',
        kind: 'term',
        certainty: 'attributed_quote',
        holder: 'person.anna-petrosyan',
        speaker: 'person.anna-petrosyan',
        text: 'hunger siege',
        summary: 'Anna Petrosyan called it a hunger siege.',
        topics: ['views'],
        paragraph: 2,
        evidence: [span(2, 'hunger siege')],
        attribution: [span(2, 'She called it')],
        suitableForWhoSaid: false,
      },
    ],
    positions: [
      {
        id: 'pos.anna-petrosyan.return',
        kind: 'pledge',
        certainty: 'actor_position',
        holder: 'person.anna-petrosyan',
        summary: 'Anna Petrosyan says they will go back.',
        topics: ['exodus'],
        paragraph: 2,
        evidence: [span(2, 'We will go back')],
        quotes: ['quote.petrosyan-go-back'],
      },
      {
        id: 'pos.author.peace-will-come',
        kind: 'view',
        certainty: 'author_position',
        holder: 'author',
        summary: 'The author argues that peace will come soon.',
        statement: 'Peace will come soon.',
        topics: ['views'],
        paragraph: 3,
        evidence: [span(3, 'Peace will come soon')],
      },
      {
        id: 'pos.baku-officials.deny-attack',
        kind: 'denial',
        certainty: 'denial',
        holder: 'group.baku-officials',
        summary: 'Azerbaijani officials denied any attack.',
        topics: ['views'],
        paragraph: 3,
        evidence: [span(3, 'officials in Baku denied any attack')],
        about: ['place.baku'],
        related: ['pos.author.peace-will-come'],
      },
    ],
  }
}

/** A fresh pack that passes every rule, to break on purpose. */
export function miniPack(): CheckedPack & { knowledge: KnowledgeBase; paragraphs: string[] } {
  return { paragraphs: [...MINI_PARAGRAPHS], knowledge: miniKnowledge() }
}

type Pack = ReturnType<typeof miniPack>

/** What `rule` reports on a fresh mini pack after `change`. */
export function problemsAfter(rule: ContentRule, change: (pack: Pack) => void): Problem[] {
  const pack = miniPack()
  change(pack)
  return rule.check(pack)
}

/** The problems `rule` would report, one per message. */
export const reported = (rule: ContentRule, ...messages: string[]): Problem[] => messages.map((message) => ({ rule: rule.id, message }))

/** A fact of the mini pack, narrowed to its kind. */
export function factOfKind<K extends Fact['kind']>(kb: KnowledgeBase, id: string, kind: K): Extract<Fact, { kind: K }> {
  const fact = kb.facts.find((f) => f.id === id)
  if (fact?.kind !== kind) throw new Error(`${id} is not a ${kind} fact`)
  return fact as Extract<Fact, { kind: K }>
}
