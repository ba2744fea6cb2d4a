// What every exporter takes: a titled list of questions, and where each came from.

import type { Question } from '../questions/types'
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
