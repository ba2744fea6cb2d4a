// The shipped form of the knowledge base. The source repeats the article's words (every evidence
// span's text, each quote, statement and key term), spells out every id it refers to and every key
// of every item. The build ships offsets into the article, numbers for the ids and each list of
// items as one table (packKnowledge), and the app unpacks them (unpackKnowledge) into exactly the
// objects the source holds: the same keys in the same order, the same words.
// scripts/validate-content-plugin.ts fails the build if it does not.

/** An article span as shipped: [paragraph (1-based), start, end]. */
type PackedSpan = [number, number, number]

interface Span {
  paragraph: number
  start: number
  end: number
  text?: string
}

/** Keys whose value is a span or a list of spans. */
const SPAN_KEYS = new Set(['evidence', 'roleEvidence', 'attribution', 'phrases', 'cue', 'claim', 'quotedParts', 'proof'])
/** Keys whose string may be shipped as the span of the article it is copied from. */
const TEXT_KEYS = new Set(['text', 'statement'])
/** Keys whose value is an id (or a list of ids) of a topic, an entity or an item. */
const REFERENCE_KEYS = new Set([
  'holder',
  'source',
  'speaker',
  'addressee',
  'venue',
  'by',
  'place',
  'about',
  'confusableWith',
  'overlapsWith',
  'actors',
  'places',
  'related',
  'quotes',
  'sameTimeAs',
  'topics',
])
/**
 * A list of items as shipped: the keys once, then each item's values in that order (null where it
 * has no such key, trailing nulls left out). An item whose keys come in another order stays an object.
 */
interface PackedTable {
  keys: string[]
  rows: Json[]
}

/** The lists whose members have ids, in the order that numbers them; each ships as a table. */
const COLLECTIONS = ['topics', 'entities', 'facts', 'quotes', 'positions']

/** Shorter copied texts stay words: gzip stores a short repeat in fewer bytes than three numbers (measured). */
const MIN_PACKED_TEXT = 28

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value)

const isPackedSpan = (value: unknown): value is PackedSpan =>
  Array.isArray(value) && value.length === 3 && value.every((n) => Number.isInteger(n))

function isSpan(value: unknown): value is Span {
  return isObject(value) && typeof value.paragraph === 'number' && typeof value.start === 'number' && typeof value.end === 'number'
}

const sliceOf = (paragraphs: readonly string[], [paragraph, start, end]: PackedSpan) => paragraphs[paragraph - 1]?.slice(start, end) ?? ''

/** Every id in the knowledge base, numbered in COLLECTIONS order. */
function idsOf(data: JsonObject): string[] {
  return COLLECTIONS.flatMap((collection) => {
    const members = data[collection]
    return Array.isArray(members) ? members.map((member) => (isObject(member) && typeof member.id === 'string' ? member.id : '')) : []
  })
}

/** The shipped form of a validated knowledge base: see the top of this file. */
export function packKnowledge(data: unknown, paragraphs: readonly string[]): unknown {
  if (!isObject(data)) return data
  const numbers = new Map(idsOf(data).map((id, index) => [id, index]))
  const reference = (value: Json): Json => (typeof value === 'string' ? (numbers.get(value) ?? value) : pack(value))
  const packedText = (text: string): Json => {
    if (text.length < MIN_PACKED_TEXT) return text
    const paragraph = paragraphs.findIndex((p) => p.includes(text))
    if (paragraph < 0) return text
    const start = (paragraphs[paragraph] as string).indexOf(text)
    return [paragraph + 1, start, start + text.length]
  }
  const packedSpan = (span: Json): Json => {
    if (!isSpan(span)) return pack(span)
    const packed: PackedSpan = [span.paragraph, span.start, span.end]
    const keys = Object.keys(span).join()
    // Only a plain span whose text is the article's own words becomes three numbers.
    const plain = keys === 'paragraph,start,end,text' || keys === 'paragraph,start,end'
    return plain && (span.text === undefined || span.text === sliceOf(paragraphs, packed)) ? packed : pack(span)
  }
  const packEntry = (key: string, value: Json): Json => {
    if (SPAN_KEYS.has(key)) return Array.isArray(value) ? value.map(packedSpan) : packedSpan(value)
    if (TEXT_KEYS.has(key) && typeof value === 'string') return packedText(value)
    if (REFERENCE_KEYS.has(key)) return Array.isArray(value) ? value.map(reference) : reference(value)
    return pack(value)
  }
  function pack(value: Json): Json {
    if (Array.isArray(value)) return value.map(pack)
    if (!isObject(value)) return value
    return withValues(value, packEntry)
  }
  const packed = pack(data) as JsonObject
  for (const collection of COLLECTIONS) {
    const members = packed[collection]
    if (Array.isArray(members) && members.every(isObject)) packed[collection] = toTable(members) as unknown as Json
  }
  return packed
}

