// The item-writing check (`npm run content:lint`): every generated question through named rules.
// One file per family of rules; each rule has a bad and a good example in test/questions/quality/.
import type { KnowledgeBase } from '../../content/schema'
import type { Question } from '../../domain/question'
import { BALANCE_RULES } from './balance'
import { CLASSIC_RULES } from './classic'
import { CONTENT_RULES } from './content'
import { FAIRNESS_RULES } from './fairness'
import { KIND_RULES } from './kinds'
import { QUOTE_RULES } from './quotes'
import { readingCoverage, readingShare } from './reading'
import { createLintContext, type LintContext, type Rule, type Violation } from './types'

export type { LintContext, Rule, Violation } from './types'
export { createLintContext } from './types'

export const RULES: readonly Rule[] = [...CLASSIC_RULES, ...KIND_RULES, ...QUOTE_RULES, ...CONTENT_RULES, ...BALANCE_RULES, ...FAIRNESS_RULES, readingCoverage, readingShare]

/** Every violation of every rule, question by question, then the bank's. */
export function lintWith(context: LintContext, rules: readonly Rule[] = RULES): Violation[] {
  const found: Violation[] = []
  for (const question of context.bank) for (const rule of rules) if (rule.check) found.push(...rule.check(question, context))
  for (const rule of rules) if (rule.checkBank) found.push(...rule.checkBank(context))
  return found
}

export function lintBank(bank: readonly Question[], knowledge: KnowledgeBase, paragraphs: readonly string[]): Violation[] {
  return lintWith(createLintContext(bank, knowledge, paragraphs))
}

/** One line a violation: question id, rule id, what is wrong. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.questionId}  [${v.rule}]  ${v.message}`).join('\n')
}
