// The shape of every generated question and of a learner's response to it: domain types, imported by
// the generators (src/questions), answer checking (src/engine) and the player UI. Imports nothing.

export const QUESTION_TYPES = [
  'single_choice',
  'multi_select',
  'true_false',
  'who_said',
  'whose_position',
  'fact_or_position',
  'numeric',
  'cloze',
  'matching',
  'ordering',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

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
}

interface QuestionBase {
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

/** One right choice among several (single_choice, true_false, who_said, whose_position, fact_or_position). */
export interface ChoiceQuestion extends QuestionBase {
  type: 'single_choice' | 'true_false' | 'who_said' | 'whose_position' | 'fact_or_position'
  choices: Choice[]
  /** The id of the one right choice. */
  answer: string
}

export interface MultiSelectQuestion extends QuestionBase {
  type: 'multi_select'
  choices: Choice[]
  /** The ids of every right choice (at least one). */
  answer: string[]
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric'
  answer: {
    value: number
    /** Shown after the input, e.g. "people", "km". */
    unit?: string
  }
}

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze'
  /** The article sentence around the blank, verbatim. */
  before: string
  after: string
  answer: {
    /** The article's own word(s) first; other accepted spellings after it. */
    accepted: string[]
  }
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching'
  left: Choice[]
  right: Choice[]
  /** left id -> right id; every left item has exactly one partner. */
  answer: Record<string, string>
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering'
  /** Items in the order they are first shown (shuffled by seed). */
  items: Choice[]
  /** Item ids in the right order (earliest first). */
  answer: string[]
}

export type Question =
  | ChoiceQuestion
  | MultiSelectQuestion
  | NumericQuestion
  | ClozeQuestion
  | MatchingQuestion
  | OrderingQuestion

/** What a learner gave, per question kind. */
export type Response =
  | { kind: 'choice'; choiceId: string }
  | { kind: 'choices'; choiceIds: string[] }
  | { kind: 'text'; text: string }
  | { kind: 'pairs'; pairs: Record<string, string> }
  | { kind: 'order'; itemIds: string[] }
