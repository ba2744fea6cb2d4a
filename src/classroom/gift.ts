// Moodle GIFT: https://docs.moodle.org/en/GIFT_format. Every text is plain ([plain]), so Moodle
// shows it as written and never as HTML. Ordering has no GIFT type and goes out as matching
// (each item to its position); the file's header comment says so.

import type { Question } from '../domain/question'
import { originOf, type ExportBundle } from './exportBundle'
import { GAP, sourceText } from './questionText'

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
}

function giftParts(question: Question): GiftParts {
  switch (question.type) {
    case 'multi_select': {
      // The app scores (right − wrong) / right, so each wrong tick cancels a right one.
      const right = new Set(question.answer)
      const answers = question.choices.map((choice) => {
        const percent = (right.has(choice.id) ? 100 : -100) / Math.max(1, right.size)
        return `~%${weight(percent)}%${answer(choice.text)}`
      })
      return { text: escapeGift(question.prompt), answers: answers.join(' ') }
    }
    case 'numeric': {
      const unit = question.answer.unit ? ` (${question.answer.unit})` : ''
      // The app accepts the exact number only, so no tolerance.
      return { text: escapeGift(`${question.prompt}${unit}`), answers: `#${question.answer.value}` }
    }
    case 'cloze':
      return {
        text: escapeGift(`${question.prompt} “${question.before}${GAP}${question.after}”`),
        answers: question.answer.accepted.map((accepted) => `=${answer(accepted)}`).join(' '),
      }
    case 'matching':
      return {
        text: escapeGift(question.prompt),
        answers: question.left
          .map((left) => {
            const right = question.right.find((item) => item.id === question.answer[left.id])
            return `=${answer(left.text)} -> ${answer(right?.text ?? '')}`
          })
          .join(' '),
      }
    case 'ordering':
      return {
        text: escapeGift(`${question.prompt} Match each item with its place in the order (1 is the first).`),
        answers: question.items
          .map((item) => `=${answer(item.text)} -> ${question.answer.indexOf(item.id) + 1}`)
          .join(' '),
      }
    case 'true_false':
      if (question.answer === 'true' || question.answer === 'false') {
        return { text: escapeGift(question.prompt), answers: question.answer === 'true' ? 'TRUE' : 'FALSE' }
      }
      return choiceParts(question)
    default:
      return choiceParts(question)
  }
}

function choiceParts(question: Question & { choices: { id: string; text: string }[]; answer: string }): GiftParts {
  const answers = question.choices.map((choice) => `${choice.id === question.answer ? '=' : '~'}${answer(choice.text)}`)
  return { text: escapeGift(question.prompt), answers: answers.join(' ') }
}

export function giftQuestion(bundle: ExportBundle, question: Question): string {
  const { text, answers } = giftParts(question)
  return `::${escapeGift(question.id)}::[plain]${text} {${answers} ####${escapeGift(generalFeedback(bundle, question))}}`
}

/** A whole GIFT file: a comment header, then one question per paragraph. */
export function toGift(bundle: ExportBundle, exportedOn: string): string {
  const header = [
    `// ${bundle.title}`.replace(/\r?\n/g, ' '),
    `// Exported from Close Read on ${exportedOn}: ${bundle.questions.length} questions.`,
    '// Each question’s general feedback gives its explanation and the article sentence it rests on.',
    '// Ordering questions have no GIFT type: they are written as matching, each item to its place (1 is the first).',
    '// Numerical answers must be exact, as in the app.',
  ]
  return `${[header.join('\n'), ...bundle.questions.map((question) => giftQuestion(bundle, question))].join('\n\n')}\n`
}
