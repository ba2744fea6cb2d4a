// What a question type is: everything the app does with one type, in one object. Each type's folder
// exports one QuestionKind; registry.ts lists them; the rest of the app asks the registry and never
// branches on a type name.
import type { Choice, Question, Response } from '../../domain/question'
import type { ByteReader, ByteWriter } from '../../lib/bytes'
import type { CheckResult } from '../check/result'

/** How a question is laid out wherever it is shown without its answer component (Host, worksheet, review). */
export interface QuestionDisplay {
  /** A gap sentence: the article's words around the blank. */
  gap?: { before: string; after: string }
  /** What the learner picks from or puts in order, lettered A, B, C… */
  options?: string[]
  /** The options are to be put in order, not picked. */
  ordered?: boolean
  /** Two columns to pair up: numbered items on the left, lettered partners on the right. */
  columns?: { left: string[]; right: string[] }
  /** Written after a typed answer, e.g. "people". */
  unit?: string
  /** A paragraph of the article to work in (select or underline words). */
  passage?: string
  /** What a good written answer includes: shown with the answer (Host) and under the lines (worksheet). */
  checklist?: string[]
}

/** How a question is answered on paper (the printed worksheet). */
export interface PaperAnswer {
  /** "Circle one letter.", or '' when the answer line says it all. */
  instruction: string
  /** The line left to write the answer on; `lines` leaves room for a few sentences. */
  line: 'none' | 'short' | 'wide' | 'lines'
}

/**
 * A question in the shapes quiz formats know (Moodle GIFT's, for now): each type says which it is, and
 * a format writes each shape. A shape a format cannot hold is written as the nearest one it can.
 */
export type ExportShape =
  | { shape: 'choice'; text: string; choices: { text: string; right: boolean }[] }
  | { shape: 'choices'; text: string; choices: { text: string; right: boolean }[] }
  | { shape: 'true_false'; text: string; answer: boolean }
  | { shape: 'number'; text: string; value: number }
  | { shape: 'short'; text: string; accepted: string[] }
  | { shape: 'pairs'; text: string; pairs: { left: string; right: string }[] }
  /** Written out, graded by hand: `model` is the answer to compare with (marks on a text). */
  | { shape: 'essay'; text: string; model: string }

/** Loads a type's answer component (a Vue component module; typed loosely so logic code needs no Vue). */
export type ComponentLoader = () => Promise<{ default: object }>

export interface QuestionKind<Q extends Question = Question, R extends Response = Response> {
  type: Q['type']
  /** How the app names the type ("Fill the gap"). */
  label: string


  /** The response shape this type takes, read from anything (a saved quiz, a link), or undefined. */
  readResponse(value: unknown): R | undefined
  /** Judges a response; `undefined` (nothing valid given) gives an invalid result naming the right answer. */
  check(question: Q, response: R | undefined): CheckResult
  /** The right answer as a response (a key to check against, tests, a reveal). */
  rightResponse(question: Q): R
  /** What the learner starts from (nothing picked; ordering: the items as shown). */
  emptyResponse(question: Q): R
  /** Whether there is something to check yet (the Check button stays disabled until there is). */
  isReady(question: Q, response: R): boolean
  /** A plain-language line on how to answer. */
  hint(question: Q): string
  /** A long exercise (minutes, not seconds): left out of Quick 10, which stays quick. */
  long?: boolean
  /**
   * Checked by the learner against a model answer shown once they have answered (explain): a Test plays
   * these last, so no model answer gives anything away to a question still to come.
   */
  selfChecked?: boolean
  /** The answer component focuses its own input (a typed answer), so the player leaves the focus there. */
  focusesInput?: boolean
  /** The answer component: loaded with the first question of this type, not with the page. */
  component: ComponentLoader

  /** Everything the learner picks from or arranges (choices, both sides of a matching, the items to order). */
  options(question: Q): Choice[]
  /** What "Read aloud" says after the prompt. */
  speech(question: Q): string[]
  /** Layout where the answer component is not used (Host, worksheet, results). */
  display(question: Q): QuestionDisplay
  paper: PaperAnswer
  /** The prompt as read on paper or in a flashcard (a gap sentence added). */
  promptText(question: Q): string
  /** The right answer in words; `separator` joins the parts of a multi-part answer. */
  answerText(question: Q, separator: string): string
  /** The answer by letters where the learner picks letters (a worksheet key), else in words. */
  answerKey(question: Q): string
  /** Other accepted forms of the answer, for keys that can show them. */
  alsoAccepted?(question: Q): string[]
  exportShape(question: Q): ExportShape

  /** What grading depends on (ids, choices, answer key, not wording): part of a quiz link's fingerprint. */
  gradingKey(question: Q): unknown[]
  /** A response in a result code, relative to its question (indices, not ids). Throws on what cannot be written or read. */
  writeResponse(writer: ByteWriter, question: Q, response: R): void
  readCodedResponse(reader: ByteReader, question: Q): R
}

