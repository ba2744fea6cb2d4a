// What "Read aloud" says for a question: the prompt and everything the learner must read to
// answer it (choices, the gap sentence, both sides of a matching, the items to order).
import type { Choice, Question } from '../../domain/question'

const numbered = (items: readonly Choice[]): string => items.map((item, i) => `${i + 1}: ${item.text}.`).join(' ')
const listed = (items: readonly Choice[]): string => items.map((item) => `${item.text}.`).join(' ')

export function questionSpeech(question: Question): string {
  const parts = [question.prompt]
  switch (question.type) {
    case 'cloze':
      parts.push(`${question.before} blank ${question.after}`.trim())
      break
    case 'numeric':
      if (question.answer.unit) parts.push(`Answer in ${question.answer.unit}.`)
      break
    case 'matching':
      parts.push(`Items to match: ${numbered(question.left)}`, `Partners: ${listed(question.right)}`)
      break
    case 'ordering':
      parts.push(`Items to order: ${numbered(question.items)}`)
      break
    default:
      parts.push(numbered(question.choices))
  }
  return parts.join(' ')
}
