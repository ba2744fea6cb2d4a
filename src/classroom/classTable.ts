// The teacher's view of collected results: every answer re-graded from this device's own answer
// key, a students x questions table, each question's share of right answers, and a CSV.

import { csvRow } from './csv'
import { formatPoints, scorePercent } from '../engine/score'
import { checkAnswer } from '../questions/checkAnswer'
import { kindOf } from '../questions/types/registry'
import type { Misreading, Question } from '../domain/question'
import type { CheckResult } from '../questions/check/result'
import type { ResultSubmission } from './resultCode'

export type Mark = 'right' | 'partly' | 'wrong' | 'blank'

export interface Cell {
  mark: Mark
  score: number
  /** What the student gave, in words ('' when blank). */
  given: string
  /** "2 of 3 pairs" for a partly right multi-part answer, else ''. */
  partial: string
  /** What the wrong parts of the answer stand for, when any (classMisreadings.ts counts them). */
  misreadings?: Misreading[]
}

export interface StudentRow {
  /** As the student typed it. */
  name: string
  /** The name as the table shows it: a name met again is "Ana (2)", "Ana (3)"… */
  label: string
  /** Another row before this one has the same name (a second attempt, or two students of one name). */
  repeated: boolean
  durationSeconds: number
  /** One per quiz question, in link order. */
  marks: Cell[]
  points: number
}

export interface QuestionColumn {
  question: Question
  /** Share of students who got it fully right, 0..1. */
  rightShare: number
  /** The right answer in words. */
  expected: string
}

export interface ClassTable {
  rows: StudentRow[]
  columns: QuestionColumn[]
  /** Questions fewer than all got right, worst first (at most `limit`). */
  mostMissed: QuestionColumn[]
}

/** What the parts of a multi-part answer are called, from how the question is laid out. */
function partNoun(question: Question): string {
  const display = kindOf(question).display(question)
  if (display.columns) return 'pairs'
  if (display.ordered) return 'in the right place'
  return 'right choices'
}

/** The exact partial score in words: "2 of 3 pairs", "3 of 5 in the right place", "2 of 3 right choices ticked, 1 wrong". */
export function partialText(question: Question, result: CheckResult): string {
  if (result.correct || result.score <= 0) return ''
  // A type that words its own parts (a self-check's "2 of 4 points") is taken at its word.
  if (result.partial) return result.partial
  if (!result.parts?.length) return ''
  const parts = result.parts
  const noun = partNoun(question)
  if (noun === 'right choices') {
    // A multi-select's parts are all its choices: score = (right ticks − wrong ticks) / right choices.
    const shouldTick = parts.filter((part) => part.expected === 'selected')
    const rightTicks = shouldTick.filter((part) => part.given === 'selected').length
    const wrongTicks = parts.filter((part) => part.expected !== 'selected' && part.given === 'selected').length
    return `${rightTicks} of ${shouldTick.length} right choices ticked${wrongTicks > 0 ? `, ${wrongTicks} wrong` : ''}`
  }
  return `${parts.filter((part) => part.correct).length} of ${parts.length} ${noun}`
}

function cellOf(question: Question, submission: ResultSubmission, position: number): Cell {
  const response = submission.answers.get(position)
  if (!response) return { mark: 'blank', score: 0, given: '', partial: '' }
  const result = checkAnswer(question, response)
  const mark: Mark = result.correct ? 'right' : result.score > 0 ? 'partly' : 'wrong'
  const cell: Cell = { mark, score: result.correct ? 1 : result.score, given: result.given, partial: partialText(question, result) }
  return result.misreadings ? { ...cell, misreadings: result.misreadings } : cell
}

export function gradeSubmission(submission: ResultSubmission, questions: readonly Question[]): StudentRow {
  const marks = questions.map((question, position) => cellOf(question, submission, position))
  const points = marks.reduce((sum, m) => sum + m.score, 0)
  return { name: submission.name, label: submission.name, repeated: false, durationSeconds: submission.durationSeconds, marks, points }
}

/** Names compared as a teacher reads them: case, accents' composition and spacing aside. */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')

export function buildClassTable(submissions: readonly ResultSubmission[], questions: readonly Question[], limit = 3): ClassTable {
  const seen = new Map<string, number>()
  const rows = submissions.map((submission) => {
    const row = gradeSubmission(submission, questions)
    const key = nameKey(row.name)
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? row : { ...row, label: `${row.name.trim()} (${count})`, repeated: true }
  })
  const columns = questions.map((question, position) => ({
    question,
    expected: checkAnswer(question, undefined).expected,
    rightShare: rows.length === 0 ? 0 : rows.filter((row) => row.marks[position]?.mark === 'right').length / rows.length,
  }))
  const mostMissed = rows.length === 0 ? [] : columns.filter((column) => column.rightShare < 1).sort((a, b) => a.rightShare - b.rightShare).slice(0, limit)
  return { rows, columns, mostMissed }
}

/** Lets Excel read the file as UTF-8 (names with accents), as the question CSV does. */
export const CSV_BOM = '\uFEFF'

/**
 * Marks first (Q1…), then each student's own answers (Q1 answer…), a row of the share right and
 * a row of the right answers. Starts with a byte order mark.
 */
export function classTableCsv(table: ClassTable): string {
  const n = table.columns.length
  const questionHeads = table.columns.map((_, i) => `Q${i + 1}`)
  const header = ['Name', 'Points', 'Out of', 'Percent', 'Seconds', ...questionHeads, ...questionHeads.map((q) => `${q} answer`)]
  const lines = [header, ...table.rows.map((row) => [
    row.label,
    // The same figures as the student's results page and the table on screen (src/engine/score.ts).
    formatPoints(row.points),
    n,
    scorePercent(row.points, n),
    row.durationSeconds,
    ...row.marks.map((mark) => (mark.mark === 'blank' ? '' : formatPoints(mark.score))),
    ...row.marks.map((mark) => mark.given),
  ])]
  lines.push(['Right answers (share)', '', '', '', '', ...table.columns.map((column) => `${Math.round(column.rightShare * 100)}%`), ...table.columns.map(() => '')])
  lines.push(['Right answer', '', '', '', '', ...table.columns.map(() => ''), ...table.columns.map((column) => column.expected)])
  // Every number here is 0 or more (plain digits, never grouped), so the cell guard leaves them as they are.
  return CSV_BOM + lines.map((line) => csvRow(line.map(String))).join('\r\n') + '\r\n'
}
