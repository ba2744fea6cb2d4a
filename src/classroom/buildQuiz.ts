// The Classroom page's quiz builder: from the teacher's choices to the quiz a link carries.

import { buildQuizSets, selectQuestions } from '../engine/selection'
import type { TimeLimit } from '../domain/quiz'
import type { QuestionBank } from '../questions/bankTypes'
import type { QuestionType } from '../domain/question'
import type { Decoded, LinkedQuiz, QuizOrder } from './quizLink'
import { MAX_QUIZ_QUESTIONS } from './quizLink'

export interface QuizChoices {
  setIds: string[]
  types: QuestionType[]
  count: number
  order: QuizOrder
  timeLimit: TimeLimit
  title: string
}

/** The questions of every chosen set (each once), picked with the engine's varied selection. */
export function buildLinkedQuiz(bank: QuestionBank, choices: QuizChoices, seed: number): Decoded<LinkedQuiz> {
  const sets = buildQuizSets(bank.questions, bank.topics).filter((set) => choices.setIds.includes(set.id))
  if (sets.length === 0) return { ok: false, message: 'Choose at least one question set.' }
  const inSets = new Set(sets.flatMap((set) => set.questionIds))
  const pool = bank.questions.filter((question) => inSets.has(question.id))
  const count = Math.max(1, Math.min(MAX_QUIZ_QUESTIONS, Math.round(choices.count)))
  // Reading order in the link; 'shuffled' is applied on each student's phone.
  const questionIds = selectQuestions(pool, { count, types: choices.types, shuffle: false, seed })
  if (questionIds.length === 0) return { ok: false, message: 'No questions match these choices. Choose more sets or question types.' }
  return { ok: true, value: { questionIds, seed: seed >>> 0, order: choices.order, timeLimit: choices.timeLimit, title: choices.title.trim() } }
}
