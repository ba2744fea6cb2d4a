// Moodle GIFT: https://docs.moodle.org/en/GIFT_format. Every text is plain ([plain]), so Moodle
// shows it as written and never as HTML. Ordering has no GIFT type and goes out as matching
// (each item to its position); the file's header comment says so.

import type { Question } from '../domain/question'
import { originOf, type ExportBundle } from './exportBundle'
import { sourceText } from './questionText'
import { assertNever } from '../domain/question'
import { kindOf } from '../questions/types/registry'
import type { ExportShape } from '../questions/types/kind'

/** Backslash first, so the escapes added after it are not escaped again. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Moodle reads an answer block holding "->" as matching pairs, and no escape protects it: an
 * answer's own "->" becomes an arrow (the bank has none; a teacher's set might).
 */
function answer(text: string): string {
  return escapeGift(text.replace(/->/g, '→'))
}

/** Weights Moodle accepts: 100/n to five decimals, e.g. 33.33333. */
function weight(percent: number): string {
  return String(Number(percent.toFixed(5)))
}

function generalFeedback(bundle: ExportBundle, question: Question): string {
  return [question.explanation, sourceText(question, originOf(bundle, question))].filter(Boolean).join(' ')
}

interface GiftParts {
  text: string
  answers: string
  /** Said before the general feedback (an essay's model answer). */
  model?: string
}

/** Each shape a question can take (its type says which) as GIFT. */
function giftParts(shape: ExportShape): GiftParts {
  const text = escapeGift(shape.text)
  switch (shape.shape) {
    case 'choice':
      return { text, answers: shape.choices.map((choice) => `${choice.right ? '=' : '~'}${answer(choice.text)}`).join(' ') }
    case 'choices': {
      // The app scores (right − wrong) / right, so each wrong tick cancels a right one.
      const rightCount = Math.max(1, shape.choices.filter((choice) => choice.right).length)
      return { text, answers: shape.choices.map((choice) => `~%${weight((choice.right ? 100 : -100) / rightCount)}%${answer(choice.text)}`).join(' ') }
    }
    case 'true_false':
      return { text, answers: shape.answer ? 'TRUE' : 'FALSE' }
    case 'number':
      return { text, answers: `#${shape.value}` }
    case 'short':
      return { text, answers: shape.accepted.map((accepted) => `=${answer(accepted)}`).join(' ') }
    case 'pairs':
      return { text, answers: shape.pairs.map((pair) => `=${answer(pair.left)} -> ${answer(pair.right)}`).join(' ') }
    case 'essay':
      // An empty answer block is Moodle's essay, graded by hand; the model answer leads the feedback.
      return { text, answers: '', model: `Model answer: ${shape.model}` }
    default:
      return assertNever(shape)
  }
}

export function giftQuestion(bundle: ExportBundle, question: Question): string {
  const { text, answers, model } = giftParts(kindOf(question).exportShape(question))
  const feedback = [model, generalFeedback(bundle, question)].filter(Boolean).join(' ')
  return `::${escapeGift(question.id)}::[plain]${text} {${answers} ####${escapeGift(feedback)}}`
}

/** A whole GIFT file: a comment header, then one question per paragraph. */
export function toGift(bundle: ExportBundle, exportedOn: string): string {
  const header = [
    `// ${bundle.title}`.replace(/\r?\n/g, ' '),
    `// Exported from Close Read on ${exportedOn}: ${bundle.questions.length} questions.`,
    '// Each question’s general feedback gives its explanation and the article sentence it rests on.',
    '// Ordering questions have no GIFT type: they are written as matching, each item to its place (1 is the first).',
    '// Marking questions (mark a paragraph with its layers) have no GIFT type: they are written as essays, graded by hand, the model answer in the feedback.',
    '// Written answers (explain with evidence) are essays, graded by hand: the model answer and what a good answer includes are in the feedback.',
    '// Numerical answers must be exact, as in the app.',
  ]
  return `${[header.join('\n'), ...bundle.questions.map((question) => giftQuestion(bundle, question))].join('\n\n')}\n`
}
