// Evidence: every span the knowledge base cites is the article's own words at its offsets.
import { defineRule } from './rule'
import { spanProblem, spansWithPaths } from './walk'

export const spanIsVerbatim = defineRule(
  'span-is-verbatim',
  "Every cited span (evidence, role evidence, labels, time words, attributions) is the article's text at its paragraph and offsets.",
  ({ knowledge, paragraphs }, report) => {
    for (const { span, path } of spansWithPaths(knowledge)) {
      const problem = spanProblem(path, span, paragraphs)
      if (problem) report(problem)
    }
  },
)
