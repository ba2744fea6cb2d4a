// The Classroom page's quiz builder: from the teacher's choices to the quiz a link carries.

import { allQuestions, allQuizSets, selectQuestions } from '../engine/selection'
import type { TimeLimit } from '../domain/quiz'
import type { QuestionBank } from '../questions/bankTypes'
import type { Question, QuestionType } from '../domain/question'
import type { QuizSet } from '../domain/quiz'
import { answerText, choiceLines, promptText } from './questionText'
import type { Decoded, LinkedQuiz, QuizOrder } from './quizLink'
import { MAX_QUIZ_QUESTIONS } from './quizLink'
import { TEACHER_PREFIX } from './setFormat'

export interface QuizChoices {
  /** 'random': `count` questions from the chosen sets and types; 'picked': exactly `pickedIds`, in that order. */
  mode?: 'random' | 'picked'
  pickedIds?: string[]
  setIds: string[]
  types: QuestionType[]
  count: number
  order: QuizOrder
  timeLimit: TimeLimit
  title: string
}

/** The questions of every chosen set (each once), picked with the engine's varied selection. */
export function buildLinkedQuiz(bank: QuestionBank, choices: QuizChoices, seed: number): Decoded<LinkedQuiz> {
  if (choices.mode === 'picked') return pickedQuiz(bank, choices, seed)
  const sets = allQuizSets(bank).filter((set) => choices.setIds.includes(set.id))
  if (sets.length === 0) return { ok: false, message: 'Choose at least one question set.' }
  const inSets = new Set(sets.flatMap((set) => set.questionIds))
  const pool = allQuestions(bank).filter((question) => inSets.has(question.id))
  const count = Math.max(1, Math.min(MAX_QUIZ_QUESTIONS, Math.round(choices.count)))
  // Reading order in the link; 'shuffled' is applied on each student's phone.
  const questionIds = selectQuestions(pool, { count, types: choices.types, shuffle: false, seed })
  if (questionIds.length === 0) return { ok: false, message: 'No questions match these choices. Choose more sets or question types.' }
  return { ok: true, value: linkedQuiz(bank, questionIds, choices, seed) }
}

/** The quiz with the teachers' questions it uses, which the link carries to the students' devices. */
function linkedQuiz(bank: QuestionBank, questionIds: string[], choices: QuizChoices, seed: number): LinkedQuiz {
  const chosen = new Set(questionIds)
  const carried = allQuestions(bank).filter((question) => chosen.has(question.id) && question.id.startsWith(TEACHER_PREFIX))
  const quiz: LinkedQuiz = { questionIds, seed: seed >>> 0, order: choices.order, timeLimit: choices.timeLimit, title: choices.title.trim() }
  return carried.length > 0 ? { ...quiz, carried } : quiz
}

/** The teacher's own list, in the teacher's order: every id once and known to the bank. */
function pickedQuiz(bank: QuestionBank, choices: QuizChoices, seed: number): Decoded<LinkedQuiz> {
  const known = new Set(allQuestions(bank).map((question) => question.id))
  const questionIds = [...new Set(choices.pickedIds ?? [])].filter((id) => known.has(id))
  if (questionIds.length === 0) return { ok: false, message: 'Tick at least one question for the quiz.' }
  if (questionIds.length > MAX_QUIZ_QUESTIONS) return { ok: false, message: `A quiz holds at most ${MAX_QUIZ_QUESTIONS} questions; remove ${questionIds.length - MAX_QUIZ_QUESTIONS}.` }
  return { ok: true, value: linkedQuiz(bank, questionIds, choices, seed) }
}

export interface QuestionFilter {
  /** A set id, or '' for every set. */
  setId: string
  /** A question type, or '' for every type. */
  type: string
  /** A paragraph number, or 0 for any paragraph. */
  paragraph: number
  /** Words to find in the prompt, choices or answer ('' for all). */
  search: string
}

export const NO_FILTER: QuestionFilter = { setId: '', type: '', paragraph: 0, search: '' }

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** The questions a hand-picking teacher sees for a filter, in the bank's order. */
export function filterQuestions(questions: readonly Question[], sets: readonly QuizSet[], filter: QuestionFilter): Question[] {
  const inSet = filter.setId ? new Set(sets.find((set) => set.id === filter.setId)?.questionIds ?? []) : undefined
  const words = fold(filter.search).split(/\s+/).filter(Boolean)
  return questions.filter((question) => {
    if (inSet && !inSet.has(question.id)) return false
    if (filter.type && question.type !== filter.type) return false
    if (filter.paragraph && !question.evidence.some((span) => span.paragraph === filter.paragraph)) return false
    if (words.length === 0) return true
    const text = fold([promptText(question), ...choiceLines(question), answerText(question)].join(' '))
    return words.every((word) => text.includes(word))
  })
}

/** `ids` with the one at `from` moved to `to` (both clamped), for the reorder buttons. */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids]
  const target = Math.max(0, Math.min(next.length - 1, to))
  const [moved] = next.splice(from, 1)
  if (moved === undefined) return [...ids]
  next.splice(target, 0, moved)
  return next
}
