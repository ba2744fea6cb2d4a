// What `npm run content:lint` runs (scripts/content-lint.mjs): the app's bank through every rule.
import { article, bundledPack } from '../../content/bundledArticle'
import { knowledge } from '../../content/knowledge'
import { BANK_SEED, buildQuestionBank } from '../bank'
import { formatViolations, lintBank, RULES } from './index'
import { readingReport } from './reading'

export function contentLint(): { text: string; ok: boolean } {
  const bank = buildQuestionBank(bundledPack, { seed: BANK_SEED })
  const violations = lintBank(bank, knowledge, article.paragraphs)
  const byRule = RULES.map((r) => [r.id, violations.filter((v) => v.rule === r.id).length] as const).filter(([, n]) => n > 0)
  const summary = violations.length === 0
    ? `content:lint: ${bank.length} questions, ${RULES.length} rules, no violations.`
    : `content:lint: ${violations.length} violations in ${bank.length} questions (${byRule.map(([id, n]) => `${id} ${n}`).join(', ')}).`
  // The reading share is measured, not yet enforced: the bank is short of it (src/questions/quality/reading.ts).
  const reading = readingReport(bank, article.paragraphs.length)
  return { text: `${violations.length === 0 ? summary : `${formatViolations(violations)}\n${summary}`}\n${reading}`, ok: violations.length === 0 }
}
