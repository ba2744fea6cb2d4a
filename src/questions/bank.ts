// The whole question bank for a knowledge base: every type's generator, run with one seed. The seed
// varies choice order, distractors and true/false variants; question ids never depend on it. Each
// type's generator is its folder's generate.ts (exporting `generate`), found here by its folder's
// name, so the registry the player and the exports load holds no generator: a learner whose bank is
// stored never downloads them, and a new type's generator loads only with the bank's build.
import type { ArticlePack } from '../content/article'
import type { KnowledgeBase, KnowledgeItem } from '../content/schema'
import type { Question } from '../domain/question'
import { createContext, type GeneratorContext } from './generators/context'
import { givesAway } from './quality/giveaways'
import { readingBalance } from './quality/reading'
import { shownTexts } from './quality/text'
import { asTrueStatement } from './types/true_false/generate'
import { BANK_SEED } from './seed'
import { QUESTION_TYPES } from './types/registry'

export { BANK_SEED }

type Generate = (context: GeneratorContext) => Question[]
const modules = import.meta.glob<{ generate: Generate }>('./types/*/generate.ts', { eager: true })

/** The generator of a type: types/<type>/generate.ts. */
function generatorOf(type: string): Generate {
  const generate = modules[`./types/${type}/generate.ts`]?.generate
  if (!generate) throw new Error(`No generator for question type '${type}': its folder needs a generate.ts exporting generate`)
  return generate
}

/** What a bank is built from: an article's paragraphs and its knowledge base (an ArticlePack has both). */
export type BankSource = Pick<ArticlePack, 'knowledge' | 'paragraphs'>

export interface BankOptions {
  seed: number
}

export function buildQuestionBank(source: BankSource, options: BankOptions): Question[] {
  const questions: Question[] = []
  for (const step of bankSteps(source, options.seed)) questions.push(...step)
  return withUniqueIds(curated(questions, source))
}

/** The kinds that ask an item's speaker, holder, standing or figure head-on. */
const ASKS_DIRECTLY: ReadonlySet<string> = new Set(['who_said', 'whose_position', 'fact_or_position', 'numeric'])

/**
 * No fact asked over and over: a true/false statement on an item that a who-said, whose-position,
 * fact-or-position or numeric question already asks says it again (and, when true, gives
 * that question's answer away), so it gives way.
 */
export function oneAskPerFact(questions: readonly Question[], knowledge?: KnowledgeBase): Question[] {
  const asked = new Set(questions.filter((q) => ASKS_DIRECTLY.has(q.type)).flatMap((q) => q.factIds))
  const twins = knowledge ? sameWordsIds(knowledge) : new Map<string, string[]>()
  const isAsked = (id: string) => asked.has(id) || (twins.get(id) ?? []).some((twin) => asked.has(twin))
  // Its own item: the first id (the others are items its explanation quotes).
  return questions.filter((q) => q.type !== 'true_false' || !isAsked(q.factIds[0] ?? ''))
}

/** A position and the quotations it voices are the same words of the article under two ids (Aliyev's “anti-terrorist operation”). */
function sameWordsIds(knowledge: KnowledgeBase): Map<string, string[]> {
  const twins = new Map<string, string[]>()
  const link = (a: string, b: string) => twins.set(a, [...(twins.get(a) ?? []), b])
  for (const position of knowledge.positions) {
    for (const quote of position.quotes ?? []) {
      link(position.id, quote)
      link(quote, position.id)
    }
  }
  return twins
}

/** A question that prints an article sentence with a gap in it (a cloze, a number, the article's wording or place to pick). */
const isGapFill = (q: Question): boolean => q.type === 'cloze' || shownTexts(q).some((text) => text.includes('___'))

/** Do two questions quote the same paragraph? (A word of one found in another paragraph's sentence is not that sentence asked twice.) */
const samePassage = (a: Question, b: Question): boolean => a.evidence.some((x) => b.evidence.some((y) => x.paragraph === y.paragraph))

/**
 * Which gap of a sentence stays, lowest first: the article's wording or place to pick, and a gap on
 * a word that carries certainty (“unconfirmed”, “told Reuters”); then a hedged or sourced figure
 * (“at least 68”, five killed “according to Russian military sources”); then a claim or a loaded
 * word; then a plain figure, year or name.
 */
