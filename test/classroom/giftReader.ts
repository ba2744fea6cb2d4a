// A small GIFT reader for the tests, written from Moodle's format page rather than from our
// writer: comments, ::title::, [format], the {answer block} with =right ~wrong ~%w%weighted,
// #number[:tolerance], TRUE/FALSE, "a -> b" pairs, #### general feedback, and \ escapes.

export interface GiftAnswer {
  text: string
  right: boolean
  weight?: number
  match?: string
}

export interface GiftQuestion {
  title: string
  format: string
  text: string
  kind: 'choice' | 'truefalse' | 'numerical' | 'shortanswer' | 'matching' | 'essay'
  answers: GiftAnswer[]
  truth?: boolean
  number?: { value: number; tolerance: number }
  generalFeedback: string
}

const ESCAPABLE = new Set(['~', '=', '#', '{', '}', ':', '\\'])

/** Splits at unescaped `at`; escapes are kept for unescape() later. */
function splitUnescaped(text: string, at: RegExp): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string
    if (char === '\\') {
      current += char + (text[i + 1] ?? '')
      i += 1
    } else if (at.test(char) && current.length > 0) {
      parts.push(current)
      current = char
    } else current += char
  }
  if (current) parts.push(current)
  return parts
}

export function unescape(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string
    const next = text[i + 1]
    if (char === '\\' && next !== undefined && (ESCAPABLE.has(next) || next === 'n')) {
      out += next === 'n' ? '\n' : next
      i += 1
    } else if (char === '\\') throw new Error(`stray backslash at ${i} in ${text}`)
    else if (ESCAPABLE.has(char) && char !== '\\') throw new Error(`unescaped ${char} at ${i} in ${text}`)
    else out += char
  }
  return out
}

/** The index of the first unescaped `char` from `from`, or -1. */
function findUnescaped(text: string, char: string, from = 0): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1
    else if (text[i] === char) return i
  }
  return -1
}

function parseQuestion(block: string): GiftQuestion {
  let rest = block.trim()
  if (!rest.startsWith('::')) throw new Error(`no title: ${rest.slice(0, 40)}`)
  // The title ends at the first unescaped colon, which must be the first of "::".
  const scan = findUnescaped(rest, ':', 2)
  if (scan < 0 || rest[scan + 1] !== ':') throw new Error(`unterminated title or unescaped colon: ${rest.slice(0, 60)}`)
  const title = unescape(rest.slice(2, scan))
  rest = rest.slice(scan + 2)
  const formatMatch = /^\[(\w+)\]/.exec(rest)
  const format = formatMatch ? (formatMatch[1] as string) : 'moodle'
  if (formatMatch) rest = rest.slice(formatMatch[0].length)
  const open = findUnescaped(rest, '{')
  const close = findUnescaped(rest, '}', open + 1)
  if (open < 0 || close < 0) throw new Error(`no answer block in ${title}`)
  if (rest.slice(close + 1).trim() !== '') throw new Error(`text after the answer block in ${title}`)
  const text = unescape(rest.slice(0, open).trim())
  let inner = rest.slice(open + 1, close).trim()
  let generalFeedback = ''
  const feedbackAt = inner.indexOf('####')
  if (feedbackAt >= 0 && inner[feedbackAt - 1] !== '\\') {
    generalFeedback = unescape(inner.slice(feedbackAt + 4).trim())
    inner = inner.slice(0, feedbackAt).trim()
  }
  const base = { title, format, text, generalFeedback }
  if (inner === '') return { ...base, kind: 'essay', answers: [] }
  if (/^(T|F|TRUE|FALSE)$/.test(inner)) return { ...base, kind: 'truefalse', answers: [], truth: inner.startsWith('T') }
  if (inner.startsWith('#')) {
    const [value, tolerance = '0'] = inner.slice(1).split(':')
    const number = { value: Number(value), tolerance: Number(tolerance) }
    if (!Number.isFinite(number.value) || !Number.isFinite(number.tolerance)) throw new Error(`bad number in ${title}`)
    return { ...base, kind: 'numerical', answers: [], number }
  }
  const answers = splitUnescaped(inner, /[=~]/).map((raw): GiftAnswer => {
    const right = raw.startsWith('=')
    let body = raw.slice(1).trim()
    let weight: number | undefined
    const weighted = /^%(-?\d+(?:\.\d+)?)%/.exec(body)
    if (weighted) {
      weight = Number(weighted[1])
      body = body.slice(weighted[0].length)
    }
    const arrow = body.indexOf('->')
    if (arrow >= 0) return { text: unescape(body.slice(0, arrow).trim()), match: unescape(body.slice(arrow + 2).trim()), right }
    return { text: unescape(body), right, weight }
  })
  if (answers.length > 0 && answers.every((answer) => answer.match !== undefined)) return { ...base, kind: 'matching', answers }
  if (answers.some((answer) => answer.match !== undefined)) throw new Error(`mixed pairs in ${title}`)
  if (answers.every((answer) => answer.right)) return { ...base, kind: 'shortanswer', answers }
  return { ...base, kind: 'choice', answers }
}

/** Questions are separated by blank lines; lines starting with // are comments. */
export function readGift(source: string): GiftQuestion[] {
  const lines = source.split('\n').filter((line) => !line.startsWith('//'))
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(parseQuestion)
}
