// The whole question bank for a knowledge base: every generator, run with one seed. The seed
// varies choice order, distractors and true/false variants; question ids never depend on it.
import { ARTICLE_ID, article } from '../content/bundledArticle'
import type { KnowledgeBase } from '../content/schema'
import { clozeQuestions } from './generators/cloze'
import { createContext, type Generator } from './generators/context'
import { factOrPositionQuestions } from './generators/factOrPosition'
import { flatMapped } from './generators/lists'
import { matchingQuestions } from './generators/matching'
import { multiSelectQuestions } from './generators/multiSelect'
import { numericQuestions } from './generators/numeric'
import { orderingQuestions } from './generators/ordering'
import { singleChoiceQuestions } from './generators/singleChoice'
import { trueFalseQuestions } from './generators/trueFalse'
import { whosePositionQuestions } from './generators/whosePosition'
import { whoSaidQuestions } from './generators/whoSaid'
import type { Question } from './types'

export interface BankOptions {
  seed: number
  /** The article's paragraphs, for cloze and number sentences; defaults to the bundled article's. */
  paragraphs?: readonly string[]
}

const GENERATORS: Generator[] = [
  singleChoiceQuestions,
  multiSelectQuestions,
  trueFalseQuestions,
  whoSaidQuestions,
  whosePositionQuestions,
  factOrPositionQuestions,
  numericQuestions,
  clozeQuestions,
  matchingQuestions,
  orderingQuestions,
]

export function buildQuestionBank(knowledge: KnowledgeBase, options: BankOptions): Question[] {
  const paragraphs = options.paragraphs ?? bundledParagraphs(knowledge)
  const context = createContext(knowledge, paragraphs, options.seed)
  const questions = flatMapped(GENERATORS, (generate) => generate(context))
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
