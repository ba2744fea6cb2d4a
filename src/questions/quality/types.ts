// The item-writing check's vocabulary: a rule looks at one generated question (or, for the rules
// about the bank as a whole, at all of them) and says what a demanding teacher would send back.
import type { Entity, KnowledgeBase, KnowledgeItem } from '../../content/schema'
import type { Question } from '../../domain/question'

export interface Violation {
  rule: string
  questionId: string
  message: string
}

/** What every rule may look at: the bank, the knowledge base and the article, with lookups made once. */
export interface LintContext {
  bank: readonly Question[]
  knowledge: KnowledgeBase
  paragraphs: readonly string[]
  /** The whole article, one paragraph a line. */
  article: string
  items: ReadonlyMap<string, KnowledgeItem>
  entities: ReadonlyMap<string, Entity>
}

export interface Rule {
  /** Kebab-case, stable: printed with every violation. */
  id: string
  /** One line, for the README and the report. */
  description: string
  /** The violations of one question (empty when it passes). */
  check?: (question: Question, context: LintContext) => Violation[]
  /** Violations only the whole bank shows (balance, repetition). */
  checkBank?: (context: LintContext) => Violation[]
}

export function createLintContext(bank: readonly Question[], knowledge: KnowledgeBase, paragraphs: readonly string[]): LintContext {
  return {
    bank,
    knowledge,
    paragraphs,
    article: paragraphs.join('\n'),
    items: new Map([...knowledge.facts, ...knowledge.quotes, ...knowledge.positions].map((item) => [item.id, item])),
    entities: new Map(knowledge.entities.map((entity) => [entity.id, entity])),
  }
}

/** A violation of `rule` by `question`. */
export const violation = (rule: string, question: Pick<Question, 'id'>, message: string): Violation => ({ rule, questionId: question.id, message })
