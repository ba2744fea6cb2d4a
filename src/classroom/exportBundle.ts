// What every exporter takes: a titled list of questions, and where each came from.

import type { QuizSet } from '../domain/quiz'
import { allQuestions, allQuizSets } from '../engine/selection'
import type { QuestionBank } from '../questions/bankTypes'
import type { Question } from '../domain/question'
import type { QuestionOrigin } from './questionText'

export interface ExportBundle {
  /** Names the file's contents, e.g. "Close Read: Everything". */
  title: string
  questions: readonly Question[]
  /** Teacher-written questions say so instead of quoting the article. */
  origin?: (question: Question) => QuestionOrigin
}

export function originOf(bundle: ExportBundle, question: Question): QuestionOrigin {
  return bundle.origin?.(question) ?? {}
}

/** The questions of `ids` in that order; unknown ids are left out. */
export function pickQuestions(all: readonly Question[], ids: readonly string[]): Question[] {
  const byId = new Map(all.map((question) => [question.id, question]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export const CURRENT_QUIZ_ID = 'current-quiz'

/** The quiz last built on this device (its questions, in its order), as a set to export. */
export function currentQuizSet(title: string, questionIds: readonly string[]): QuizSet {
  return { id: CURRENT_QUIZ_ID, title: `This quiz: ${title}`, description: 'The questions of the quiz built on this device.', questionIds: [...questionIds] }
}

export const CLASS_QUIZ_ID = 'class-quiz'

/** The class quiz built last on the Classroom page (its link's questions, in its order), as a set to export. */
export function classQuizSet(title: string, questionIds: readonly string[]): QuizSet {
  return { id: CLASS_QUIZ_ID, title: `Class quiz: ${title}`, description: 'The questions of the class quiz built last on this device.', questionIds: [...questionIds] }
}

/** Every set a teacher can export: the built-in ones, the teachers' own, then any `extra` (a built quiz). */
export function exportableSets(bank: QuestionBank, extra: readonly QuizSet[] = []): QuizSet[] {
  return [...allQuizSets(bank), ...extra]
}

/** The questions of one set, ready for any exporter; undefined for an unknown set. */
export function bundleForSet(bank: QuestionBank, setId: string, extra: readonly QuizSet[] = []): ExportBundle | undefined {
  const set = exportableSets(bank, extra).find((candidate) => candidate.id === setId)
  if (!set) return undefined
  const setTitles = bank.teacher?.setTitles ?? {}
  return {
    title: `Close Read: ${set.title}`,
    questions: pickQuestions(allQuestions(bank), set.questionIds),
    origin: (question) => (setTitles[question.id] !== undefined ? { teacherSetTitle: setTitles[question.id] } : {}),
  }
}

/** A file name from a set's title: "close-read-fact-or-position.csv". */
export function exportFileName(setTitle: string, extension: string): string {
  const slug = setTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
  return `close-read-${slug || 'questions'}.${extension}`
}
