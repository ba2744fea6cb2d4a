// What the bank covers of the knowledge base: paragraphs, quotes, people and quantities, and
// counts by type and topic. Shared by the content report and the tests, so both hold one rule.
import type { KnowledgeBase, KnowledgeItem } from '../content/schema'
import { involvedEntityIds } from './generators/entities'
import { QUESTION_TYPES, type Question, type QuestionType } from './types'

export interface Covered<T> {
  covered: T[]
  missing: T[]
}

export interface Coverage {
  questions: number
  byType: Record<QuestionType, number>
  byTopic: Record<string, number>
  /** "fact/quantity reported_fact" -> number of items. */
  items: Record<string, number>
  paragraphs: Covered<number>
  quotes: Covered<string>
  people: Covered<string>
  quantities: Covered<string>
}

export const MIN_QUESTIONS = 200

function split<T>(all: readonly T[], isCovered: (value: T) => boolean): Covered<T> {
  return { covered: all.filter(isCovered), missing: all.filter((value) => !isCovered(value)) }
}

/** Ids a question names as an answer or a choice: people answered in a role question count as covered. */
function namedIds(question: Question): string[] {
  if ('choices' in question) return question.choices.map((choice) => choice.id)
  if (question.type === 'matching') return [...question.left, ...question.right].map((choice) => choice.id)
  return []
}

export function computeCoverage(knowledge: KnowledgeBase, questions: readonly Question[]): Coverage {
  const items: KnowledgeItem[] = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
  const byId = new Map(items.map((item) => [item.id, item]))
  const factIds = new Set(questions.flatMap((q) => q.factIds))
  const paragraphs = new Set(questions.flatMap((q) => q.evidence.map((span) => span.paragraph)))
  const entities = new Set([
    ...[...factIds].flatMap((id) => (byId.has(id) ? involvedEntityIds(byId.get(id) as KnowledgeItem) : [])),
    ...questions.flatMap(namedIds),
  ])
  const byType = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>
  const byTopic: Record<string, number> = Object.fromEntries(knowledge.topics.map((topic) => [topic.id, 0]))
  for (const question of questions) {
    byType[question.type] += 1
    for (const topic of question.topics) byTopic[topic] = (byTopic[topic] ?? 0) + 1
  }
  const itemCounts: Record<string, number> = {}
  for (const item of items) {
    const key = `${item.id.split('.')[0]}/${item.kind} ${item.certainty}`
    itemCounts[key] = (itemCounts[key] ?? 0) + 1
  }
  return {
    questions: questions.length,
    byType,
    byTopic,
    items: itemCounts,
    paragraphs: split(Array.from({ length: knowledge.paragraphCount }, (_, i) => i + 1), (p) => paragraphs.has(p)),
    quotes: split(knowledge.quotes.map((q) => q.id), (id) => factIds.has(id)),
    people: split(knowledge.entities.filter((e) => e.kind === 'person').map((e) => e.id), (id) => entities.has(id)),
    quantities: split(knowledge.facts.filter((f) => f.kind === 'quantity').map((f) => f.id), (id) => factIds.has(id)),
  }
}

/** What a shippable bank must cover; empty when all is well. */
export function coverageProblems(coverage: Coverage): string[] {
  const problems: string[] = []
  if (coverage.questions < MIN_QUESTIONS) problems.push(`only ${coverage.questions} questions (at least ${MIN_QUESTIONS} required)`)
  for (const type of QUESTION_TYPES) if (coverage.byType[type] === 0) problems.push(`no ${type} questions`)
  const lists = { paragraphs: coverage.paragraphs, quotes: coverage.quotes, people: coverage.people, quantities: coverage.quantities }
  for (const [name, list] of Object.entries(lists)) {
    if (list.missing.length > 0) problems.push(`${name} not covered: ${list.missing.join(', ')}`)
  }
  return problems
}
