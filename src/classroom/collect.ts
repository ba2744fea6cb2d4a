// Reading a batch of result codes (pasted, from a file or scanned) for one quiz.

import type { Question } from '../domain/question'
import { decodeResultCode, findCodes, type ResultSubmission } from './resultCode'

export interface KnownQuiz {
  title: string
  questions: readonly Question[]
}

export interface CodeBatch {
  accepted: { code: string; submission: ResultSubmission }[]
  refused: { code: string; message: string }[]
}

export function readResultCodes(text: string, quizzes: ReadonlyMap<number, KnownQuiz>, quizFingerprint: number): CodeBatch {
  return decodeResultCodes(findCodes(text), quizzes, quizFingerprint)
}

/** Codes one by one, with no cap: the results already stored on this device, however many. */
export function decodeResultCodes(codes: readonly string[], quizzes: ReadonlyMap<number, KnownQuiz>, quizFingerprint: number): CodeBatch {
  const batch: CodeBatch = { accepted: [], refused: [] }
  for (const code of codes) {
    const decoded = decodeResultCode(code, quizzes, quizFingerprint)
    if (decoded.ok) batch.accepted.push({ code, submission: decoded.value })
    else batch.refused.push({ code, message: decoded.message })
  }
  return batch
}

/** What the teacher reads after adding codes, in one line. */
export function batchSummary(added: number, duplicates: number, refused: number): string {
  if (added + duplicates + refused === 0) return 'No result code found in that text. A result code is one long word of letters and digits.'
  const parts = [`Added ${added} ${added === 1 ? 'result' : 'results'}.`]
  if (duplicates > 0) parts.push(`${duplicates} already collected (ignored).`)
  if (refused > 0) parts.push(`${refused} could not be added; see below.`)
  return parts.join(' ')
}
