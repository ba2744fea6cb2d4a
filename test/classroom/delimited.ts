// A small reader for quoted, delimited text (RFC 4180 for CSV; Anki's quoting is the same with
// tabs), written for the tests and strict: a stray quote is an error, not a guess.

export function readDelimited(text: string, separator: string, lineBreak: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    if (quoted) {
      if (text[i] === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
      } else if (text[i] === '"') {
        quoted = false
        i += 1
        if (i < text.length && text[i] !== separator && !text.startsWith(lineBreak, i)) throw new Error(`text after a closing quote at ${i}`)
      } else {
        field += text[i]
        i += 1
      }
    } else if (text[i] === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
      i += 1
    } else if (text[i] === separator) {
      row.push(field)
      field = ''
      i += 1
    } else if (text.startsWith(lineBreak, i)) {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += lineBreak.length
    } else {
      if (text[i] === '\n' || text[i] === '\r') throw new Error(`bare line break at ${i}`)
      field += text[i]
      i += 1
    }
  }
  if (quoted) throw new Error('unterminated quote')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
