// What the bank covers of the knowledge base: paragraphs, quotes, entities of every kind (people,
// groups, places, organisations) and quantities, and counts by type and topic. Shared by the
// content report and the tests, so both hold one rule.
import { ENTITY_KINDS, type Entity, type EntityKind, type KnowledgeBase, type KnowledgeItem } from '../content/schema'
import { involvedEntityIds, nameSpans } from './generators/entities'
import type { Question, QuestionType } from '../domain/question'
import { kindOf, QUESTION_TYPES } from './types/registry'

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
  /** Entity ids by kind. */
  entities: Record<EntityKind, Covered<string>>
  quantities: Covered<string>
}

/** Plural names for the report and the problems list. */
export const ENTITY_KIND_NAMES: Record<EntityKind, string> = {
  person: 'people',
  group: 'groups',
  place: 'places',
  organisation: 'organisations',
}

export const MIN_QUESTIONS = 200

function split<T>(all: readonly T[], isCovered: (value: T) => boolean): Covered<T> {
  return { covered: all.filter(isCovered), missing: all.filter((value) => !isCovered(value)) }
}

/** Ids a question names as an answer or a choice: people answered in a role question count as covered. */
function namedIds(question: Question): string[] {
  return kindOf(question).options(question).map((choice) => choice.id)
}

/** Every text a question shows: its prompt, choices, sentence, sides and items. */
function shownText(question: Question): string {
  const { gap } = kindOf(question).display(question)
  const parts = [question.prompt, ...kindOf(question).options(question).map((option) => option.text)]
  if (gap) parts.push(gap.before, gap.after)
  return parts.join('\n')
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
  // A person counts only when a question is about them or offers them as an answer. A place, group
  // or organisation may also count when a question shows its name: many appear only as a setting
  // or in a title ("US State Department spokesman Matthew Miller").
  const shown = questions.map(shownText)
  const isCovered = (entity: Entity) =>
    entities.has(entity.id) || (entity.kind !== 'person' && shown.some((text) => nameSpans(text, entity).length > 0))
  const byKind = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, split(knowledge.entities.filter((e) => e.kind === kind), isCovered)]),
  ) as Record<EntityKind, Covered<Entity>>
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
    entities: Object.fromEntries(
      ENTITY_KINDS.map((kind) => [kind, { covered: byKind[kind].covered.map((e) => e.id), missing: byKind[kind].missing.map((e) => e.id) }]),
    ) as Record<EntityKind, Covered<string>>,
    quantities: split(knowledge.facts.filter((f) => f.kind === 'quantity').map((f) => f.id), (id) => factIds.has(id)),
  }
}

/** What a shippable bank must cover; empty when all is well. */
export function coverageProblems(coverage: Coverage): string[] {
  const problems: string[] = []
  if (coverage.questions < MIN_QUESTIONS) problems.push(`only ${coverage.questions} questions (at least ${MIN_QUESTIONS} required)`)
  for (const type of QUESTION_TYPES) if (coverage.byType[type] === 0) problems.push(`no ${type} questions`)
  const lists: Record<string, Covered<string | number>> = {
    paragraphs: coverage.paragraphs,
    quotes: coverage.quotes,
    ...Object.fromEntries(ENTITY_KINDS.map((kind) => [ENTITY_KIND_NAMES[kind], coverage.entities[kind]])),
    quantities: coverage.quantities,
  }
  for (const [name, list] of Object.entries(lists)) {
    if (list.missing.length > 0) problems.push(`${name} not covered: ${list.missing.join(', ')}`)
  }
  return problems
}
