// Quiz links: a built quiz as a short, versioned, checksummed code for a URL fragment or a QR code.
//
// Layout (then base64url, no padding):
//   u8 format version (1) · u8 kind 'Q' · u32 bank fingerprint · u32 seed · u8 flags
//   [varint seconds when timed] · varint count · count x varint question position in the bank
//   index · varint title length · UTF-8 title · u32 CRC-32 of everything before it.
// Questions are named by their position in the sorted id list of a bank whose fingerprint is in
// the link, so a 20-question link stays near 80 characters whatever the ids (deflate would not
// shrink bytes this dense, so CompressionStream is not used). The CRC-32 always comes last, in
// every future version too, so damage is told apart from a newer format.
//
// Version 2 (written only when the quiz holds a teacher's question, so other links stay readable by
// older copies of the app): each question is a varint tag, 2 x position for a bank question, or 1
// followed by a question the link carries (its id, then its set-file JSON), since a student's device
// does not have the teacher's set. Result codes stay version 1.

import type { TimeLimit } from '../domain/quiz'
import type { Question } from '../domain/question'
import type { BankIndex } from './bankIndex'
import { ByteReader, ByteWriter, fromBase64Url, toBase64Url, verifiedBody, withChecksum } from '../lib/bytes'
import { carriedQuestionText, readCarriedQuestion } from './setFormat'

/** The frame version of result codes and of quiz links that carry no question. */
export const LINK_FORMAT_VERSION = 1
/** Quiz links that carry teachers' questions. */
export const CARRYING_LINK_VERSION = 2
const CARRIED_TAG = 1
const MAX_CARRIED_ID_BYTES = 200
const MAX_CARRIED_BYTES = 4_000
const KIND_QUIZ = 0x51 // 'Q'
export const KIND_RESULT = 0x52 // 'R'
export const MAX_QUIZ_QUESTIONS = 100
export const MAX_TITLE_BYTES = 120
/** Longer text is not a quiz link of any version; refused before decoding. */
const MAX_CODE_CHARS = 2_800
/**
 * The longest link code the builder makes: with the join address in front it still fits a QR code
 * (about 2,330 bytes at error correction M).
 */
export const MAX_LINK_CODE_CHARS = 2_200

/** The builder's message when the teachers' questions do not fit in one link. */
export const TOO_LONG_MESSAGE =
  "These questions do not fit in one quiz link: a teacher's question travels inside the link, and a QR code holds about 2,200 characters. Remove some of your own questions, or shorten them."

export type QuizOrder = 'same' | 'shuffled'

export interface LinkedQuiz {
  /** In the teacher's order (students see it shuffled when order is 'shuffled'). */
  questionIds: string[]
  seed: number
  order: QuizOrder
  timeLimit: TimeLimit
  title: string
  /** Teachers' questions the link carries (students' devices lack their sets); their ids are in questionIds. */
  carried?: Question[]
}

/** A linked quiz's title as shown: the teacher may leave it empty. */
export function quizTitle(quiz: Pick<LinkedQuiz, 'title'> | undefined): string {
  return quiz?.title || 'Class quiz'
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string }

export const LINK_MESSAGES = {
  empty: 'This link has no quiz in it. Ask for the quiz link again.',
  damaged: 'This quiz link is damaged or incomplete. Copy the whole link again, or scan the QR code.',
  newer: 'This quiz link was made by a newer version of Close Read. Update the app (reload it when it offers an update), then open the link again.',
  older: 'This quiz link was made by an older version of Close Read that this version cannot open. Ask for a new link.',
  otherBank:
    "This quiz was made with a different version of Close Read's questions, so it cannot be played exactly as it was made. Make sure you and your teacher use the same version of the app.",
  notQuiz: 'This is a result code, not a quiz link. Result codes go on the teacher\'s "Collect results" page.',
} as const

/** The same failures, worded for a result code. */
export const RESULT_CODE_MESSAGES = {
  empty: 'No result code was given.',
  damaged: 'This result code is damaged or incomplete. Ask the student to show the code again, or scan their QR code.',
  newer: 'This result code was made by a newer version of Close Read. Update the app on this device (reload it when it offers an update), then add the code again.',
  older: 'This result code was made by an older version of Close Read that this version cannot read.',
} as const

const TIME_KINDS = ['off', 'quiz', 'question'] as const

/** Throws a RangeError for a quiz no link can hold (an unknown id, too many questions, too long). */
export function encodeQuizLink(quiz: LinkedQuiz, bank: BankIndex): string {
  const carried = new Map((quiz.carried ?? []).map((question) => [question.id, question]))
  const carries = quiz.questionIds.some((id) => !bank.positionOf.has(id) && carried.has(id))
  const writer = new ByteWriter()
    .u8(carries ? CARRYING_LINK_VERSION : LINK_FORMAT_VERSION)
    .u8(KIND_QUIZ)
    .u32(bank.fingerprint)
    .u32(quiz.seed >>> 0)
  const timeKind = TIME_KINDS.indexOf(quiz.timeLimit.kind)
  writer.u8((quiz.order === 'shuffled' ? 1 : 0) | (timeKind << 1))
  if (quiz.timeLimit.kind !== 'off') writer.varint(Math.max(1, Math.round(quiz.timeLimit.seconds)))
  if (quiz.questionIds.length === 0 || quiz.questionIds.length > MAX_QUIZ_QUESTIONS) throw new RangeError('A quiz link holds 1 to 100 questions.')
  writer.varint(quiz.questionIds.length)
  for (const id of quiz.questionIds) {
    const position = bank.positionOf.get(id)
    const question = carried.get(id)
    if (position !== undefined) writer.varint(carries ? position * 2 : position)
    else if (question) writer.varint(CARRIED_TAG).text(id, MAX_CARRIED_ID_BYTES).text(carriedQuestionText(question), MAX_CARRIED_BYTES)
    else throw new RangeError(`Unknown question id: ${id}`)
  }
  writer.text(quiz.title, MAX_TITLE_BYTES)
  const code = toBase64Url(withChecksum(writer.toBytes()))
  if (code.length > MAX_LINK_CODE_CHARS) throw new RangeError(TOO_LONG_MESSAGE)
  return code
}

