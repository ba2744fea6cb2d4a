// What a content rule is: one named check of a knowledge base against its article.
import type { KnowledgeBase } from '../schema'

/**
 * What a rule checks: the article's paragraphs and a knowledge base that already matches the schema
 * (an ArticlePack is one).
 */
export interface CheckedPack {
  paragraphs: readonly string[]
  knowledge: KnowledgeBase
}

/** One thing wrong, and the rule that found it. */
export interface Problem {
  /** The id of the rule that found it (e.g. 'span-is-verbatim'). */
  rule: string
  /** Where and what, e.g. “facts[3].evidence[0]: text not found in paragraph 4 …”. */
  message: string
}

export interface ContentRule {
  /** kebab-case, unique in the registry (rules/index.ts); shown with every problem the rule finds. */
  id: string
  /** What the rule demands, in one sentence. */
  description: string
  check(pack: CheckedPack): Problem[]
}

/** A rule whose check only reports messages: each becomes a problem stamped with the rule's id. */
export function defineRule(
  id: string,
  description: string,
  run: (pack: CheckedPack, report: (message: string) => void) => void,
): ContentRule {
  return {
    id,
    description,
    check(pack) {
      const problems: Problem[] = []
      run(pack, (message) => problems.push({ rule: id, message }))
      return problems
    },
  }
}
