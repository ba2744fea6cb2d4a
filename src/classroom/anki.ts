// Anki's text import (https://docs.ankiweb.net/importing/text-files.html): UTF-8, one note per
// line, tab-separated, with file headers. html:false makes Anki show every field as plain text.
// A field holding a tab, a newline or a quote is quoted, with its quotes doubled.
// The notes are of Anki's built-in "Basic" type (#notetype:Basic, on every install), so each
// column maps to a field with no hand work: the source sentence goes on the back, under the answer.

import { originOf, type ExportBundle } from './exportBundle'
import { alsoAccepted, answerText, choiceLines, promptText, sourceText } from './questionText'
import type { Question } from '../domain/question'

export const ANKI_NOTETYPE = 'Basic'
export const ANKI_COLUMNS = ['Front', 'Back', 'Tags'] as const

export function ankiField(text: string): string {
  return /[\t\n\r"]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text
}

/** Anki tags are separated by spaces, so each is one word. */
function tag(text: string): string {
  return text.trim().replace(/\s+/g, '_')
}

function front(question: Question): string {
  return [promptText(question), ...choiceLines(question)].join('\n')
}

function back(question: Question, source: string): string {
  const others = alsoAccepted(question)
  return [
    answerText(question, '\n'),
    others.length > 0 ? `Also accepted: ${others.join(', ')}` : '',
    question.explanation,
    source ? `Source: ${source}` : '',
  ]
    .filter(Boolean)
    .join('\n\n')
}

export function toAnki(bundle: ExportBundle): string {
  const headers = [
    '#separator:Tab',
    '#html:false',
    `#notetype:${ANKI_NOTETYPE}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
  ]
  const notes = bundle.questions.map((question) => {
    const tags = ['close-read', question.type, ...question.topics].map(tag).filter(Boolean).join(' ')
    return [front(question), back(question, sourceText(question, originOf(bundle, question))), tags].map(ankiField).join('\t')
  })
  return `${[...headers, ...notes].join('\n')}\n`
}
