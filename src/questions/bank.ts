// The whole question bank for a knowledge base: every type's generator, run with one seed. The seed
// varies choice order, distractors and true/false variants; question ids never depend on it. Each
// type's generator is its folder's generate.ts (exporting `generate`), found here by its folder's
// name, so the registry the player and the exports load holds no generator: a learner whose bank is
// stored never downloads them, and a new type's generator loads only with the bank's build.
import type { ArticlePack } from '../content/article'
import type { Question } from '../domain/question'
import { createContext, type GeneratorContext } from './generators/context'
import { readingBalance } from './quality/reading'
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
  return withUniqueIds(readingFirst(oneAskPerFact(questions), source.paragraphs.length))
}

/** The kinds that ask an item's speaker, holder, standing or figure head-on. */
const ASKS_DIRECTLY: ReadonlySet<string> = new Set(['who_said', 'whose_position', 'fact_or_position', 'numeric'])

/**
 * No fact asked over and over: a true/false statement on an item that a who-said, whose-position,
 * fact-or-position or numeric question already asks says it again (and, when true, gives
 * that question's answer away), so it gives way.
 */
export function oneAskPerFact(questions: readonly Question[]): Question[] {
  const asked = new Set(questions.filter((q) => ASKS_DIRECTLY.has(q.type)).flatMap((q) => q.factIds))
  return questions.filter((q) => q.type !== 'true_false' || !q.factIds.some((id) => asked.has(id)))
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
  return readingFirst(oneAskPerFact(questions), source.paragraphs.length)
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
