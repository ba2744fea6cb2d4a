// Every question type, once. Adding a type is adding its folder and one line here; TypeScript then
// says whatever else must know of it (a type with no kind here, or a kind of no type, does not compile).
import type { Question, QuestionOf, QuestionType, Response } from '../../domain/question'
import { clozeKind } from './cloze'
import { competingClaimsKind } from './competing_claims'
import { explainKind } from './explain'
import { factOrPositionKind } from './fact_or_position'
import type { QuestionKind } from './kind'
import { markLayersKind } from './mark_layers'
import { matchingKind } from './matching'
import { multiSelectKind } from './multi_select'
import { numericKind } from './numeric'
import { orderingKind } from './ordering'
import { paraphraseCheckKind } from './paraphrase_check'
import { proveItKind } from './prove_it'
import { singleChoiceKind } from './single_choice'
import { sourceMatchKind } from './source_match'
import { structureKind } from './structure'
import { trueFalseKind } from './true_false'
import { whoSaidKind } from './who_said'
import { whosePositionKind } from './whose_position'
import { wordChoiceKind } from './word_choice'

// In the order the bank is built and types are listed (Study's filters, reports).
const KINDS = {
  single_choice: singleChoiceKind,
  multi_select: multiSelectKind,
  true_false: trueFalseKind,
  who_said: whoSaidKind,
  whose_position: whosePositionKind,
  fact_or_position: factOrPositionKind,
  numeric: numericKind,
  cloze: clozeKind,
  matching: matchingKind,
  ordering: orderingKind,
  prove_it: proveItKind,
  source_match: sourceMatchKind,
  paraphrase_check: paraphraseCheckKind,
  competing_claims: competingClaimsKind,
  mark_layers: markLayersKind,
  word_choice: wordChoiceKind,
  structure: structureKind,
  explain: explainKind,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind takes its own response kind
} satisfies { [T in QuestionType]: QuestionKind<QuestionOf<T>, any> }

export const QUESTION_TYPES = Object.keys(KINDS) as QuestionType[]

/** The kind of a type, seen through the common interface (a kind checks only its own questions). */
export function kindFor(type: QuestionType): QuestionKind {
  // Own keys only: a type named like an Object.prototype member ("toString") is no type.
  if (!Object.hasOwn(KINDS, type)) throw new TypeError(`No question type '${String(type)}'`)
  return KINDS[type] as unknown as QuestionKind
}

export function kindOf(question: Question): QuestionKind {
  return kindFor(question.type)
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && Object.hasOwn(KINDS, value)
}

/** Any response of a shape some type takes (a saved quiz's answer before its question is known). */
export function readAnyResponse(value: unknown): Response | undefined {
  for (const type of QUESTION_TYPES) {
    const response = kindFor(type).readResponse(value)
    if (response) return response
  }
  return undefined
}

/** How the app names each type ("Fill the gap"). */
export function typeLabel(type: QuestionType): string {
  return kindFor(type).label
}

export type { QuestionKind }
