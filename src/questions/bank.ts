// The whole question bank for a knowledge base: every type's generator (types/registry.ts), run with
// one seed. The seed varies choice order, distractors and true/false variants; question ids never
// depend on it.
import type { ArticlePack } from '../content/article'
import type { Question } from '../domain/question'
import { createContext, type GeneratorContext } from './generators/context'
import { kindFor, QUESTION_TYPES } from './types/registry'

/** What a bank is built from: an article's paragraphs and its knowledge base (an ArticlePack has both). */
export type BankSource = Pick<ArticlePack, 'knowledge' | 'paragraphs'>

export interface BankOptions {
  seed: number
}

/** Fixed, so the bank (choice order, distractors, true/false variants) is the same on every device. */
export const BANK_SEED = 1729

export function buildQuestionBank(source: BankSource, options: BankOptions): Question[] {
  const questions: Question[] = []
  for (const step of bankSteps(source, options.seed)) questions.push(...step)
  return withUniqueIds(questions)
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
  return questions
}

/** Each type's questions in turn, all from one context (one seed). */
function* bankSteps(source: BankSource, seed: number): Generator<readonly Question[]> {
  const context: GeneratorContext = createContext(source.knowledge, source.paragraphs, seed)
  for (const type of QUESTION_TYPES) yield kindFor(type).generate(context)
}

function withUniqueIds(questions: Question[]): Question[] {
  const seen = new Set<string>()
  for (const question of questions) {
    if (seen.has(question.id)) throw new Error(`Duplicate question id '${question.id}'`)
    seen.add(question.id)
  }
  return questions
}
