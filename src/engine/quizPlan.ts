// Turning what the learner asked for on the Study page into a concrete quiz (QuizConfig).

import type { QuestionBank } from '../questions/bankTypes'
import type { Question, QuestionType } from '../domain/question'
import { seededRandom, shuffled } from '../questions/random'
import { kindOf } from '../questions/types/registry'
import { allQuestions, allQuizSets, questionsForParagraph, selectQuestions } from './selection'
import type { QuizConfig, QuizMode, TimeLimit } from '../domain/quiz'

export const QUICK_QUIZ_LENGTH = 10
export const LINK_SOURCE_PREFIX = 'link:'

export type QuizRequest =
  | {
      kind: 'set'
      setId: string
      mode: Extract<QuizMode, 'practice' | 'test'>
      count: number
      types: QuestionType[]
      shuffle: boolean
      timeLimit: TimeLimit
    }
  | { kind: 'quick' }
  | { kind: 'mistakes'; questionIds: string[]; count: number }
  | { kind: 'review'; questionIds: string[] }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'questions'; title: string; questionIds: string[] }
  /** A quiz from a teacher's link: played as a Test; `code` travels in `source` for the result code. */
  | { kind: 'link'; code: string; title: string; questionIds: string[]; shuffle: boolean; timeLimit: TimeLimit }

export type QuizPlan = { ok: true; config: QuizConfig } | { ok: false; message: string }

const NONE_LEFT = 'No questions match these choices. Choose another set or more question types.'

/**
 * A Test shows no feedback until the end, but a self-checked answer shows its model answer on the spot:
 * those questions go last (in their order), so a model answer reveals nothing to a question still to come.
 */
export function selfCheckedLast(ids: readonly string[], known: ReadonlyMap<string, Question>): string[] {
  const selfChecked = (id: string) => {
    const question = known.get(id)
    return question !== undefined && kindOf(question).selfChecked === true
  }
  return [...ids.filter((id) => !selfChecked(id)), ...ids.filter(selfChecked)]
}

export function planQuiz(bank: QuestionBank, request: QuizRequest, seed: number): QuizPlan {
  const off: TimeLimit = { kind: 'off' }
  const plan = (mode: QuizMode, title: string, source: string, questionIds: string[], timeLimit: TimeLimit = off): QuizPlan =>
    questionIds.length === 0 ? { ok: false, message: NONE_LEFT } : { ok: true, config: { mode, title, source, questionIds, timeLimit } }
  const known = new Map(allQuestions(bank).map((question) => [question.id, question]))
  const existing = (ids: string[]) => ids.filter((id) => known.has(id))

  switch (request.kind) {
    case 'set': {
      const set = allQuizSets(bank).find((candidate) => candidate.id === request.setId)
      if (!set) return { ok: false, message: 'That question set does not exist in this version of the app.' }
      const pool = set.questionIds.map((id) => known.get(id)).filter((question) => question !== undefined)
      const ids = selectQuestions(pool, { count: request.count, types: request.types, shuffle: request.shuffle, seed })
      if (request.mode === 'test') return plan('test', set.title, set.id, selfCheckedLast(ids, known), request.timeLimit)
      return plan(request.mode, set.title, set.id, ids)
    }
    case 'quick':
      // Quick stays quick: no exercise that takes minutes (marking a whole paragraph).
      return plan('quick', 'Quick 10', 'quick', selectQuestions(bank.questions.filter((question) => !kindOf(question).long), { count: QUICK_QUIZ_LENGTH, shuffle: true, seed }))
    case 'mistakes': {
      const pool = existing(request.questionIds).map((id) => known.get(id)!)
      return plan('mistakes', 'Mistakes', 'mistakes', selectQuestions(pool, { count: request.count, shuffle: true, seed }))
    }
    case 'review':
      return plan('review', 'Review', 'review', existing(request.questionIds))
    case 'paragraph': {
      const ids = questionsForParagraph(bank.questions, request.paragraph).map((question) => question.id)
      return plan('practice', `Paragraph ${request.paragraph}`, `paragraph:${request.paragraph}`, ids)
    }
    case 'questions':
      return plan('practice', request.title, 'questions', existing(request.questionIds))
    case 'link': {
      // Every id must exist: a linked quiz is played exactly as built or not at all.
      if (existing(request.questionIds).length !== request.questionIds.length) {
        return { ok: false, message: 'This quiz has questions that this version of the app does not have.' }
      }
      const ids = request.shuffle ? shuffled(request.questionIds, seededRandom(seed)) : request.questionIds.slice()
      return plan('test', request.title, `${LINK_SOURCE_PREFIX}${request.code}`, selfCheckedLast(ids, known), request.timeLimit)
    }
  }
}
