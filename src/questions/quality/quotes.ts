// Quotations: whatever the app shows in “quotation marks” is the article's words exactly. A cut is
// marked “…”; no capital is added at the start of a cut; and a choice never carries a “…” of the
// app's own inside quotation marks, where it would look like the article's ellipsis.
import type { Question } from '../../domain/question'
import { innerMarksRestored, quotations, shownTexts } from './text'
import { violation, type LintContext, type Rule, type Violation } from './types'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** Is `quote` the article's words, read in order, with “…” standing for words left out? */
export function verbatim(quote: string, article: string): { ok: boolean; capitalAdded: boolean } {
  // “…” stands for words left out, “___” for a gap to fill: the parts around them are the article's.
  const parts = innerMarksRestored(quote)
    .split(/…|___/)
    .map((part) => part.trim().replace(/[.,;:]$/, ''))
    .filter(Boolean)
  let from = 0
  let capitalAdded = false
  for (const [i, part] of parts.entries()) {
    let at = article.indexOf(part, from)
    if (at === -1 && i === 0) {
      // Lower-cased where the article has a capital (“at least” in a sentence) is fine; the reverse is not.
      const lowered = article.indexOf(part.charAt(0).toUpperCase() + part.slice(1), from)
      const raised = article.indexOf(lowerFirst(part), from)
      if (lowered !== -1) at = lowered
      else if (raised !== -1) [at, capitalAdded] = [raised, true]
    }
    if (at === -1) return { ok: false, capitalAdded }
    from = at + part.length
  }
  return { ok: !capitalAdded, capitalAdded }
}

function textsOf(q: Question): string[] {
  return [...shownTexts(q), q.explanation]
}

export const verbatimQuotes: Rule = {
  id: 'verbatim-quotes',
  description: 'Every quotation shown (prompt, choices, explanation) is the article’s words exactly, “…” where words are cut, no capital added.',
  check: (q, context: LintContext) => {
    const found: Violation[] = []
    for (const text of textsOf(q)) {
      for (const quote of quotations(text)) {
        const { ok, capitalAdded } = verbatim(quote, context.article)
        if (!ok) found.push(violation('verbatim-quotes', q, capitalAdded ? `a capital added to a cut quotation: “${quote}”` : `not the article’s words: “${quote}”`))
      }
    }
    return found
  },
}

export const ellipsisCutChoice: Rule = {
  id: 'ellipsis-cut-choice',
  description: 'A “…” inside a quoted choice is always the article’s own: the app never cuts a quotation it offers as a choice.',
  check: (q, context) => {
    const options = 'choices' in q ? q.choices : q.type === 'matching' || q.type === 'source_match' ? [...q.left, ...q.right] : q.type === 'ordering' ? q.items : []
    const found: Violation[] = []
    for (const option of options) {
      for (const quote of quotations(option.text)) {
        if (!quote.includes('…')) continue
        const whole = innerMarksRestored(quote).replace(/[.,;:]$/, '')
        if (!context.article.includes(whole) && !context.article.includes(whole.charAt(0).toUpperCase() + whole.slice(1))) {
          found.push(violation('ellipsis-cut-choice', q, `a cut marked “…” inside a quoted choice: “${quote}”`))
        }
      }
    }
    return found
  },
}

export const QUOTE_RULES: Rule[] = [verbatimQuotes, ellipsisCutChoice]
