// Teachers' imported sets in the shape the quiz store and the Study page use.

import type { TeacherQuestions } from '../questions/bankTypes'
import type { TeacherSet } from './setFormat'

/** Built-in set ids are topic ids and never hold a colon. */
export function teacherQuizSetId(set: Pick<TeacherSet, 'id'>): string {
  return `teacher:${set.id}`
}

export function teacherQuestions(sets: readonly TeacherSet[]): TeacherQuestions {
  return {
    sets: sets.map((set) => ({
      id: teacherQuizSetId(set),
      title: set.title,
      description: set.description ? `Written by a teacher. ${set.description}` : 'Written by a teacher.',
      questionIds: set.questions.map((question) => question.id),
    })),
    questions: sets.flatMap((set) => set.questions),
    setTitles: Object.fromEntries(sets.flatMap((set) => set.questions.map((question) => [question.id, set.title]))),
  }
}
