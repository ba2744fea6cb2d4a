// The misreadings in a class's answers, for the teacher: per question (which misreading a question
// drew, from how many students) and per student (what each falls for most). Counted from the
// re-graded answers of the class table, as the students' own Results count theirs.
import { MISREADINGS, type Misreading } from '../domain/misreading'
import type { ClassTable } from './classTable'

export interface MisreadingTally {
  misreading: Misreading
  count: number
}

export interface QuestionMisreadings {
  /** 1-based, as the table numbers its columns (Q1…). */
  number: number
  questionId: string
  tallies: MisreadingTally[]
}

export interface StudentMisreadings {
  label: string
  tallies: MisreadingTally[]
}

export interface ClassMisreadings {
  /** Only questions that drew some misreading, in quiz order. */
  byQuestion: QuestionMisreadings[]
  /** Only students who fell for some misreading, in table order. */
  byStudent: StudentMisreadings[]
  /** The whole class, most first. */
  total: MisreadingTally[]
}

/** Counts of these lists of misreadings (each list counts a misreading once), most first, ties in MISREADINGS order. */
function tally(lists: readonly (readonly Misreading[] | undefined)[]): MisreadingTally[] {
  const counts = new Map<Misreading, number>()
  for (const list of lists) for (const m of new Set(list ?? [])) counts.set(m, (counts.get(m) ?? 0) + 1)
  return [...counts.entries()]
    .map(([misreading, count]) => ({ misreading, count }))
    .sort((a, b) => b.count - a.count || MISREADINGS.indexOf(a.misreading) - MISREADINGS.indexOf(b.misreading))
}

export function classMisreadings(table: ClassTable): ClassMisreadings {
  const byQuestion = table.columns
    .map((column, i) => ({ number: i + 1, questionId: column.question.id, tallies: tally(table.rows.map((row) => row.marks[i]?.misreadings)) }))
    .filter((q) => q.tallies.length > 0)
  const byStudent = table.rows.map((row) => ({ label: row.label, tallies: tally(row.marks.map((mark) => mark.misreadings)) })).filter((s) => s.tallies.length > 0)
  const total = tally(table.rows.flatMap((row) => row.marks.map((mark) => mark.misreadings)))
  return { byQuestion, byStudent, total }
}
