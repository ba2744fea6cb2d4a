// The shape of every generated question and of a learner's response to it: domain types, imported by
// the generators (src/questions), answer checking (src/engine) and the player UI. Imports nothing.

import type { Misreading } from './misreading'

export { MISREADINGS, type Misreading } from './misreading'

/**
 * Every question type's shape, by type name. Empty here: each type's folder in src/questions/types
 * adds its own (`declare module … { interface QuestionShapes { cloze: ClozeQuestion } }`), so a new
 * type is added in its folder, and TypeScript then asks every exhaustive table for it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuestionShapes {}

export type QuestionType = keyof QuestionShapes
export type Question = QuestionShapes[QuestionType]
export type QuestionOf<T extends QuestionType> = QuestionShapes[T]

/**
 * What a learner gave, by kind of response. Several question types share one kind (every pick-one
 * type gives a 'choice'); a type with a new way of answering adds its kind the same way.
 */
export interface ResponseShapes {
  choice: { kind: 'choice'; choiceId: string }
  choices: { kind: 'choices'; choiceIds: string[] }
  text: { kind: 'text'; text: string }
  pairs: { kind: 'pairs'; pairs: Record<string, string> }
  order: { kind: 'order'; itemIds: string[] }
}
export type ResponseKind = keyof ResponseShapes
export type Response = ResponseShapes[ResponseKind]
export type ResponseOf<K extends ResponseKind> = ResponseShapes[K]

/** A verbatim span of the article: paragraphs[paragraph - 1].slice(start, end) === text. */
export interface Evidence {
  /** 1-based paragraph number. */
  paragraph: number
  start: number
  end: number
  text: string
}

export interface Choice {
  id: string
  text: string
  /** A wrong choice: the misreading it stands for, where one fits. */
  misreading?: Misreading
}

export interface QuestionBase {
  /** Stable: derived from the type and the knowledge items it is built on, not from the seed. */
  id: string
  prompt: string
  /** A short, neutral explanation; attributes every position or claim to its holder. */
  explanation: string
  evidence: Evidence[]
  topics: string[]
  factIds: string[]
  difficulty: 1 | 2 | 3
}

/** A question answered by picking one of its choices (single_choice, true_false, who_said…). */
export interface OneChoiceQuestion<T extends string> extends QuestionBase {
  type: T
  choices: Choice[]
  /** The id of the one right choice. */
  answer: string
}

/** Every type whose question is answered by picking one choice. */
export type ChoiceQuestion = Extract<Question, { choices: Choice[]; answer: string }>

/** Where code must branch on a closed set, this proves at compile time that every case is handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
