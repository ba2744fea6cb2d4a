// mark_layers scoring: the learner's marks against the article's key spans, span by span.
// A word accepts the layers of every key over it (where items of two layers overlap, either is right).
// A mark is right when most of its words accept its layer (precision); a required key is found when
// at least half of its words are marked with its own layer, not counting the words of a nested key
// marked with that key's layer (recall). The score is
// their F1, so marking everything with one layer, or one key only, earns part of the credit.
import { LAYERS, type Layer } from '../../../content/layers'
import type { LayerKey, LayerMark } from './model'

export const MARK_RULES = {
  /** Share of a mark's words that must accept its layer: most of them, so one layer over a whole mixed paragraph is not right. */
  minRight: 0.75,
  /** Share of a key's words that must be marked with its own layers (words rightly marked with a nested key's layer aside). */
  minFound: 0.5,
} as const

export type KeyVerdict = 'found' | 'mislabelled' | 'missed'

export interface KeyResult {
  key: LayerKey
  verdict: KeyVerdict
  /** The layer the learner gave most of its words (mislabelled). */
  given?: Layer
}

export interface MarkResult {
  mark: LayerMark
  right: boolean
  /** For a wrong mark: the key it shares most words with (its first layer is the article's), if any. */
  key?: LayerKey
}

export interface LayerTally {
  /** Required keys whose first layer is this one, and how many were found. */
  keys: number
  found: number
  /** Marks with this layer, and how many were right. */
  marks: number
  right: number
}

export interface MarkScore {
  /** 0..1: F1 of precision and recall. */
  score: number
  precision: number
  recall: number
  keys: KeyResult[]
  marks: MarkResult[]
  perLayer: Record<Layer, LayerTally>
}

/** A mark kept inside the passage, first <= last, or undefined when the passage has no words or the mark no numbers. */
export function clampMark(mark: LayerMark, wordCount: number): LayerMark | undefined {
  if (wordCount <= 0 || !Number.isFinite(mark.first) || !Number.isFinite(mark.last)) return undefined
  const clamp = (n: number) => Math.min(wordCount - 1, Math.max(0, Math.trunc(n)))
  const [a, b] = [clamp(mark.first), clamp(mark.last)]
  return { first: Math.min(a, b), last: Math.max(a, b), layer: mark.layer }
}

const length = (span: { first: number; last: number }) => span.last - span.first + 1
const shared = (a: { first: number; last: number }, b: { first: number; last: number }) =>
  Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1)

function emptyTallies(): Record<Layer, LayerTally> {
  return Object.fromEntries(LAYERS.map((layer) => [layer, { keys: 0, found: 0, marks: 0, right: 0 }])) as Record<Layer, LayerTally>
}

/** Scores marks (already inside the passage) against the keys. Marks may overlap; keys may too. */
export function scoreMarks(keys: readonly LayerKey[], marks: readonly LayerMark[]): MarkScore {
  const last = Math.max(0, ...keys.map((key) => key.last), ...marks.map((mark) => mark.last))
  // The layers each word accepts, and the layers each word is marked with.
  const accepts: Set<Layer>[] = Array.from({ length: last + 1 }, () => new Set<Layer>())
  const marked: Layer[][] = Array.from({ length: last + 1 }, () => [])
  for (const key of keys) for (let w = key.first; w <= key.last; w++) for (const layer of key.layers) accepts[w]!.add(layer)
  for (const mark of marks) for (let w = mark.first; w <= mark.last; w++) marked[w]!.push(mark.layer)

  const perLayer = emptyTallies()
  const markResults = marks.map((mark): MarkResult => {
    let right = 0
    for (let w = mark.first; w <= mark.last; w++) if (accepts[w]!.has(mark.layer)) right++
    const isRight = right >= MARK_RULES.minRight * length(mark)
    perLayer[mark.layer].marks++
    if (isRight) {
      perLayer[mark.layer].right++
      return { mark, right: true }
    }
    // The key of another layer it shares most words with: what the article makes of those words.
    const closest = keys
      .filter((key) => !key.layers.includes(mark.layer))
      .sort((a, b) => shared(mark, b) - shared(mark, a) || Number(!!a.optional) - Number(!!b.optional))[0]
    return closest && shared(mark, closest) > 0 ? { mark, right: false, key: closest } : { mark, right: false }
  })

  const required = keys.filter((key) => !key.optional)
  const keyResults = required.map((key): KeyResult => {
    const tally = perLayer[key.layers[0]!]
    tally.keys++
    let own = 0
    let nested = 0
    let anyMark = 0
    const given = new Map<Layer, number>()
    for (let w = key.first; w <= key.last; w++) {
      const layers = marked[w]!
      if (layers.length > 0) anyMark++
      if (layers.some((layer) => key.layers.includes(layer))) own++
      else if (layers.some((layer) => accepts[w]!.has(layer))) nested++
      for (const layer of layers) given.set(layer, (given.get(layer) ?? 0) + 1)
    }
    const counted = length(key) - nested
    if (counted === 0 || own >= MARK_RULES.minFound * counted) {
      tally.found++
      return { key, verdict: 'found' }
    }
    if (anyMark >= MARK_RULES.minFound * length(key)) {
      const most = [...given.entries()].sort((a, b) => b[1] - a[1])[0]![0]
      return { key, verdict: 'mislabelled', given: most }
    }
    return { key, verdict: 'missed' }
  })

  const precision = marks.length === 0 ? 0 : markResults.filter((m) => m.right).length / marks.length
  const recall = required.length === 0 ? (marks.length === 0 ? 1 : precision) : keyResults.filter((k) => k.verdict === 'found').length / required.length
  const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { score, precision, recall, keys: keyResults, marks: markResults, perLayer }
}

/** The marks that reproduce the key: each required key not inside another, with its first layer, in reading order, never overlapping. */
export function keyMarks(keys: readonly LayerKey[]): LayerMark[] {
  const required = keys.filter((key) => !key.optional).sort((a, b) => a.first - b.first || b.last - a.last)
  const marks: LayerMark[] = []
  for (const key of required) {
    const before = marks[marks.length - 1]
    const first = before ? Math.max(key.first, before.last + 1) : key.first
    if (first > key.last) continue
    marks.push({ first, last: key.last, layer: key.layers[0]! })
  }
  return marks
}
