// Text helpers of the item-writing rules: what a learner sees, and what is quoted in it.
import type { Question } from '../../domain/question'

/** The choice texts of a question with choices (choice, multi-select), else none. */
export function choiceTexts(question: Question): string[] {
  return 'choices' in question ? question.choices.map((c) => c.text) : []
}

/** Every text a learner sees before answering. */
export function shownTexts(question: Question): string[] {
  const texts = [question.prompt, ...choiceTexts(question)]
  if (question.type === 'cloze') texts.push(question.before, question.after)
  if (question.type === 'matching' || question.type === 'source_match') texts.push(...question.left.map((c) => c.text), ...question.right.map((c) => c.text))
  if (question.type === 'ordering') texts.push(...question.items.map((c) => c.text))
  return texts
}

/** The index of the right choice of a one-answer choice question, else -1. */
export function answerIndex(question: Question): number {
  if (!('choices' in question) || Array.isArray(question.answer)) return -1
  return question.choices.findIndex((c) => c.id === question.answer)
}

/** The passages in “double quotation marks” of a text (a quotation inside one keeps its ‘single’ marks). */
export function quotations(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1] as string)
}

/** The text with its quotations taken out: the app's own words. */
export function outsideQuotations(text: string): string {
  return text.replace(/“[^”]*”/g, '“”')
}

/** ‘Inner’ quotation marks back to the article's “double” ones; an apostrophe (“powers’ decades”) stays. */
export function innerMarksRestored(text: string): string {
  let open = 0
  let out = ''
  for (const [i, ch] of [...text].entries()) {
    if (ch === '‘') [out, open] = [`${out}“`, open + 1]
    else if (ch === '’' && open > 0 && !/\p{L}/u.test([...text][i + 1] ?? '')) [out, open] = [`${out}”`, open - 1]
    else out += ch
  }
  return out
}

export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length

/** Is the text one choice shown as a quotation of the article (“…” around the whole)? */
export const isQuotedChoice = (text: string): boolean => /^“[^”]*”$/.test(text.trim())
