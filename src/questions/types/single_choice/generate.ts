// single_choice on the article's vague amounts, small places and roles (its figures are numeric
// questions). Wrong places are other places of the answer's category, never a region that could
// hold the right one.
import type { Entity, QuantityFact } from '../../../content/schema'
import type { Choice } from '../../../domain/question'
import type { SingleChoiceQuestion } from './model'
import { pickOne, tagWrong } from '../../generators/choices'
import { randomFor, sentencesIn, type GeneratorContext } from '../../generators/context'
import { nameSpans } from '../../generators/entities'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId, slug } from '../../generators/ids'
import { roleQuestions } from './roleQuestions'
import { capitalise, quotedPassage, sentenceAround, splice, wordIndices } from '../../generators/text'
import { flatMapped } from '../../generators/lists'
import { withBalancedAnswers } from '../../generators/balance'
import { hashString, seededRandom } from '../../random'

const DISTRACTORS = 3
/** Fewer fitting wrong answers than this and the question is a coin toss: it is dropped. */
const MIN_DISTRACTORS = 2

export function singleChoiceQuestions(context: GeneratorContext): SingleChoiceQuestion[] {
  // The article's figures are asked once, by the numeric question (its own sentence, hedge and all):
  // picking the same figure from four adds nothing (a teacher's read).
  return withBalancedAnswers(
    noKindTooOften(context, [...vagueQuestions(context), ...placeQuestions(context), ...roleQuestions(context)]),
    seededRandom(hashString(`${context.seed}|single_choice`)),
  )
}

/** The most of these questions whose answers are of one category (“an official”): more is a safe guess. */
const MAX_KIND_SHARE = 0.35

/** The questions, with the latest of an over-represented answer category dropped until none is above MAX_KIND_SHARE. */
function noKindTooOften(context: GeneratorContext, questions: SingleChoiceQuestion[]): SingleChoiceQuestion[] {
  const kept = [...questions]
  const kindOf = (q: SingleChoiceQuestion) => context.entities.get(q.answer)?.category
  for (;;) {
    const counts = new Map<string, SingleChoiceQuestion[]>()
    for (const q of kept) {
      const kind = kindOf(q)
      if (kind) counts.set(kind, [...(counts.get(kind) ?? []), q])
    }
    const over = [...counts.values()].find((qs) => qs.length > Math.ceil(kept.length * MAX_KIND_SHARE))
    if (!over) return kept
    kept.splice(kept.indexOf(over[over.length - 1] as SingleChoiceQuestion), 1)
  }
}

/**
 * The article's sentence with the vague amount blanked. Asked by subject alone, “Tens of thousands”
 * and “A considerable portion” could both describe the exodus; in its own sentence only the
 * article's words fit.
 */
function vagueSentence(context: GeneratorContext, fact: QuantityFact): { text: string; shows: string[] } | undefined {
  const display = fact.quantity.display
  for (const span of fact.evidence) {
    const paragraph = context.paragraphs[span.paragraph - 1] ?? ''
    const hits = wordIndices(span.text, display, true)
    if (hits.length !== 1) continue
    const at = span.start + (hits[0] as number)
    const { start, end } = sentenceAround(paragraph, at, at + display.length, sentencesIn(context, span.paragraph))
    return { text: quotedPassage(`${paragraph.slice(start, at)}___${paragraph.slice(at + display.length, end)}`), shows: idsShown(context, [{ paragraph: span.paragraph, start, end }]) }
  }
  return undefined
}

/**
 * Is the gap's subject plural, by the verb that agrees with it (“___ of civilians are fleeing”, “where
 * ___ were sleeping”, “___ of the population has been turned”)? Undefined when no verb says.
 */
export function gapIsPlural(stem: string): boolean | undefined {
  const after = stem.slice(stem.indexOf('___') + 3)
  const verb = /\b(is|was|has|are|were|have)\b/.exec(after)?.[1]
  return verb === undefined ? undefined : ['are', 'were', 'have'].includes(verb)
}

/** “Thousands”, “Tens of thousands” are plural; “A considerable portion”, “Half” are not. */
export const choiceIsPlural = (text: string): boolean => /s$/i.test(text.trim().split(/\s+/).pop() ?? '')

// Other vague amounts a writer might have used, offered where too few of the article's own fit the
// gap's grammar: the question asks which words the article uses, so these are never its claims.
const VAGUE_VARIANTS = ['Hundreds', 'Dozens', 'Thousands', 'A small portion', 'The majority', 'Half']

