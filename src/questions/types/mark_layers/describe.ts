// mark_layers in plain words: the per-layer tallies and every disagreement, for the feedback, the
// result and the teacher's review. Shared by the checker and the answer component.
import { LAYERS, LAYER_INFO, type Layer } from '../../../content/layers'
import { quoted } from '../../generators/text'
import { wordsOf, type Word } from '../shared/words'
import type { LayerKey, LayerMark } from './model'
import type { MarkScore } from './score'

/** How the tallies name each layer: "You found 2 of 3 of the author's views". */
const PLURAL: Record<Layer, string> = {
  reported: 'reported facts',
  quote: 'quotations',
  unconfirmed: 'unconfirmed or denied accounts',
  actor: 'positions of people in the article',
  author: 'of the author’s views',
}
/** What a layer is, as "one of your ‘facts’ is …". */
const IS: Record<Layer, string> = {
  reported: 'a reported fact',
  quote: 'a quotation',
  unconfirmed: 'an unconfirmed or denied account',
  actor: 'someone’s position',
  author: 'the author’s view',
}
/** A mark's layer as the learner's word for it (one, several): "one of your ‘facts’". */
const YOUR: Record<Layer, [string, string]> = {
  reported: ['fact', 'facts'],
  quote: ['quotation', 'quotations'],
  unconfirmed: ['unconfirmed account', 'unconfirmed accounts'],
  actor: ['actor’s position', 'actors’ positions'],
  author: ['author’s view', 'author’s views'],
}
const NUMBERS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten']
const count = (n: number) => NUMBERS[n] ?? String(n)

export const layerLabel = (layer: Layer): string => LAYER_INFO[layer].label

/** The words of a run, shortened to `max` words with "…". */
export function runText(passage: string, words: readonly Word[], run: { first: number; last: number }, max = Infinity): string {
  const start = words[run.first]?.start ?? 0
  const cut = run.last - run.first + 1 > max
  const end = words[cut ? run.first + max - 1 : run.last]?.end ?? 0
  return `${passage.slice(start, end).replace(/[,;:]$/, '')}${cut ? ' …' : ''}`
}

/** "You found 4 of 6 of the author's views." a layer at a time, then "One of your ‘facts’ is the author's view." */
export function tallyLines(score: MarkScore): string[] {
  const lines: string[] = []
  for (const layer of LAYERS) {
    const tally = score.perLayer[layer]
    if (tally.keys > 0) lines.push(`You found ${tally.found} of ${tally.keys} ${PLURAL[layer]}.`)
  }
  const confusions = new Map<string, number>()
  for (const mark of score.marks) {
    if (mark.right) continue
    const article = mark.key?.layers[0]
    const key = `${mark.mark.layer}>${article ?? ''}`
    confusions.set(key, (confusions.get(key) ?? 0) + 1)
  }
  for (const [key, n] of confusions) {
    const [given, article] = key.split('>') as [Layer, Layer | '']
    const [, many] = YOUR[given]
    const what = article ? `${n === 1 ? 'is' : 'are'} ${IS[article]}` : `${n === 1 ? 'is' : 'are'} on words the article gives no layer`
    lines.push(`${count(n)} of your ‘${many}’ ${what}.`.replace(/^(\w)/, (c) => c.toUpperCase()))
  }
  return lines
}

export interface Disagreement {
  /** The words, quoted (shortened). */
  words: string
  /** What the learner gave them ('' when not marked). */
  given: string
  /** The article's layer(s). */
  article: string
  why: string
}

/** Every required key not found, and every wrong mark on words no such key explains. */
export function disagreements(passage: string, score: MarkScore): Disagreement[] {
  const words = wordsOf(passage)
  const out: Disagreement[] = []
  const explained = new Set<LayerKey>()
  for (const result of score.keys) {
    if (result.verdict === 'found') continue
    explained.add(result.key)
    out.push({
      words: quoted(runText(passage, words, result.key, 12)),
      given: result.given ? layerLabel(result.given) : '',
      article: result.key.layers.map(layerLabel).join(' or '),
      why: result.key.why,
    })
  }
  for (const result of score.marks) {
    if (result.right || (result.key && explained.has(result.key))) continue
    if (result.key) explained.add(result.key)
    out.push({
      words: quoted(runText(passage, words, result.mark, 12)),
      given: layerLabel(result.mark.layer),
      article: result.key ? result.key.layers.map(layerLabel).join(' or ') : 'no layer',
      why: result.key ? result.key.why : 'The article ties these words to no fact, quotation or position: they join the parts around them.',
    })
  }
  return out
}

/** The marks as text: "Author’s position: “the fratricidal war …”; Reported fact: “…”". */
export function marksText(passage: string, marks: readonly LayerMark[], separator: string): string {
  const words = wordsOf(passage)
  return marks.map((mark) => `${layerLabel(mark.layer)}: ${quoted(runText(passage, words, mark, 6))}`).join(separator)
}