function gapRank(q: Question, items: ReadonlyMap<string, KnowledgeItem>): number {
  if (q.type === 'cloze') {
    const kind = q.factIds.flatMap((id) => items.get(id)?.keyTerms ?? []).find((term) => q.answer.accepted.includes(term.text))?.kind
    return kind === 'hedge' || kind === 'attribution' ? 0 : kind === 'claim' || kind === 'loaded' ? 2 : 3
  }
  // Its own figure's item (the first id; the others are items its sentence shows).
  if (q.type === 'numeric') return /\bat least\b/i.test(q.prompt) || items.get(q.factIds[0] ?? '')?.certainty !== 'reported_fact' ? 1 : 3
  return 0
}

/**
 * One gap-fill per sentence: two gaps in one sentence of the article each print the other's answer
 * (“At least 68 people were killed and ___ injured”), so the sentence is asked once, by the gap
 * that teaches most (gapRank); the others give way. Questions of other kinds are untouched.
 */
export function oneGapPerSentence(questions: readonly Question[], knowledge: KnowledgeBase): Question[] {
  const items = new Map([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item]))
  const gaps = questions.flatMap((q, i) => (isGapFill(q) ? [{ q, i, rank: gapRank(q, items) }] : []))
  gaps.sort((a, b) => a.rank - b.rank || a.i - b.i)
  const kept: Question[] = []
  const dropped = new Set<string>()
  for (const { q } of gaps) {
    if (kept.some((other) => samePassage(other, q) && (givesAway(other, q) || givesAway(q, other)))) dropped.add(q.id)
    else kept.push(q)
  }
  return questions.filter((q) => !dropped.has(q.id))
}

/**
 * Fewer, better: the bank tests reading more than recall. Where recall questions outnumber the
 * reading ones, the weakest recall questions give way — only those whose every fact a reading
 * question already trains, the most-asked facts first (quality/reading.ts) — until at least half
 * the bank is of a reading kind. No fact loses its last question.
 */
export function readingFirst(questions: readonly Question[], paragraphCount: number): Question[] {
  const { toDrop, candidates } = readingBalance(questions, paragraphCount)
  const dropped = new Set(candidates.slice(0, toDrop).map((q) => q.id))
  return questions.filter((q) => !dropped.has(q.id))
}

/**
 * The same bank, one type at a time with `betweenSteps` awaited after each: the app builds it while
 * a page is on screen, and as one long task it would hold up taps and scrolling on a slow phone.
 * Its ids are not checked again here: test/questions/bankStable.test.ts proves this bank is the one
 * buildQuestionBank makes (and checks), for the knowledge base the app ships.
 */
export async function buildQuestionBankInSteps(source: BankSource, options: BankOptions, betweenSteps: () => Promise<void>): Promise<Question[]> {
  const questions: Question[] = []
  for (const step of bankSteps(source, options.seed)) {
    questions.push(...step)
    await betweenSteps()
  }
  return curated(questions, source)
}

/** The cross-type passes, in order: one ask per fact, one gap-fill per sentence, reading first, true and false balanced. */
function curated(questions: readonly Question[], source: BankSource): Question[] {
  return balancedTruth(readingFirst(oneGapPerSentence(oneAskPerFact(questions, source.knowledge), source.knowledge), source.paragraphs.length), source.knowledge)
}

/**
 * True or false, not “false” by habit: the statements that give way above leave mostly false ones,
 * so where more than half are false, every other false one (in bank order) is asked as its true
 * statement instead, until at most half are.
 */
export function balancedTruth(questions: readonly Question[], knowledge: KnowledgeBase): Question[] {
  const asked = questions.filter((q) => q.type === 'true_false')
  const falses = asked.filter((q) => q.answer === 'false')
  let over = falses.length - Math.ceil(asked.length / 2)
  if (over <= 0) return [...questions]
  const summaries = new Map([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item.summary]))
  const flipped = new Set<string>()
  for (let i = 0; i < falses.length && over > 0; i += 2, over--) flipped.add((falses[i] as Question).id)
  return questions.map((q) => {
    const summary = summaries.get(q.factIds[0] ?? '')
    return q.type === 'true_false' && flipped.has(q.id) && summary ? asTrueStatement(q, summary) : q
  })
}

/** Each type's questions in turn, all from one context (one seed). */
function* bankSteps(source: BankSource, seed: number): Generator<readonly Question[]> {
  const context: GeneratorContext = createContext(source.knowledge, source.paragraphs, seed)
  for (const type of QUESTION_TYPES) yield generatorOf(type)(context)
}

function withUniqueIds(questions: Question[]): Question[] {
  const seen = new Set<string>()
  for (const question of questions) {
    if (seen.has(question.id)) throw new Error(`Duplicate question id '${question.id}'`)
    seen.add(question.id)
  }
  return questions
}
