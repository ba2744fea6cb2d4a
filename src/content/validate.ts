// Proves a knowledge base against its article: the schema first (knowledgeSchema.ts), then what a
// schema cannot see, as named rules (rules/index.ts): verbatim evidence at its offsets, references
// that resolve, holders that match certainties, and coverage (every paragraph, every “…” span, every
// capitalised name). Every problem carries the id of the rule that found it.
import * as v from 'valibot'
import { KnowledgeBaseSchema } from './knowledgeSchema'
import type { KnowledgeBase } from '../domain/knowledge'
import { runRules, type Problem } from './rules/index'

export type { ContentRule, Problem } from './rules/index'
export { RULES } from './rules/index'
export { findQuotationSpans, statementMatchesEvidence, wholeWordIndices, type QuotationSpan } from './rules/text'

/** The id of the problems found before any rule runs: the data is not a knowledge base of this shape. */
export const SCHEMA_RULE_ID = 'matches-schema'

export type ValidationResult =
  | { ok: true; knowledge: KnowledgeBase }
  | {
      ok: false
      /** Each problem's message: where, and what is wrong. */
      errors: string[]
      /** The same problems, each with the id of its rule. */
      problems: Problem[]
    }

export function validateKnowledge(data: unknown, paragraphs: readonly string[]): ValidationResult {
  const problems = knowledgeProblems(data, paragraphs)
  if (problems.ok) return problems
  return { ok: false, errors: problems.problems.map((p) => p.message), problems: problems.problems }
}

function knowledgeProblems(data: unknown, paragraphs: readonly string[]): { ok: true; knowledge: KnowledgeBase } | { ok: false; problems: Problem[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data
    return { ok: false, problems: [{ rule: SCHEMA_RULE_ID, message: `(root): expected a knowledge base object, got ${got}` }] }
  }
  const parsed = v.safeParse(KnowledgeBaseSchema, data)
  if (!parsed.success) return { ok: false, problems: parsed.issues.map((issue) => ({ rule: SCHEMA_RULE_ID, message: formatIssue(issue) })) }
  const problems = runRules({ knowledge: parsed.output, paragraphs })
  return problems.length === 0 ? { ok: true, knowledge: parsed.output } : { ok: false, problems }
}

/** One line per problem, with the id of its rule: “[span-is-verbatim] facts[3].evidence[0]: …”. */
export function formatProblem(problem: Problem): string {
  return `[${problem.rule}] ${problem.message}`
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((segment) => (typeof segment.key === 'number' ? `[${segment.key}]` : `.${String(segment.key)}`))
    .join('')
    .replace(/^\./, '')
  return `${path || '(root)'}: ${issue.message}`
}
