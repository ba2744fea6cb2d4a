// cloze: type the missing key term of an article sentence. before/after are verbatim slices of
// the paragraph; the same blank found on several items (a quote and the position it voices)
// becomes one question carrying all their ids.
import { AUTHOR_ID, type EvidenceSpan, type KeyTerm, type KnowledgeItem } from '../../../content/schema'
import type { ClozeQuestion } from './model'
import { entity, allItems, sentencesIn, someonesWords, type GeneratorContext } from '../../generators/context'
import { labelInSentence, namesEntity } from '../../generators/entities'
import { alsoShowing, authorsViewShown, grounding, idsShown } from '../../generators/evidence'
import { questionId, slug } from '../../generators/ids'
import { quoteDepthAt, sentenceAround, withoutStrayEdgeQuotes, wordIndices } from '../../generators/text'
import { flatMapped } from '../../generators/lists'
import { wordChoiceQuestions } from '../word_choice/generate'

interface Blank {
  term: KeyTerm
  paragraph: number
  at: number
  items: KnowledgeItem[]
}

// The item that names the question: a quote first, then a position, then a fact.
const RANK: Record<string, number> = { quote: 0, pos: 1, fact: 2 }
const rank = (item: KnowledgeItem) => RANK[item.id.split('.')[0] ?? ''] ?? 3

function blanks(context: GeneratorContext): Blank[] {
  const byPlace = new Map<string, Blank>()
  for (const item of allItems(context)) {
    for (const term of item.keyTerms ?? []) {
      // The first span that holds the term exactly once.
      let span: EvidenceSpan | undefined
      let at = 0
      for (const s of item.evidence) {
        const hits = wordIndices(s.text, term.text)
        if (hits.length === 1) [span, at] = [s, s.start + (hits[0] as number)]
        if (span) break
      }
      if (!span) continue
      const key = `${span.paragraph}:${at}:${term.text}`
      const blank = byPlace.get(key) ?? { term, paragraph: span.paragraph, at, items: [] }
      blank.items.push(item)
      byPlace.set(key, blank)
    }
  }
  return [...byPlace.values()].sort((a, b) => a.paragraph - b.paragraph || a.at - b.at)
}

/**
 * The prompt names whose words the sentence gives: the author's, a speaker's, or those of a holder
 * the sentence itself does not name (paragraph 21 is the think-tank's words, with no name in it).
 * A term in quotation marks that is nobody's words (see someonesWords) quotes no one.
 */
