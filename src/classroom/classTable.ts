// The teacher's view of collected results: every answer re-graded from this device's own answer
// key, a students x questions table, each question's share of right answers, and a CSV.

import { csvRow } from './csv'
import { formatPoints, scorePercent } from '../engine/score'
import { checkAnswer } from '../questions/checkAnswer'
import type { Question } from '../domain/question'
import type { ResultSubmission } from './resultCode'

export type Mark = 'right' | 'partly' | 'wrong' | 'blank'

export interface StudentRow {
  name: string
  durationSeconds: number
  /** One per quiz question, in link order. */
  marks: { mark: Mark; score: number }[]
  points: number
}

export interface QuestionColumn {
  question: Question
  /** Share of students who got it fully right, 0..1. */
  rightShare: number
}

export interface ClassTable {
  rows: StudentRow[]
  columns: QuestionColumn[]
  /** Questions fewer than all got right, worst first (at most `limit`). */
  mostMissed: QuestionColumn[]
}

export function gradeSubmission(submission: ResultSubmission, questions: readonly Question[]): StudentRow {
  const marks = questions.map((question, position) => {
    const response = submission.answers.get(position)
    if (!response) return { mark: 'blank' as const, score: 0 }
    const result = checkAnswer(question, response)
    const mark: Mark = result.correct ? 'right' : result.score > 0 ? 'partly' : 'wrong'
    return { mark, score: result.correct ? 1 : result.score }
  })
  return { name: submission.name, durationSeconds: submission.durationSeconds, marks, points: marks.reduce((sum, m) => sum + m.score, 0) }
}

export function buildClassTable(submissions: readonly ResultSubmission[], questions: readonly Question[], limit = 3): ClassTable {
  const rows = submissions.map((submission) => gradeSubmission(submission, questions))
  const columns = questions.map((question, position) => ({
    question,
    rightShare: rows.length === 0 ? 0 : rows.filter((row) => row.marks[position]?.mark === 'right').length / rows.length,
  }))
  const mostMissed = rows.length === 0 ? [] : columns.filter((column) => column.rightShare < 1).sort((a, b) => a.rightShare - b.rightShare).slice(0, limit)
  return { rows, columns, mostMissed }
}

export function classTableCsv(table: ClassTable): string {
  const header = ['Name', 'Points', 'Out of', 'Percent', 'Seconds', ...table.columns.map((_, i) => `Q${i + 1}`)]
  const total = table.columns.length
  const lines = [header, ...table.rows.map((row) => [
    row.name,
    // The same figures as the student's results page and the table on screen (src/engine/score.ts).
    formatPoints(row.points),
    total,
    scorePercent(row.points, total),
    row.durationSeconds,
    ...row.marks.map((mark) => (mark.mark === 'blank' ? '' : formatPoints(mark.score))),
  ])]
  lines.push(['Right answers (share)', '', '', '', '', ...table.columns.map((column) => `${Math.round(column.rightShare * 100)}%`)])
  // Every number here is 0 or more, so the shared cell guard (for text) leaves them as they are.
  return lines.map((line) => csvRow(line.map(String))).join('\r\n') + '\r\n'
}
