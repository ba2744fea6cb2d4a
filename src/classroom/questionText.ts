// Plain-text forms of a question shared by every export (Anki, CSV, worksheet): the prompt as a
// learner reads it, its choices, and its answer. The bank's own wording is kept as it is; each
// type says how (src/questions/types).

import type { Question } from '../domain/question'
import { kindOf } from '../questions/types/registry'
import { letter } from '../questions/types/shared/text'

export { GAP } from '../questions/types/cloze'
export { letter }

/** Where an exported question comes from: the article (with its evidence) or a teacher's set. */
export interface QuestionOrigin {
  /** Set when the question was imported: the title of the teacher's set. */
  teacherSetTitle?: string
}

/** The prompt, with a cloze question's sentence and its gap. */
export function promptText(question: Question): string {
  return kindOf(question).promptText(question)
}

/** The options a learner picks from, as lines ("A. text"; a matching's left side "1. text"); empty for typed answers. */
export function choiceLines(question: Question): string[] {
  const { options = [], columns } = kindOf(question).display(question)
  return [
    ...(columns?.left ?? []).map((text, index) => `${index + 1}. ${text}`),
    ...(columns?.right ?? []).map((text, index) => `${letter(index)}. ${text}`),
    ...options.map((text, index) => `${letter(index)}. ${text}`),
  ]
}

/** The right answer in words; `separator` joins the parts of a multi-part answer. */
export function answerText(question: Question, separator = '; '): string {
  return kindOf(question).answerText(question, separator)
}

/** The answer by letters where the learner picks letters (for a worksheet key), else in words. */
export function answerKey(question: Question): string {
  return kindOf(question).answerKey(question)
}

/** Other accepted spellings of a typed answer, for keys that can show them. */
export function alsoAccepted(question: Question): string[] {
  return kindOf(question).alsoAccepted?.(question) ?? []
}

/** The article sentence(s) a question rests on, or who wrote it when it was imported. */
export function sourceText(question: Question, origin: QuestionOrigin = {}): string {
  if (origin.teacherSetTitle !== undefined) return `From “${origin.teacherSetTitle}”, written by a teacher.`
  return question.evidence.map((span) => `Paragraph ${span.paragraph}: “${span.text}”`).join(' ')
}

/** The 1-based paragraph numbers of a question's evidence, in order, once each. */
export function paragraphsOf(question: Question): number[] {
  return [...new Set(question.evidence.map((span) => span.paragraph))]
}
