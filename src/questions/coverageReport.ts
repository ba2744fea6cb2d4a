// The readable coverage report printed by `npm run content:report`.
import type { KnowledgeBase } from '../content/schema'
import { ENTITY_KINDS } from '../content/schema'
import { computeCoverage, coverageProblems, ENTITY_KIND_NAMES, type Covered } from './coverage'
import type { Question } from '../domain/question'

function table(title: string, rows: readonly (readonly [string, string | number])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length), 8)
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${String(value).padStart(4)}`)
  return [title, ...lines].join('\n')
}

function coveredLine<T>(name: string, list: Covered<T>): string {
  const total = list.covered.length + list.missing.length
  const missing = list.missing.length > 0 ? `  MISSING: ${list.missing.join(', ')}` : ''
  return `  ${name.padEnd(13)} ${String(list.covered.length).padStart(3)} / ${total}${missing}`
}

export function formatCoverageReport(knowledge: KnowledgeBase, questions: readonly Question[]): { text: string; ok: boolean } {
  const coverage = computeCoverage(knowledge, questions)
  const problems = coverageProblems(coverage)
  const labels = new Map(knowledge.topics.map((topic) => [topic.id, topic.label]))
  const sections = [
    `Question bank for “${knowledge.articleId}”: ${coverage.questions} questions`,
    table('Knowledge items by kind and certainty', Object.entries(coverage.items).sort()),
    table('Questions by type', Object.entries(coverage.byType)),
    table('Questions by topic', Object.entries(coverage.byTopic).map(([id, n]) => [labels.get(id) ?? id, n] as const)),
    [
      'Covered',
      coveredLine('paragraphs', coverage.paragraphs),
      coveredLine('quotes', coverage.quotes),
      ...ENTITY_KINDS.map((kind) => coveredLine(ENTITY_KIND_NAMES[kind], coverage.entities[kind])),
      coveredLine('quantities', coverage.quantities),
    ].join('\n'),
    problems.length === 0 ? 'Everything required is covered.' : ['PROBLEMS', ...problems.map((p) => `  - ${p}`)].join('\n'),
  ]
  return { text: sections.join('\n\n'), ok: problems.length === 0 }
}
