// The question bank as the classroom codecs see it: a fixed numbering of question ids and a
// fingerprint of everything that decides how an answer is graded.

import type { Question } from '../domain/question'
import { crc32 } from '../lib/bytes'
import { kindOf } from '../questions/types/registry'

export interface BankIndex {
  /** CRC-32 of the sorted ids with their types, choices and answer keys (not the wording). */
  fingerprint: number
  /** Sorted ids: a link names a question by its position here. */
  ids: readonly string[]
  positionOf: ReadonlyMap<string, number>
  questionsById: ReadonlyMap<string, Question>
}

/** What grading depends on: two banks with equal keys grade every response the same way. */
const gradingKey = (question: Question): unknown[] => kindOf(question).gradingKey(question)

export function indexBank(questions: readonly Question[]): BankIndex {
  const sorted = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const ids = sorted.map((question) => question.id)
  const fingerprint = crc32(new TextEncoder().encode(JSON.stringify(sorted.map(gradingKey))))
  return {
    fingerprint,
    ids,
    positionOf: new Map(ids.map((id, index) => [id, index])),
    questionsById: new Map(sorted.map((question) => [question.id, question])),
  }
}