function promptFor(context: GeneratorContext, blank: Blank, items: readonly KnowledgeItem[], sentence: string): string {
  const words = wordsIn(blank.term.text)
  const where = `(${words === 1 ? 'one word' : `${NUMBER_WORDS[words] ?? words} words`}; paragraph ${blank.paragraph})`
  const inQuotes = quoteDepthAt(context.paragraphs[blank.paragraph - 1] ?? '', blank.at) > 0
  const item = items.find((i) => !('suitableForWhoSaid' in i) || someonesWords(i))
  if (!item) return `Fill the gap in this sentence from the article ${where}.`
  if (item.certainty === 'author_position') return `Fill the gap in the author’s own words ${where}.`
  const speaker = 'speaker' in item && item.speaker !== AUTHOR_ID ? item.speaker : undefined
  if (speaker) return `Fill the gap in this sentence from the article, which quotes ${labelInSentence(entity(context, speaker))} ${where}.`
  const holder = item.holder !== undefined && item.holder !== AUTHOR_ID ? entity(context, item.holder) : undefined
  if (holder && item.certainty !== 'reported_fact' && !namesEntity(sentence, holder)) {
    const whose = labelInSentence(holder)
    return `Fill the gap in this sentence from the article, which ${inQuotes ? `quotes ${whose}` : `gives this as the account of ${whose}`} ${where}.`
  }
  return `Fill the gap in this sentence from the article ${where}.`
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six']

/** The number of words a gap takes: “civilian cars” two, “pro-NATO” one. */
export const wordsIn = (text: string): number => text.trim().split(/\s+/).length

/**
 * The item whose evidence holds the gap most narrowly: its summary restates the gapped clause (the
 * think-tank's “guarantors” clause, not the whole passage's gist). An item whose words come in
 * pieces holds the gap only in a lead-in it shares (“It is the poisoned product of both … the
 * imperialist powers’ … wars”), and its summary restates its other piece: it counts only where the
 * gap is one of its own key terms.
 */
function narrowestHolder(context: GeneratorContext, paragraph: number, start: number, end: number, owners: readonly KnowledgeItem[]): KnowledgeItem | undefined {
  let best: { item: KnowledgeItem; length: number } | undefined
  for (const item of allItems(context)) {
    if (item.evidence.length > 1 && !owners.includes(item)) continue
    for (const s of item.evidence) {
      if (s.paragraph !== paragraph || s.start > start || s.end < end) continue
      if (!best || s.end - s.start < best.length) best = { item, length: s.end - s.start }
    }
  }
  return best?.item
}

/** A loaded word in the author's own sentence is the author's judgement: the explanation says so. */
function authorsJudgement(blank: Blank, items: readonly KnowledgeItem[]): string {
  const authors = blank.term.kind === 'loaded' && items.some((i) => i.certainty === 'author_position')
  return authors ? `, the author’s own choice of word${blank.term.text.includes(' ') ? 's' : ''}: a judgement, not neutral reporting` : ''
}

export function clozeQuestions(context: GeneratorContext): ClozeQuestion[] {
  // One gap per fact: two gaps in one fact's words (“Stepanakert”, “Khankendi”) would ask it twice.
  const asked = new Set<string>()
  // A loaded word the word-choice exercise asks about is shown there: a gap on it asks it twice and
  // has its answer printed in the other question. Another key term of its sentence may take the gap.
  const wordChoiceTerms = new Set(wordChoiceQuestions(context).map((q) => `${q.paragraph}:${q.term}`))
  return flatMapped(blanks(context), (blank): ClozeQuestion[] => {
    if (wordChoiceTerms.has(`${blank.paragraph}:${blank.term.text}`)) return []
    const paragraph = context.paragraphs[blank.paragraph - 1] ?? ''
    const end = blank.at + blank.term.text.length
    const around = sentenceAround(paragraph, blank.at, end, sentencesIn(context, blank.paragraph))
    const sentence = withoutStrayEdgeQuotes(paragraph, around.start, around.end)
    const text = paragraph.slice(sentence.start, sentence.end)
    // The blank must not be given away by the same words elsewhere in the sentence.
    if (wordIndices(text, blank.term.text, true).length !== 1) return []
    const items = blank.items.length > 1 ? [...blank.items].sort((a, b) => rank(a) - rank(b)) : blank.items
    const primary = items[0] as KnowledgeItem
    // A quotation or a position may hold several gaps of different content; a fact's gaps ask the same thing.
    if (rank(primary) === RANK.fact) {
      if (asked.has(primary.id)) return []
      asked.add(primary.id)
    }
    // One gap per sentence: two gaps in one sentence each print the other's answer (a teacher's read).
    const sentenceKey = `${blank.paragraph}:${sentence.start}`
    if (asked.has(sentenceKey)) return []
    asked.add(sentenceKey)
    const restated = narrowestHolder(context, blank.paragraph, blank.at, end, blank.items) ?? primary
    const shows = idsShown(context, [{ paragraph: blank.paragraph, ...sentence }])

    const multiWord = blank.term.text.includes(' ')
    return [
      {
        id: questionId('cloze', [primary.id], undefined, slug(blank.term.text)),
        type: 'cloze',
        prompt: promptFor(context, blank, items, text),
        before: paragraph.slice(sentence.start, blank.at),
        after: paragraph.slice(end, sentence.end),
        words: wordsIn(blank.term.text),
        answer: { accepted: [blank.term.text, ...(blank.term.alsoAccept ?? [])] },
        explanation: [`${restated.summary} The article’s word${multiWord ? 's are' : ' is'} “${blank.term.text}”${authorsJudgement(blank, items)}.`, authorsViewShown(context, items, shows)].filter(Boolean).join(' '),
        ...alsoShowing(
          grounding(context, items, flatMapped(items, (item) => item.evidence.filter((s) => s.paragraph === blank.paragraph && s.start <= blank.at && s.end >= end))),
          shows,
        ),
        difficulty: multiWord ? 3 : /\d/.test(blank.term.text) ? 1 : 2,
      },
    ]
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { clozeQuestions as generate }
