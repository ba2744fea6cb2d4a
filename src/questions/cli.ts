// What the command-line scripts print (scripts/questions.mjs, scripts/content-report.mjs): the
// bank with its article, and the coverage report. Plain data; the scripts do the printing.
import type { Article } from '../content/article'
import { article, bundledPack } from '../content/bundledArticle'
import { knowledge } from '../content/knowledge'
import { BANK_SEED, buildQuestionBank } from './bank'
import { formatCoverageReport } from './coverageReport'
import type { Question } from '../domain/question'

export interface BankExport {
  article: Article
  questions: Question[]
}

export function bankExport(): BankExport {
  const { id, title, paragraphs } = article
  return { article: { id, title, paragraphs }, questions: buildQuestionBank(bundledPack, { seed: BANK_SEED }) }
}

export function coverageReport(): { text: string; ok: boolean } {
  return formatCoverageReport(knowledge, buildQuestionBank(bundledPack, { seed: BANK_SEED }))
}