/** The raw checked bytes of a code of either kind, or the message for a code that is not. */
export function readCode(text: string, kind: number): Decoded<{ reader: ByteReader; checksum: number; version: number }> {
  const messages = kind === KIND_RESULT ? RESULT_CODE_MESSAGES : LINK_MESSAGES
  const code = text.trim()
  if (code.length === 0) return { ok: false, message: messages.empty }
  if (code.length > MAX_CODE_CHARS) return { ok: false, message: messages.damaged }
  const bytes = fromBase64Url(code)
  const verified = bytes && verifiedBody(bytes)
  if (!verified) return { ok: false, message: messages.damaged }
  const reader = new ByteReader(verified.body)
  const version = reader.u8()
  if (version > (kind === KIND_QUIZ ? CARRYING_LINK_VERSION : LINK_FORMAT_VERSION)) return { ok: false, message: messages.newer }
  if (version < LINK_FORMAT_VERSION) return { ok: false, message: messages.older }
  const found = reader.u8()
  if (found !== kind) {
    if (found === KIND_RESULT) return { ok: false, message: LINK_MESSAGES.notQuiz }
    if (found === KIND_QUIZ) return { ok: false, message: 'This is a quiz link, not a result code. Students get their result code at the end of the quiz.' }
    return { ok: false, message: messages.damaged }
  }
  return { ok: true, value: { reader, checksum: verified.checksum, version } }
}

/** The quiz a link names, with its fingerprint (the link's checksum), or a message to show. */
export function decodeQuizLink(text: string, bank: BankIndex): Decoded<LinkedQuiz & { fingerprint: number }> {
  try {
    const read = readCode(text, KIND_QUIZ)
    if (!read.ok) return read
    const { reader, checksum, version } = read.value
    if (reader.u32() !== bank.fingerprint) return { ok: false, message: LINK_MESSAGES.otherBank }
    const seed = reader.u32()
    const flags = reader.u8()
    const timeKind = TIME_KINDS[(flags >> 1) & 0b11]
    if (!timeKind || flags > 0b111) return { ok: false, message: LINK_MESSAGES.damaged }
    const timeLimit: TimeLimit = timeKind === 'off' ? { kind: 'off' } : { kind: timeKind, seconds: reader.varint(24 * 3600) }
    if (timeLimit.kind !== 'off' && timeLimit.seconds < 1) return { ok: false, message: LINK_MESSAGES.damaged }
    const count = reader.varint(MAX_QUIZ_QUESTIONS)
    if (count === 0) return { ok: false, message: LINK_MESSAGES.damaged }
    const questionIds: string[] = []
    const carried: Question[] = []
    for (let i = 0; i < count; i++) {
      const tag = reader.varint()
      let id: string | undefined
      if (version === LINK_FORMAT_VERSION || tag % 2 === 0) {
        id = bank.ids[version === LINK_FORMAT_VERSION ? tag : tag / 2]
        if (id === undefined) return { ok: false, message: LINK_MESSAGES.otherBank }
      } else {
        if (tag !== CARRIED_TAG) return { ok: false, message: LINK_MESSAGES.damaged }
        id = reader.text(MAX_CARRIED_ID_BYTES)
        const question = readCarriedQuestion(reader.text(MAX_CARRIED_BYTES), id)
        // A carried id never stands for a bank question: that link was not made by this app.
        if (!question || bank.positionOf.has(id)) return { ok: false, message: LINK_MESSAGES.damaged }
        carried.push(question)
      }
      if (questionIds.includes(id)) return { ok: false, message: LINK_MESSAGES.damaged }
      questionIds.push(id)
    }
    const title = reader.text(MAX_TITLE_BYTES)
    if (reader.remaining !== 0) return { ok: false, message: LINK_MESSAGES.damaged }
    // A version 2 link always carries a question (the encoder writes version 1 otherwise).
    if (version === CARRYING_LINK_VERSION && carried.length === 0) return { ok: false, message: LINK_MESSAGES.damaged }
    const order: QuizOrder = flags & 1 ? 'shuffled' : 'same'
    const quiz = { questionIds, seed, order, timeLimit, title, fingerprint: checksum }
    return { ok: true, value: carried.length > 0 ? { ...quiz, carried } : quiz }
  } catch {
    // Only ByteReader's CodecError can get here; any throw still means the code cannot be read.
    return { ok: false, message: LINK_MESSAGES.damaged }
  }
}

/** The quiz's questions in link order: carried ones from the link, the others from the bank. */
export function linkedQuestions(quiz: Pick<LinkedQuiz, 'questionIds' | 'carried'>, bank: BankIndex): Question[] {
  const carried = new Map((quiz.carried ?? []).map((question) => [question.id, question]))
  return quiz.questionIds.map((id) => (carried.get(id) ?? bank.questionsById.get(id)) as Question)
}

/** The quiz code out of whatever was pasted: a whole link (…/join#q=CODE), or the code alone. */
export function quizCodeFrom(text: string): string {
  const match = /[#?&]q=([A-Za-z0-9_-]*)/.exec(text)
  return match ? (match[1] as string) : text.trim()
}

/** Short and readable: how a teacher and a result code name a quiz. */
export function fingerprintLabel(fingerprint: number): string {
  return fingerprint.toString(16).padStart(8, '0').toUpperCase()
}