/** One key order that keeps every item's own order where one exists (first seen first). */
function keyOrder(items: readonly JsonObject[]): string[] {
  const keys = [...new Set(items.flatMap((item) => Object.keys(item)))]
  const before = new Map(keys.map((key) => [key, new Set<string>()]))
  for (const item of items) Object.keys(item).forEach((key, i, own) => i > 0 && before.get(key)?.add(own[i - 1] as string))
  const order: string[] = []
  while (order.length < keys.length) {
    const next = keys.find((key) => !order.includes(key) && [...(before.get(key) ?? [])].every((earlier) => order.includes(earlier)))
    // Orders that contradict each other: the rest follow first seen; their items stay objects.
    order.push(next ?? (keys.find((key) => !order.includes(key)) as string))
  }
  return order
}

function toTable(items: readonly JsonObject[]): PackedTable {
  const keys = keyOrder(items)
  const rows = items.map((item): Json => {
    const own = Object.keys(item)
    if (keys.filter((key) => key in item).join() !== own.join()) return item
    const row = keys.map((key) => (key in item ? (item[key] as Json) : null))
    while (row.length > 0 && row[row.length - 1] === null) row.pop()
    return row
  })
  return { keys, rows }
}

function isTable(value: unknown): value is PackedTable {
  return isObject(value) && Array.isArray(value.keys) && Array.isArray(value.rows) && Object.keys(value).length === 2
}

function fromTable({ keys, rows }: PackedTable): JsonObject[] {
  return rows.map((row) => {
    if (!Array.isArray(row)) return row as JsonObject
    const item: JsonObject = {}
    for (let i = 0; i < row.length; i++) if (row[i] !== null) item[keys[i] as string] = row[i] as Json
    return item
  })
}

/**
 * A copy of `object` with each value converted, built key by key rather than through
 * Object.entries/fromEntries' arrays of pairs: the app unpacks with it as a chunk loads, unoptimised.
 */
function withValues(object: JsonObject, convert: (key: string, value: Json) => Json): JsonObject {
  const converted: JsonObject = {}
  for (const key of Object.keys(object)) converted[key] = convert(key, object[key] as Json)
  return converted
}

/**
 * The knowledge base as its source holds it, from its shipped form (a source as written is returned
 * unchanged). Every page that shows the article or a question runs this once, as its chunk loads.
 */
export function unpackKnowledge(shipped: unknown, paragraphs: readonly string[]): unknown {
  if (!isObject(shipped)) return shipped
  const data = withValues(shipped, (key, value) => (COLLECTIONS.includes(key) && isTable(value) ? fromTable(value) : value))
  const ids = idsOf(data)
  const reference = (value: Json): Json => (typeof value === 'number' ? (ids[value] ?? value) : unpack(value))
  const span = (value: Json): Json => {
    if (!isPackedSpan(value)) return unpack(value)
    const [paragraph, start, end] = value
    return { paragraph, start, end, text: sliceOf(paragraphs, value) }
  }
  const unpackEntry = (key: string, value: Json): Json => {
    if (SPAN_KEYS.has(key)) return Array.isArray(value) && !isPackedSpan(value) ? value.map(span) : span(value)
    if (TEXT_KEYS.has(key) && isPackedSpan(value)) return sliceOf(paragraphs, value)
    if (REFERENCE_KEYS.has(key)) return Array.isArray(value) ? value.map(reference) : reference(value)
    return unpack(value)
  }
  function unpack(value: Json): Json {
    if (Array.isArray(value)) return value.map(unpack)
    if (!isObject(value)) return value
    return withValues(value, unpackEntry)
  }
  return unpack(data)
}
