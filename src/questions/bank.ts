// The whole question bank for a knowledge base: every generator, run with one seed. The seed
// varies choice order, distractors and true/false variants; question ids never depend on it.
// What true/false questions need that no seed changes is worked out here (trueFalseFacts.ts); the
// app's stepped build is given it, shipped worked out for the app's own knowledge base.
import { ARTICLE_ID, article } from '../content/bundledArticle'
import type { KnowledgeBase } from '../content/schema'
import { clozeQuestions } from './generators/cloze'
import { createContext, type Generator as QuestionGenerator } from './generators/context'
import { factOrPositionQuestions } from './generators/factOrPosition'
import { matchingQuestions } from './generators/matching'
import { multiSelectQuestions } from './generators/multiSelect'
import { numericQuestions } from './generators/numeric'
import { orderingQuestions } from './generators/ordering'
import { singleChoiceQuestions } from './generators/singleChoice'
import { trueFalseQuestionsWith } from './generators/trueFalse'
import { workOutTrueFalseFacts, type TrueFalseFactsOf } from './generators/trueFalseFacts'
import { whosePositionQuestions } from './generators/whosePosition'
import { whoSaidQuestions } from './generators/whoSaid'
import { flatMapped } from './generators/lists'
import type { Question } from '../domain/question'

export interface BankOptions {
  seed: number
  /** The article's paragraphs, for cloze and number sentences; defaults to the bundled article's. */
  paragraphs?: readonly string[]
  /** Where true/false questions get what no seed changes: worked out by default; the app passes what its build shipped. */
  trueFalseFacts?: TrueFalseFactsOf
}

/** Fixed, so the bank (choice order, distractors, true/false variants) is the same on every device. */
export const BANK_SEED = 1729

// The app's build steps, a task each: the small generators share one, so no task is longer than the
// longest generator's alone (single choice, then cloze), with fewer turns through the task queue.
const generatorSteps = (trueFalseFacts: TrueFalseFactsOf): QuestionGenerator[][] => [
  [singleChoiceQuestions],
  [multiSelectQuestions],
  [trueFalseQuestionsWith(trueFalseFacts), whoSaidQuestions],
  [whosePositionQuestions, factOrPositionQuestions, numericQuestions],
  [clozeQuestions],
  [matchingQuestions, orderingQuestions],
]

export function buildQuestionBank(knowledge: KnowledgeBase, options: BankOptions): Question[] {
  const questions: Question[] = []
  const steps = bankSteps(knowledge, options.paragraphs ?? bundledParagraphs(knowledge), options.seed, options.trueFalseFacts ?? workOutTrueFalseFacts)
  for (const step of steps) questions.push(...step)
  return withUniqueIds(questions)
}

/**
 * The same bank in six steps (generatorSteps) with `betweenSteps` awaited after each (the paragraphs
 * given, so the app's chunk has no default to look up; the true/false facts given, so it holds no
 * code to work them out, see trueFalseCodec.ts): the app builds it
 * while a page is on screen, and as one long task it would hold up taps and scrolling on a slow phone.
 * Its ids are not checked again here: test/questions/bankStable.test.ts proves this bank is the one
 * buildQuestionBank makes (and checks), for the knowledge base the app ships.
 */
export async function buildQuestionBankInSteps(
  knowledge: KnowledgeBase,
  options: Required<BankOptions>,
  betweenSteps: () => Promise<void>,
): Promise<Question[]> {
  const questions: Question[] = []
  for (const step of bankSteps(knowledge, options.paragraphs, options.seed, options.trueFalseFacts)) {
    questions.push(...step)
    await betweenSteps()
  }
  return questions
}

/** Each step's questions in turn, all from one context (one seed). */
function* bankSteps(knowledge: KnowledgeBase, paragraphs: readonly string[], seed: number, trueFalseFacts: TrueFalseFactsOf): Generator<readonly Question[]> {
  const context = createContext(knowledge, paragraphs, seed)
  for (const step of generatorSteps(trueFalseFacts)) yield step.length === 1 ? (step[0] as QuestionGenerator)(context) : flatMapped(step, (generate) => generate(context))
}

function withUniqueIds(questions: Question[]): Question[] {
  const seen = new Set<string>()
  for (const question of questions) {
    if (seen.has(question.id)) throw new Error(`Duplicate question id '${question.id}'`)
    seen.add(question.id)
  }
  return questions
}

function bundledParagraphs(knowledge: KnowledgeBase): readonly string[] {
  if (knowledge.articleId !== ARTICLE_ID) {
    throw new Error(`No paragraphs given for article '${knowledge.articleId}'; pass options.paragraphs.`)
  }
  return article.paragraphs
}
