// Result codes: what a student hands back at the end of a linked quiz. It carries the quiz's
// fingerprint, the name they typed, how long they took and their answers (never a score): the
// teacher's device grades the answers itself.
//
// Layout (then base64url): u8 format version (1) · u8 kind 'R' · u32 quiz fingerprint ·
// varint seconds taken · name (varint length + UTF-8, at most 60 bytes) · varint answer count ·
// per answer: varint question position in the quiz, then the response relative to that question
// (choice index; count + choice indices; text; count + (left, right) index pairs; count + item
// indices) · u32 CRC-32.

import type { Question, Response } from '../domain/question'
import { ByteWriter, toBase64Url, withChecksum, type ByteReader } from '../lib/bytes'
import { kindOf } from '../questions/types/registry'
import { KIND_RESULT, LINK_FORMAT_VERSION, RESULT_CODE_MESSAGES, fingerprintLabel, readCode, type Decoded } from './quizLink'

export const MAX_NAME_BYTES = 60

export interface ResultSubmission {
  quizFingerprint: number
  name: string
  durationSeconds: number
  /** Keyed by the question's position in the quiz link (0-based). */
  answers: Map<number, Response>
}

export const RESULT_MESSAGES = {
  ...RESULT_CODE_MESSAGES,
  noName: 'This result code has no name in it.',
} as const

/** A response as its question's type writes it; one of another kind cannot be written (a RangeError, as for an unknown choice). */
function writeResponse(writer: ByteWriter, question: Question, response: Response) {
  const kind = kindOf(question)
  const read = kind.readResponse(response)
  if (!read) throw new RangeError(`A response of kind ${response.kind} to a ${question.type} question`)
  kind.writeResponse(writer, question, read)
}

function readResponse(reader: ByteReader, question: Question): Response {
  return kindOf(question).readCodedResponse(reader, question)
}

/** `questions` in the quiz link's order; answers to questions not in it are left out. */
export function encodeResultCode(submission: ResultSubmission, questions: readonly Question[]): string {
  const writer = new ByteWriter().u8(LINK_FORMAT_VERSION).u8(KIND_RESULT).u32(submission.quizFingerprint)
  writer.varint(Math.max(0, Math.min(2 ** 31, Math.round(submission.durationSeconds))))
  writer.text(submission.name.trim(), MAX_NAME_BYTES)
  const answers = [...submission.answers.entries()].filter(([position]) => questions[position] !== undefined).sort(([a], [b]) => a - b)
  writer.varint(answers.length)
  for (const [position, response] of answers) {
    writer.varint(position)
    writeResponse(writer, questions[position] as Question, response)
  }
  return toBase64Url(withChecksum(writer.toBytes()))
}

/** Only the fingerprint, name and time: enough to say which quiz a code is for. */
export interface ResultHeader {
  quizFingerprint: number
  name: string
  durationSeconds: number
}

/**
 * A result code read against the quiz it claims to be for. `quizzes` maps the fingerprints this
 * device knows to their questions (in link order); a code for any other quiz is refused by name.
 */
export function decodeResultCode(
  text: string,
  quizzes: ReadonlyMap<number, { title: string; questions: readonly Question[] }>,
  expected?: number,
): Decoded<ResultSubmission> {
  try {
    const read = readCode(text, KIND_RESULT)
    if (!read.ok) return read
    const reader = read.value.reader
    const quizFingerprint = reader.u32()
    const durationSeconds = reader.varint()
    const name = reader.text(MAX_NAME_BYTES).trim()
    const quiz = quizzes.get(quizFingerprint)
    if (expected !== undefined && quizFingerprint !== expected) {
      const known = quiz ? ` ("${quiz.title || 'Untitled quiz'}")` : ''
      return { ok: false, message: `This code${name ? ` from ${name}` : ''} is for another quiz${known}, quiz ${fingerprintLabel(quizFingerprint)}.` }
    }
    if (!quiz) return { ok: false, message: `This code${name ? ` from ${name}` : ''} is for quiz ${fingerprintLabel(quizFingerprint)}, which is not on this device. Add its quiz link first.` }
    if (!name) return { ok: false, message: RESULT_MESSAGES.noName }
    const count = reader.varint(quiz.questions.length)
    const answers = new Map<number, Response>()
    for (let i = 0; i < count; i++) {
      const position = reader.varint(quiz.questions.length - 1)
      if (answers.has(position)) return { ok: false, message: RESULT_MESSAGES.damaged }
      answers.set(position, readResponse(reader, quiz.questions[position] as Question))
    }
    if (reader.remaining !== 0) return { ok: false, message: RESULT_MESSAGES.damaged }
    return { ok: true, value: { quizFingerprint, name, durationSeconds, answers } }
  } catch {
    return { ok: false, message: RESULT_MESSAGES.damaged }
  }
}

/** Shorter than any result code (the frame alone, a one-letter name and no answers, is 19 characters). */
const MIN_CODE_CHARS = 16

/**
 * The codes in pasted chat text ("here is mine: AQ…, thanks!"): the runs of base64url characters
 * long enough to be a code and not an ordinary word. Words, punctuation and links around them are
 * left out, so a message yields its code instead of a "damaged" error per word.
 */
export function findCodes(text: string, maxCodes = MAX_CODES): string[] {
  return scanCodes(text, maxCodes).codes
}

/** At most this many codes are read from one paste or file. */
export const MAX_CODES = 500
/** Only the start of a paste this long is read. */
export const MAX_SCANNED_CHARS = 500_000

/**
 * findCodes, and what it left out: how many more codes past `maxCodes` (counted, not decoded), and
 * whether the text was longer than is read at all, so the teacher is told rather than losing them silently.
 */
export function scanCodes(text: string, maxCodes = MAX_CODES): { codes: string[]; leftOut: number; cut: boolean } {
  const codes: string[] = []
  let leftOut = 0
  for (const match of text.slice(0, MAX_SCANNED_CHARS).matchAll(/[A-Za-z0-9_-]+/g)) {
    const run = match[0]
    if (run.length < MIN_CODE_CHARS || /^[A-Z]?[a-z]+$|^[A-Z]+$/.test(run)) continue
    if (codes.length < maxCodes) codes.push(run)
    else leftOut += 1
  }
  return { codes, leftOut, cut: text.length > MAX_SCANNED_CHARS }
}
