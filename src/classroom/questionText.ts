// Plain-text forms of a question shared by every export (Anki, CSV, worksheet): the prompt as a
// learner reads it, its choices, and its answer. The bank's own wording is kept as it is.

import type { Choice, Question } from '../domain/question'

export const GAP = '_____'

/** Where an exported question comes from: the article (with its evidence) or a teacher's set. */
export interface QuestionOrigin {
  /** Set when the question was imported: the title of the teacher's set. */
  teacherSetTitle?: string
}

/** The prompt, with a cloze question's sentence and its gap. */
export function promptText(question: Question): string {
  if (question.type === 'cloze') return `${question.prompt} “${question.before}${GAP}${question.after}”`
  return question.prompt
}

export function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1)
}

/** The options a learner picks from, as lines ("A. text"); empty for typed answers. */
export function choiceLines(question: Question): string[] {
  switch (question.type) {
    case 'numeric':
    case 'cloze':
      return []
    case 'matching':
      return [
        ...question.left.map((item, index) => `${index + 1}. ${item.text}`),
        ...question.right.map((item, index) => `${letter(index)}. ${item.text}`),
      ]
    case 'ordering':
      return question.items.map((item, index) => `${letter(index)}. ${item.text}`)
    default:
      return question.choices.map((choice, index) => `${letter(index)}. ${choice.text}`)
  }
}

function textOf(choices: readonly Choice[], id: string | undefined): string {
  return choices.find((choice) => choice.id === id)?.text ?? ''
}

function numberText(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 })
}

/** The right answer in words; `separator` joins the parts of a multi-part answer. */
export function answerText(question: Question, separator = '; '): string {
  switch (question.type) {
    case 'multi_select':
      return question.choices.filter((choice) => question.answer.includes(choice.id)).map((choice) => choice.text).join(separator)
    case 'numeric':
      return [numberText(question.answer.value), question.answer.unit].filter(Boolean).join(' ')
    case 'cloze':
      return question.answer.accepted[0] ?? ''
    case 'matching':
      return question.left.map((left) => `${left.text} → ${textOf(question.right, question.answer[left.id])}`).join(separator)
    case 'ordering':
      return question.answer.map((id, index) => `${index + 1}. ${textOf(question.items, id)}`).join(separator)
    default:
      return textOf(question.choices, question.answer)
  }
}

/** The answer by letters where the learner picks letters (for a worksheet key), else in words. */
export function answerKey(question: Question): string {
  const letterOf = (choices: readonly Choice[], id: string | undefined) => letter(choices.findIndex((choice) => choice.id === id))
  switch (question.type) {
    case 'multi_select':
      return question.choices.flatMap((choice, index) => (question.answer.includes(choice.id) ? [letter(index)] : [])).join(', ')
    case 'matching':
      return question.left.map((left, index) => `${index + 1}–${letterOf(question.right, question.answer[left.id])}`).join(', ')
    case 'ordering':
      return question.answer.map((id) => letterOf(question.items, id)).join(', ')
    case 'numeric':
    case 'cloze':
      return answerText(question)
    default:
      return `${letterOf(question.choices, question.answer)} (${answerText(question)})`
  }
}

/** Other accepted spellings of a cloze answer, for keys that can show them. */
export function alsoAccepted(question: Question): string[] {
  return question.type === 'cloze' ? question.answer.accepted.slice(1) : []
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
