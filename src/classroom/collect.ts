// Reading a batch of result codes (pasted, from a file or scanned) for one quiz.

import type { Question } from '../domain/question'
import { decodeResultCode, MAX_CODES, MAX_SCANNED_CHARS, scanCodes, type ResultSubmission } from './resultCode'

export interface KnownQuiz {
  title: string
  questions: readonly Question[]
}

export interface CodeBatch {
  accepted: { code: string; submission: ResultSubmission }[]
  refused: { code: string; message: string }[]
  /** Codes found past the most read at once (MAX_CODES), not read: the summary says how many. */
  leftOut: number
  /** The text was longer than is read (MAX_SCANNED_CHARS): anything after that was not looked at. */
  cut: boolean
}

export function readResultCodes(text: string, quizzes: ReadonlyMap<number, KnownQuiz>, quizFingerprint: number): CodeBatch {
  const scanned = scanCodes(text)
  return { ...decodeResultCodes(scanned.codes, quizzes, quizFingerprint), leftOut: scanned.leftOut, cut: scanned.cut }
}

/** Codes one by one, with no cap: the results already stored on this device, however many. */
export function decodeResultCodes(codes: readonly string[], quizzes: ReadonlyMap<number, KnownQuiz>, quizFingerprint: number): CodeBatch {
  const batch: CodeBatch = { accepted: [], refused: [], leftOut: 0, cut: false }
  for (const code of codes) {
    const decoded = decodeResultCode(code, quizzes, quizFingerprint)
    if (decoded.ok) batch.accepted.push({ code, submission: decoded.value })
    else batch.refused.push({ code, message: decoded.message })
  }
  return batch
}

/** What the teacher reads after adding codes, in one line. */
export function batchSummary(added: number, duplicates: number, refused: number, leftOut = 0, cut = false): string {
  const more = [
    leftOut > 0 ? `${leftOut === 1 ? '1 more code was' : `${leftOut} more codes were`} not read: at most ${MAX_CODES} are read at once; add the rest separately.` : '',
    cut ? `Only the first ${MAX_SCANNED_CHARS.toLocaleString('en')} characters were read; add the rest separately.` : '',
  ].filter(Boolean)
  if (added + duplicates + refused === 0) return ['No result code found in that text. A result code is one long word of letters and digits.', ...more].join(' ')
  const parts = [`Added ${added} ${added === 1 ? 'result' : 'results'}.`]
  if (duplicates > 0) parts.push(`${duplicates} already collected (ignored).`)
  if (refused > 0) parts.push(`${refused} could not be added; see below.`)
  return [...parts, ...more].join(' ')
}