function vagueQuestions(context: GeneratorContext): SingleChoiceQuestion[] {
  const vague = context.knowledge.facts.filter((f): f is QuantityFact => f.kind === 'quantity' && f.quantity.precision === 'vague')
  const toChoice = (f: QuantityFact): Choice => ({ id: f.id, text: capitalise(f.quantity.display) })
  if (vague.length < 3) return []
  return flatMapped(vague, (fact): SingleChoiceQuestion[] => {
    const id = questionId('single_choice', [fact.id], 'wording')
    const shown = vagueSentence(context, fact)
    if (!shown) return []
    const sentence = shown.text
    // Every choice fits the gap's grammar: “A considerable portion … were sleeping” would not, and
    // only the answer fitting gives it away.
    const plural = gapIsPlural(sentence)
    const fits = (c: Choice) => plural === undefined || choiceIsPlural(c.text) === plural
    const right = toChoice(fact)
    if (!fits(right)) return []
    const fromArticle = vague.map(toChoice).filter(fits)
    const variants = VAGUE_VARIANTS.map((text) => ({ id: `v:${slug(text)}`, text })).filter(fits)
    return [
      {
        id,
        type: 'single_choice',
        prompt: `Which words does the article use for ${fact.quantity.subject}? Fill the gap: ${sentence}`,
        ...tagWrong(pickOne(right, fromArticle, variants, DISTRACTORS - 1, randomFor(context, id)), (c) => (c.id.startsWith('v:') ? 'outside-assumption' : 'mixed-up-detail')),
        explanation: [fact.summary, 'The article gives no exact number here.', fact.note].filter(Boolean).join(' '),
        ...alsoShowing(grounding(context, [fact]), shown.shows),
        difficulty: 2,
      },
    ]
  })
}

// Towns and villages: none of them lies inside another, so only the right one fits. The knowledge
// base's `category` says which places are towns; without one, the role's words do.
const SMALL_PLACE = /\b(village|capital)\b/
const TOWN_CATEGORIES: ReadonlySet<string> = new Set(['town'])
const isSmallPlace = (e: Entity): boolean =>
  e.kind === 'place' && (e.category !== undefined ? TOWN_CATEGORIES.has(e.category) : SMALL_PLACE.test(e.role ?? ''))

/**
 * The kind of place the words just before the gap name (“his village, ___”, “the capital, ___”):
 * every choice must be one, or the stem picks the answer by kind.
 */
export function kindBeforeGap(stem: string): string | undefined {
  const before = stem.slice(0, stem.indexOf('___'))
  return /\b(village|capital|town|city|region|enclave)\b(,| of| in)?\s*$/i.exec(before)?.[1]?.toLowerCase()
}

function placeQuestions(context: GeneratorContext): SingleChoiceQuestion[] {
  const small = context.knowledge.entities.filter(isSmallPlace)
  return flatMapped(context.knowledge.facts, (fact): SingleChoiceQuestion[] => {
    const placeId = fact.kind === 'event' ? fact.event.place : undefined
    const place = small.find((p) => p.id === placeId)
    const spans = place ? nameSpans(fact.summary, place) : []
    const span = spans[0]
    if (!place || spans.length !== 1 || !span || fact.summary.slice(span.start, span.end) !== place.name) return []
    // “… the capital, ___”: the words before the gap would rule out every village.
    if (/\bcapital,?\s*$/.test(fact.summary.slice(0, span.start))) return []
    const stem = splice(fact.summary, span.start, span.end, '___')
    const kind = kindBeforeGap(stem)
    // Of the answer's own category, and of the kind the stem names when it names one.
    const fitting = small.filter(
      (p) => p.id !== place.id && p.category === place.category && (!kind || new RegExp(`\\b${kind}\\b`, 'i').test(p.role ?? '')),
    )
    if (fitting.length < MIN_DISTRACTORS) return []
    const id = questionId('single_choice', [fact.id], 'place')
    const toChoice = (p: Entity): Choice => ({ id: p.id, text: p.name })
    return [
      {
        id,
        type: 'single_choice',
        prompt: `Which place completes this? ${stem}`,
        ...tagWrong(pickOne(toChoice(place), fitting.map(toChoice), [], DISTRACTORS, randomFor(context, id)), 'mixed-up-detail'),
        explanation: fact.summary,
        ...grounding(context, [fact]),
        difficulty: 2,
      },
    ]
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { singleChoiceQuestions as generate }
