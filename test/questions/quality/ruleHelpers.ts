// Shared by the item-writing rules' tests: a choice question in a line, and one rule's violations
// for some questions taken as the bank.
import { RULES, createLintContext, lintWith, type Rule } from '../../../src/questions/quality'
import type { Question } from '../../../src/domain/question'
import { knowledge, paragraphs } from '../helpers'

export const base = { explanation: 'According to the article, x.', evidence: [], topics: [], factIds: [], difficulty: 2 as const }

export function choice(id: string, prompt: string, texts: [string, string][], answer: string | string[], type: Question['type'] = 'single_choice', extra: object = {}): Question {
  return { ...base, id, type, prompt, choices: texts.map(([cid, text]) => ({ id: cid, text })), answer, ...extra } as Question
}

export const rule = (id: string): Rule => {
  const found = RULES.find((r) => r.id === id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}

/** The rule's violations for these questions, as the bank. */
export const violations = (id: string, ...questions: Question[]) => lintWith(createLintContext(questions, knowledge, paragraphs), [rule(id)])
