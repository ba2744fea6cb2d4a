// Which questions a quiz plays: sets to choose from, and a varied pick of questions from a set.

import { seededRandom, shuffled } from '../questions/random'
import type { QuestionBank } from '../questions/bankTypes'
import type { Question, QuestionType } from '../domain/question'
import type { QuizSet, TopicInfo } from '../domain/quiz'
import { conflict, withoutConflicts } from './quizConflicts'

export const EVERYTHING_SET_ID = 'everything'
export const MEDIA_LITERACY_SET_ID = 'fact-or-position'
export const MARK_THE_TEXT_SET_ID = 'mark-the-text'

/** The built-in questions, then those of the teachers' sets imported on this device. */
export function allQuestions(bank: Pick<QuestionBank, 'questions' | 'teacher' | 'linked'>): Question[] {
  const teacher = bank.teacher?.questions ?? []
  // A linked question this device also has in a set is that set's question.
  const linked = (bank.linked ?? []).filter((question) => !teacher.some((own) => own.id === question.id))
  return [...bank.questions, ...teacher, ...linked]
}

/** The built-in sets (see buildQuizSets), then the teachers' sets. */
export function allQuizSets(bank: QuestionBank): QuizSet[] {
  return [...buildQuizSets(bank.questions, bank.topics), ...(bank.teacher?.sets ?? [])]
}

/**
 * The reading skills Study offers beside the topics, each the question types that train it, in the
 * order they are listed ("Fact or position?" keeps the id it always had).
 */
export const SKILL_SETS: readonly { id: string; title: string; description: string; types: readonly QuestionType[] }[] = [
  { id: 'skill:who-says', title: 'Who says it', description: 'Give each quotation and view to whoever the article says holds it: the author, or someone in it.', types: ['who_said', 'whose_position'] },
  { id: 'skill:sources', title: 'Where it comes from', description: 'Where each claim comes from as the article gives it, how it sets claims against each other, and where a summary says more than the quoted words.', types: ['source_match', 'competing_claims', 'paraphrase_check'] },
  { id: 'skill:word-choice', title: 'Word choice', description: 'Find the words that carry a judgement, say whose it is, and pick a neutral wording.', types: ['word_choice'] },
  { id: MEDIA_LITERACY_SET_ID, title: 'Fact or position?', description: 'Tell apart what the article reports, what people in it say, what is unconfirmed or denied, and what the author argues.', types: ['fact_or_position', 'whose_position'] },
  { id: 'skill:structure', title: 'How it is built', description: 'What each part of the piece does, where reporting turns into argument, and what kind of text it is.', types: ['structure'] },
]

/** "Everything", a set per reading skill, "Mark the text", then one set per topic that has questions (empty sets left out, but for "Fact or position?"). */
export function buildQuizSets(bank: readonly Question[], topics: readonly TopicInfo[]): QuizSet[] {
  const ids = (questions: readonly Question[]) => questions.map((question) => question.id)
  const sets: QuizSet[] = [
    {
      id: EVERYTHING_SET_ID,
      title: 'Everything',
      description: 'Questions on the whole article.',
      questionIds: ids(bank),
    },
  ]
  for (const skill of SKILL_SETS) {
    const questionIds = ids(bank.filter((question) => skill.types.includes(question.type)))
    if (questionIds.length > 0 || skill.id === MEDIA_LITERACY_SET_ID) sets.push({ id: skill.id, title: skill.title, description: skill.description, questionIds, group: 'skill' })
  }
  const marking = bank.filter((question) => question.type === 'mark_layers')
  if (marking.length > 0) {
    sets.push({
      id: MARK_THE_TEXT_SET_ID,
      title: 'Mark the text',
      description: 'Mark a paragraph’s words with the five layers, then compare your marks with the article’s.',
      questionIds: ids(marking),
      group: 'skill',
    })
  }
  for (const topic of topics) {
    const inTopic = bank.filter((question) => question.topics.includes(topic.id))
    if (inTopic.length > 0) sets.push({ id: topic.id, title: topic.label, description: topic.description, questionIds: ids(inTopic), group: 'topic' })
  }
  return sets
}

export interface SelectionOptions {
  count: number
  /** Only these types; all types when empty or absent. */
  types?: readonly QuestionType[]
  /** Shuffled order; otherwise the questions follow the article's reading order. */
  shuffle: boolean
  seed: number
}

/** Where a question's first evidence sits in the article, for reading order. */
function readingPosition(question: Question): number {
  const first = question.evidence[0]
  return first ? first.paragraph * 100_000 + first.start : Number.MAX_SAFE_INTEGER
}

/**
 * A varied pick: questions are dealt round-robin across types (in a seeded order), so a short quiz
 * mixes kinds of question instead of drawing ten of the most common type.
 */
export function selectQuestions(pool: readonly Question[], options: SelectionOptions): string[] {
  const random = seededRandom(options.seed)
  const allowed = options.types && options.types.length > 0 ? new Set(options.types) : undefined
  const candidates = allowed ? pool.filter((question) => allowed.has(question.type)) : pool.slice()
  const byType = new Map<QuestionType, Question[]>()
  for (const question of shuffled(candidates, random)) {
    byType.set(question.type, [...(byType.get(question.type) ?? []), question])
  }
  const queues = shuffled([...byType.values()], random)
  const picked: Question[] = []
  const count = Math.max(0, Math.min(options.count, candidates.length))
  // A question that repeats a picked one's fact or gives its answer away is passed over (quizConflicts.ts):
  // the quiz may come out shorter than asked when the pool has too few questions on distinct facts.
  while (picked.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      let next = queue.shift()
      while (next && picked.some((other) => conflict(other, next as Question))) next = queue.shift()
      if (next && picked.length < count) picked.push(next)
    }
  }
  const ordered = options.shuffle ? shuffled(picked, random) : picked.sort((a, b) => readingPosition(a) - readingPosition(b))
  return ordered.map((question) => question.id)
}

/**
 * Questions whose evidence lies in the given paragraph (1-based), none repeating another's fact or
 * giving its answer away. Those on fewest facts are dealt first, so one that spans the paragraph
 * (marking it, choosing among its quotations) does not crowd out the rest; “Mark paragraph N” asks
 * the marking on its own.
 */
export function questionsForParagraph(bank: readonly Question[], paragraph: number): Question[] {
  const here = bank.filter((question) => question.evidence.some((span) => span.paragraph === paragraph))
  const fewestFactsFirst = here.map((question, i) => ({ question, i })).sort((a, b) => a.question.factIds.length - b.question.factIds.length || a.i - b.i)
  const kept = new Set(withoutConflicts(fewestFactsFirst.map((x) => x.question)))
  return here.filter((question) => kept.has(question))
}
