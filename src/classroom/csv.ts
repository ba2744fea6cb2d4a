// CSV for spreadsheets (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or
// line break). A cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading
// apostrophe: the OWASP guard against CSV injection.

import { originOf, type ExportBundle } from './exportBundle'
import { answerText, choiceLines, paragraphsOf, promptText, sourceText } from './questionText'

export const CSV_COLUMNS = ['id', 'type', 'topic', 'prompt', 'choices', 'answer', 'explanation', 'paragraph', 'evidence'] as const

export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',')
}

export function toCsv(bundle: ExportBundle): string {
  const rows = bundle.questions.map((question) =>
    csvRow([
      question.id,
      question.type,
      question.topics.join('; '),
      promptText(question),
      choiceLines(question).join('\n'),
      answerText(question),
      question.explanation,
      paragraphsOf(question).join('; '),
      sourceText(question, originOf(bundle, question)),
    ]),
  )
  return `${[csvRow(CSV_COLUMNS), ...rows].join('\r\n')}\r\n`
}
