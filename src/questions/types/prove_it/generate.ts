// prove_it: "Which words of paragraph 4 show that …?" The learner selects them in the paragraph. Each
// question rests on words the knowledge base ties to a reading: the hedge of a number ("At least"),
// what marks a report as unconfirmed, a denial or a passed-on account ("unconfirmed reports", "have
// denied", "told Reuters"), who speaks a quotation ("Grigoryan said"); a paragraph with none of these
// gets one on an item it states, so every paragraph has at least one.
import type { Entity, EvidenceSpan, KnowledgeItem, QuantityFact, Quote } from '../../../content/schema'
import { sentencesIn, type GeneratorContext } from '../../generators/context'
import { nameSpans, type Span } from '../../generators/entities'
import { grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { quoted, sentenceAround, shortRef } from '../../generators/text'
import { spanOfRange, wordsOf, type WordSpan } from '../shared/words'
import { echoes, looseWords, sharedWordCount } from '../../../content/rules/text'
import type { ProveItQuestion } from './model'

type Purpose = 'unconfirmed' | 'denial' | 'claim' | 'minimum' | 'vague' | 'speaker' | 'states'

// The words that mark how the article presents an account, searched inside the item's own evidence.
const CUES: Partial<Record<KnowledgeItem['certainty'], { purpose: Purpose; cue: RegExp }>> = {
  unconfirmed_report: { purpose: 'unconfirmed', cue: /\bunconfirmed reports?\b|\bunconfirmed\b|\breportedly\b|\ballegedly\b/i },
  denial: { purpose: 'denial', cue: /\b(?:have |has )?(?:denied|denies|deny)\b/i },
  claim: { purpose: 'claim', cue: /\baccording to [^,.;]+|\btold (?:Reuters|international media)\b|\bclaimed\b|\b(?:have |has )?stated\b|\bsaid\b|\btold\b/i },
}

// The prompt never holds the words it asks for: an account's summary would ("told Reuters"), so an
// account is told apart by what it says, in the article's words ("the account “they faced horrific
// conditions”"), never by its place in the paragraph (a denial is unconfirmed too, so "the first
// account" can point at two).
const PROMPTS: Record<Exclude<Purpose, 'states'>, (paragraph: number, subject: string) => string> = {
  unconfirmed: (p, which) => `In paragraph ${p}, the article passes on ${which || 'reports'} without vouching for them. Which words show that?`,
  denial: (p, which) => `In paragraph ${p}, the article reports ${which || 'a denial'}. Which words show who denies it?`,
  claim: (p, which) => `In paragraph ${p}, the article passes on ${which || 'an account'} without confirming it. Which words say where it comes from?`,
  minimum: (p, what) => `In paragraph ${p}, the article gives a number of ${what}. Which words make it a minimum, so the true figure may be higher?`,
  vague: (p, what) => `In paragraph ${p}, the article speaks of ${what}. Which words give the amount without an exact number?`,
  speaker: (p, what) => `In paragraph ${p}, the article quotes ${what}. Which words say who is speaking?`,
}

const WHY: Record<Purpose, string> = {
  unconfirmed: 'mark the reports as not confirmed: the article passes them on without vouching for them.',
  denial: 'say who denies it: the article reports the denial, it does not settle the question.',
  claim: 'name where the account comes from: the article passes it on without confirming it.',
  minimum: 'make the number a minimum: the true figure may be higher.',
  vague: 'give an amount without an exact number.',
  speaker: 'name the speaker: the quotation is their words, not the article’s.',
  states: 'state it in the article’s words.',
}

/** A pronoun names nobody by itself: say whom it stands for. A label is named as one. */
function why(found: Found): string {
  const a = found.antecedent
  if (found.purpose === 'claim' && found.items.every((item) => item.kind === 'label')) return 'name whose label it is: the article passes it on without confirming it.'
  if (!a) return WHY[found.purpose]
  return `say who is speaking: “${a.pronoun}” is ${quoted(a.name)}, named earlier in the paragraph. The quotation is their words, not the article’s.`
}

interface Found {
  purpose: Purpose
  paragraph: number
  /** Acceptable selections as string ranges of the paragraph; the first is shown as the answer. */
  ranges: Span[]
  items: KnowledgeItem[]
  /** What the question is about, in the app's own words or the article's quoted words. */
  subject: string
  /** A pronoun's antecedent ("he" → "Nairy"): the explanation says who the pronoun is. */
  antecedent?: { pronoun: string; name: string }
}

export function proveItQuestions(context: GeneratorContext): ProveItQuestion[] {
  const found = dedupe([...hedges(context), ...cues(context), ...speakers(context)])
  const covered = new Set(found.map((f) => f.paragraph))
  for (let paragraph = 1; paragraph <= context.paragraphs.length; paragraph++) {
    if (!covered.has(paragraph)) found.push(...statedIn(context, paragraph))
  }
  found.sort((a, b) => a.paragraph - b.paragraph || (a.ranges[0] as Span).start - (b.ranges[0] as Span).start)
  return found.flatMap((f) => question(context, f) ?? [])
}

/** One question per paragraph and proof: two items proved by the same words make one question. */
function dedupe(found: Found[]): Found[] {
  const byKey = new Map<string, Found>()
  for (const f of found) {
    const first = f.ranges[0] as Span
    const key = `${f.paragraph}:${first.start}:${first.end}`
    const same = byKey.get(key)
    if (same) same.items.push(...f.items.filter((item) => !same.items.includes(item)))
    else byKey.set(key, { ...f, items: [...f.items] })
  }
  return [...byKey.values()]
}

function spansIn(item: KnowledgeItem, paragraph: number): EvidenceSpan[] {
  return item.evidence.filter((span) => span.paragraph === paragraph)
}

/** Numbers the article hedges ("At least 28,000") or gives without a number ("Tens of thousands"). */
function hedges(context: GeneratorContext): Found[] {
  return context.knowledge.facts.flatMap((fact): Found[] => {
    if (fact.kind !== 'quantity' || !fact.quantity.hedge || fact.quantity.precision === 'as_stated') return []
    const span = fact.evidence[0] as EvidenceSpan
    const at = span.text.indexOf(fact.quantity.hedge)
    if (at < 0) return []
    const start = span.start + at
    const purpose: Purpose = fact.quantity.precision === 'at_least' ? 'minimum' : 'vague'
    const hedge = { start, end: start + fact.quantity.hedge.length }
    // “A considerable portion”: the amount is in “considerable portion”, the article is no part of it.
    const article = /^(?:a|an|the)\s+/i.exec(fact.quantity.hedge)?.[0]
    const ranges = article ? [hedge, { start: start + article.length, end: hedge.end }] : [hedge]
    return [{ purpose, paragraph: span.paragraph, ranges, items: [fact], subject: subjectOf(fact) }]
  })
}

function subjectOf(fact: QuantityFact): string {
  return fact.quantity.subject
}

/** “unconfirmed reports”, and “unconfirmed” alone: the one word that withholds the article's word for it is a full answer. */
function withHedgeWord(text: string, offset: number, cue: Span): Span[] {
  const word = /\b(?:unconfirmed|reportedly|allegedly)\b/i.exec(text.slice(cue.start - offset, cue.end - offset))
  if (!word) return [cue]
  const start = cue.start + word.index
  const alone = { start, end: start + word[0].length }
  return alone.start === cue.start && alone.end === cue.end ? [cue] : [cue, alone]
}

const NOUNS: Partial<Record<Purpose, string>> = { unconfirmed: 'the reports', denial: 'the denial', claim: 'the account' }

/** Unconfirmed reports, denials and passed-on accounts: the cue words inside the item's evidence, and the holder's name with them. */
function cues(context: GeneratorContext): Found[] {
  return context.allItems.flatMap((item): Found[] => {
    const rule = CUES[item.certainty]
    if (!rule) return []
    for (const span of item.evidence) {
      const match = rule.cue.exec(span.text)
      if (!match) continue
      const start = span.start + match.index
      const cue = { start, end: start + match[0].length }
      const ranges = rule.purpose === 'unconfirmed' ? withHedgeWord(span.text, span.start, cue) : withHolder(context, item, span.paragraph, cue)
      // "Who denies it?", "where does it come from?": a verb alone ("said", "have denied") names nobody.
      if (!ranges) return []
      // A label someone gives (“was an ‘anti-terrorist operation.’”) is named as a label, without
      // the verb that opens it: “the account ‘was an …’” would not be English.
      const label = item.kind === 'label' ? labelWords(accountWords(span, ranges)) : undefined
      const said = label ?? accountWords(span, ranges)
      const subject = said ? `${label ? 'the label' : NOUNS[rule.purpose]} ${said}` : ''
      return [{ purpose: rule.purpose, paragraph: span.paragraph, ranges, items: [item], subject }]
    }
    return []
  })
}

/**
 * The holder's words with the cue, first and shown ("Azeri officials have denied", "Narine Shakaryan
 * said"), then the holder's name alone; a cue that holds the name itself ("According to Russian
 * military sources") comes with the name alone too. Undefined when the sentence does not name the holder.
 */
export function withHolder(context: GeneratorContext, item: KnowledgeItem, paragraph: number, cue: Span): Span[] | undefined {
  const text = context.paragraphs[paragraph - 1] ?? ''
  const holder = item.holder ? context.entities.get(item.holder) : undefined
  if (!holder) return undefined
  const inCue = nameSpans(text.slice(cue.start, cue.end), holder)[0]
  if (inCue) return [cue, ...nameKeys(text, holder, { start: cue.start + inCue.start, end: cue.start + inCue.end })]
  const sentence = sentenceAround(text, cue.start, cue.end, sentencesIn(context, paragraph))
  const before = nameSpans(text.slice(sentence.start, cue.start), holder).sort((a, b) => b.start - a.start)[0]
  if (!before) return undefined
  const name = { start: sentence.start + before.start, end: sentence.start + before.end }
  return [{ start: name.start, end: cue.end }, ...nameKeys(text, holder, name)]
}

/** A person's name as a key, and their surname alone (“Grigoryan” names him as well as “Petya Grigoryan”). */
function nameKeys(text: string, holder: Entity, name: Span): Span[] {
  if (holder.kind !== 'person') return [name]
  const last = /[\p{L}’'-]+(?=[^\p{L}]*$)/u.exec(text.slice(name.start, name.end))
  if (!last || last.index === 0) return [name]
  const start = name.start + last.index
  return [name, { start, end: start + last[0].length }]
}

/** What an account says, in the article's words, quoted: the words of its evidence after the source (or before it). */
export function accountWords(span: EvidenceSpan, ranges: Span[]): string {
  const from = Math.max(...ranges.map((r) => r.end)) - span.start
  const to = Math.min(...ranges.map((r) => r.start)) - span.start
  const after = span.text.slice(Math.max(0, from)).replace(/^[\s,:;]+/, '').replace(/[\s,.;:]+$/, '')
  const words = after.split(/\s+/).length >= 2 ? after : span.text.slice(0, Math.max(0, to)).replace(/[\s,:;]+$/, '')
  return words.split(/\s+/).length >= 2 ? shortRef(words, 8) : ''
}

/** “was an ‘anti-terrorist operation.’” → “anti-terrorist operation”: the label's own words, without the verb before them or the stop inside. */
function labelWords(quotedWords: string): string | undefined {
  const inner = /^“(.*)”$/.exec(quotedWords)?.[1]
  // The label itself is the term in the article's own quotation marks (‘…’ inside ours).
  const term = inner && /‘([^’]+?)[.,;:]?’/.exec(inner)?.[1]
  return term && term.split(/\s+/).length >= 2 ? quoted(term) : undefined
}

const PRONOUN = /^(?:he|she|they|we|I)\b/i

/** Who speaks a quotation: the attribution the knowledge base gives in the quotation's paragraph (one quotation a paragraph). */
function speakers(context: GeneratorContext): Found[] {
  const seen = new Set<number>()
  return context.knowledge.quotes.flatMap((quote: Quote): Found[] => {
    if (quote.kind !== 'speech') return []
    const paragraph = quote.paragraph
    const attributions = quote.attribution.filter((span) => span.paragraph === paragraph)
    if (attributions.length === 0 || seen.has(paragraph)) return []
    seen.add(paragraph)
    const found: Found = { purpose: 'speaker', paragraph, ranges: attributions, items: [quote], subject: shortRef(quote.text) }
    const tag = attributions[0] as EvidenceSpan
    const speaker = quote.speaker ? context.entities.get(quote.speaker) : undefined
    // “Grigoryan said.”, “Erdogan cynically declared:”: the name is what says who, so it is a full
    // answer by itself (without the author's “cynically”), and with a title before it (“Russian
    // Ambassador to the US Anatoly Antonov”).
    const inTag = speaker ? nameSpans(tag.text, speaker)[0] : undefined
    if (inTag && speaker) {
      const name = { start: tag.start + inTag.start, end: tag.start + inTag.end }
      const titled = inTag.start > 0 ? [{ start: tag.start, end: name.end }] : []
      found.ranges = [...attributions, ...nameKeys(context.paragraphs[paragraph - 1] ?? '', speaker, name), ...titled]
    }
    // "he told Reuters": the pronoun says who only through the name it stands for, so that name is a key too.
    const pronoun = PRONOUN.exec(tag.text)?.[0]
    if (pronoun && speaker) {
      const text = context.paragraphs[paragraph - 1] ?? ''
      const name = nameSpans(text.slice(0, tag.start), speaker).sort((a, b) => b.start - a.start)[0]
      if (name) {
        found.ranges = [...attributions, ...nameKeys(text, speaker, name)]
        found.antecedent = { pronoun, name: text.slice(name.start, name.end) }
      }
    }
    return [found]
  })
}

/** A paragraph with no hedge, cue or attribution: the words that state one of its items. */
function statedIn(context: GeneratorContext, paragraph: number): Found[] {
  // The statement the reader proves: the item in other words where the knowledge base gives them.
  const told = (candidate: KnowledgeItem) => candidate.restated ?? candidate.summary
  // Not an item whose statement quotes its own words: the prompt would hold the answer.
  // Nor one whose words are most of the paragraph: selecting everything proves nothing.
  const most = 0.6 * (context.paragraphs[paragraph - 1] ?? '').length
  const fair = (candidate: KnowledgeItem) =>
    candidate.paragraph === paragraph &&
    spansIn(candidate, paragraph).every((span) => !looseWords(told(candidate)).includes(looseWords(span.text)) && span.text.length < most)
  // Nor one whose statement repeats most of its words: finding them is matching strings, not
  // reading (a paragraph with no other item gets no such question).
  const echoing = (candidate: KnowledgeItem) => spansIn(candidate, paragraph).some((span) => echoes(span.text, told(candidate)))
  // The item other types ask least about (each key term, statement, number and dated event makes questions of its own).
  const asked = (candidate: KnowledgeItem) =>
    (candidate.keyTerms?.length ?? 0) +
    (candidate.statement ? 1 : 0) +
    ('quantity' in candidate && candidate.quantity.value !== undefined ? 2 : 0) +
    ('event' in candidate && candidate.event.time ? 2 : 0)
  const item = context.allItems
    .filter((candidate) => fair(candidate) && !echoing(candidate) && spansIn(candidate, paragraph).length > 0)
    .sort((a, b) => Number(!a.restated) - Number(!b.restated) || asked(a) - asked(b))[0]
  if (!item) return []
  return [{ purpose: 'states', paragraph, ranges: statesKeys(context, item, paragraph), items: [item], subject: told(item) }]
}

/**
 * The words that prove a stated item. A statement split over two places ("It is the poisoned
 * product of both … the imperialist powers’ wars"): the piece that carries what it says, shown
 * first, or the whole run from one piece to the other; the lead-in alone proves nothing. Where
 * another item's words open the item's span ("A first … war … began in 1988" in "… and lasted until
 * 1994, resulting in …"), the rest of the span is the proof too.
 */
function statesKeys(context: GeneratorContext, item: KnowledgeItem, paragraph: number): Span[] {
  // The words that prove the statement in other words, where the knowledge base names them, first.
  const proof = item.restated && item.proof?.paragraph === paragraph ? [item.proof] : []
  return [...proof, ...spanKeys(context, item, paragraph)]
}

function spanKeys(context: GeneratorContext, item: KnowledgeItem, paragraph: number): Span[] {
  const spans = spansIn(item, paragraph)
  const overlap = (span: EvidenceSpan) => sharedWordCount(span.text, item.summary)
  if (spans.length > 1) {
    const carrying = [...spans].sort((a, b) => overlap(b) - overlap(a))[0] as EvidenceSpan
    return [carrying, { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }]
  }
  const span = spans[0] as EvidenceSpan
  const text = context.paragraphs[paragraph - 1] ?? ''
  const opener = context.allItems
    .flatMap((other) => (other === item ? [] : spansIn(other, paragraph)))
    .filter((other) => other.start === span.start && other.end < span.end)
    .sort((a, b) => b.end - a.end)[0]
  if (!opener) return [span]
  const rest = /^[\s,;:]*(?:and\s+|but\s+)?/.exec(text.slice(opener.end, span.end))?.[0].length ?? 0
  return [span, { start: opener.end + rest, end: span.end }]
}

function question(context: GeneratorContext, found: Found): ProveItQuestion | undefined {
  const passage = context.paragraphs[found.paragraph - 1]
  if (!passage) return undefined
  const words = wordsOf(passage)
  const keys = found.ranges.map((range) => spanOfRange(words, range.start, range.end)).filter((span): span is WordSpan => !!span)
  const shown = found.ranges[0]
  if (keys.length === 0 || !shown) return undefined
  const prompt =
    found.purpose === 'states'
      ? `Which words of paragraph ${found.paragraph} support this statement? ${found.subject}`
      : PROMPTS[found.purpose](found.paragraph, found.subject.replace(/\.$/, ''))
  const proof = quoted(passage.slice(shown.start, shown.end))
  const ids = found.items.map((item) => item.id)
  const evidenceSpans = found.ranges.map((range) => ({ paragraph: found.paragraph, start: range.start, end: range.end, text: passage.slice(range.start, range.end) }))
  return {
    id: questionId('prove_it', ids, found.purpose),
    type: 'prove_it',
    prompt,
    // The items' own attributed summaries first, so the explanation says whose view or account it is.
    explanation: [`${(found.items[0] as KnowledgeItem).summary} The words ${proof} ${why(found)}`, found.purpose === 'speaker' ? authorsWordIn(context, found.paragraph, shown) : ''].filter(Boolean).join(' '),
    ...grounding(context, found.items, evidenceSpans.slice(0, 1)),
    difficulty: found.purpose === 'states' ? 1 : 2,
    paragraph: found.paragraph,
    passage,
    answer: { keys },
  }
}

/** An author's judgement inside the shown words (“Erdogan cynically declared:”) is said to be the author's. */
function authorsWordIn(context: GeneratorContext, paragraph: number, shown: Span): string {
  const inside = context.knowledge.positions.find(
    (p) => p.certainty === 'author_position' && p.evidence.some((e) => e.paragraph === paragraph && shown.start <= e.start && e.end <= shown.end),
  )
  const term = inside?.keyTerms?.find((t) => t.kind === 'loaded')
  return term ? `${term.text.includes(' ') ? 'The words' : 'The word'} ${quoted(term.text)} ${term.text.includes(' ') ? 'are' : 'is'} the author’s, not the speaker’s.` : ''
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { proveItQuestions as generate }
