// mark_layers: one exercise per paragraph. The keys are the paragraph's items' evidence spans as
// word runs, each with the layer of its item's certainty (src/content/layers.ts). Where two items
// hold the same words (a quote that voices a position), both layers are accepted; a span inside a
// longer one of the same layer adds nothing; a span inside a longer one of another layer (a quoted
// word inside a reported account) is optional: marking it with its own layer is right, leaving it is no miss.
// An actor's denial or unconfirmed claim (Azeri officials' "this was a mistake") is both: what they
// say the article does not confirm, and their position, so either layer is right.
import { LAYERS, LAYER_INFO, layerOf, type Layer } from '../../../content/layers'
import { AUTHOR_ID, type KnowledgeItem } from '../../../content/schema'
import type { GeneratorContext } from '../../generators/context'
import { looseWords, sharedWordCount } from '../../../content/rules/text'
import { topicsOf } from '../../generators/evidence'
import { quoted } from '../../generators/text'
import { spanOfRange, wordsOf } from '../shared/words'
import { markLayersId } from './id'
import type { LayerKey, MarkLayersQuestion } from './model'

interface Candidate {
  first: number
  last: number
  layers: Layer[]
  items: KnowledgeItem[]
}

export function markLayersQuestions(context: GeneratorContext): MarkLayersQuestion[] {
  const questions: MarkLayersQuestion[] = []
  for (let paragraph = 1; paragraph <= context.paragraphs.length; paragraph++) {
    const question = forParagraph(context, paragraph)
    if (question) questions.push(question)
  }
  return questions
}

function candidatesIn(context: GeneratorContext, paragraph: number, passage: string): Candidate[] {
  const words = wordsOf(passage)
  const byWords = new Map<string, Candidate>()
  for (const item of context.allItems) {
    for (const span of item.evidence) {
      if (span.paragraph !== paragraph) continue
      const run = spanOfRange(words, span.start, span.end)
      if (!run) continue
      const key = `${run.first}:${run.last}`
      const same = byWords.get(key) ?? { ...run, layers: [], items: [] }
      byWords.set(key, same)
      for (const layer of layersOf(context, item)) if (!same.layers.includes(layer)) same.layers.push(layer)
      if (!same.items.includes(item)) same.items.push(item)
    }
  }
  for (const candidate of byWords.values()) candidate.layers.sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b))
  return [...byWords.values()]
}

/**
 * The layer of the item's certainty; "actor's position" too for a position an actor holds that the
 * article does not confirm, and for a quotation that voices an actor's positions (the think-tank's
 * passage, whose sentences are its views: marked as its position, it is not missed).
 */
function layersOf(context: GeneratorContext, item: KnowledgeItem): Layer[] {
  const layer = layerOf(item.certainty)
  const actorsUnconfirmed = layer === 'unconfirmed' && 'holder' in item && item.holder !== AUTHOR_ID && context.knowledge.positions.some((p) => p.id === item.id)
  const voicesPositions = layer === 'quote' && context.knowledge.positions.some((p) => p.holder !== AUTHOR_ID && (p.quotes ?? []).includes(item.id))
  return actorsUnconfirmed || voicesPositions ? [layer, 'actor'] : [layer]
}

function keysOf(candidates: Candidate[], passage: string): LayerKey[] {
  const longestFirst = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)
  const required: Candidate[] = []
  const kept: { candidate: Candidate; optional: boolean }[] = []
  for (const candidate of longestFirst) {
    const inside = required.filter((other) => other.first <= candidate.first && candidate.last <= other.last)
    const holder = inside.find((other) => candidate.layers.every((layer) => other.layers.includes(layer)))
    // Inside a key of its layer it adds no words, but its item joins that key's explanation
    // (“unconfirmed reports that Azeri troops are bombarding villages and control part of the capital”).
    if (holder) {
      // Not an item whose words go on elsewhere (“It is the poisoned product of both … the
      // imperialist powers’ wars”): its own key says it.
      const within = (item: KnowledgeItem) => candidates.every((c) => !c.items.includes(item) || (holder.first <= c.first && c.last <= holder.last))
      for (const item of candidate.items) if (!holder.items.includes(item) && within(item)) holder.items.push(item)
      continue
    }
    if (inside.length === 0) required.push(candidate)
    kept.push({ candidate, optional: inside.length > 0 })
  }
  return kept
    .map(({ candidate, optional }): LayerKey => ({ first: candidate.first, last: candidate.last, layers: candidate.layers, why: whyOf(candidate, passage), ...(optional ? { optional } : {}) }))
    .sort((a, b) => a.first - b.first || b.last - a.last)
}

const LAYER_NAMES: Record<Layer, string> = {
  reported: 'facts the article reports in its own voice',
  quote: 'words the article puts in quotation marks',
  unconfirmed: 'accounts the article passes on without confirming them',
  actor: 'positions of people in the article',
  author: 'the author’s own view',
}

/** A summary whose words the key's explanation already holds this much of adds nothing to it. */
const SAID = 0.8

/** The item of the key's first layer: its summary; for a position, its loaded words first. */
function whyOf(candidate: Candidate, passage: string): string {
  const layer = candidate.layers[0] as Layer
  const ofLayer = candidate.items.filter((i) => layerOf(i.certainty) === layer)
  const item = ofLayer[0] ?? (candidate.items[0] as KnowledgeItem)
  // Items of the same layer whose words lie inside this key: each said that the first summary does
  // not already say (the bombarded villages beside the capital), so none goes unexplained.
  const more: string[] = []
  const said = (summary: string) => sharedWordCount(summary, [item.summary, ...more].join(' ')) >= SAID * new Set(looseWords(summary).split(' ')).size
  for (const other of ofLayer.slice(1)) if (!said(other.summary)) more.push(other.summary)
  const words = wordsOf(passage)
  const text = passage.slice(words[candidate.first]?.start ?? 0, words[candidate.last]?.end ?? 0)
  const loaded = (item.keyTerms ?? []).find((term) => term.kind === 'loaded' && text.includes(term.text))
  const whose = layer === 'author' ? 'the author’s word' : undefined
  const lead = loaded && whose ? `${quoted(loaded.text)} is ${whose}, so these words give ${LAYER_NAMES[layer]}. ` : ''
  // An author's summary of someone's words is the author's layer for what it adds to them: say so.
  const adds = layer === 'author' && 'paraphrase' in item && item.paraphrase?.adds
  const summary = adds ? `These words are the author’s summary, not a quotation: ${quoted(adds)} goes beyond the words the article quotes. ` : ''
  const both = candidate.layers.length > 1 ? ` Either of these layers is right here: ${candidate.layers.map((l) => LAYER_INFO[l].label).join('; ')}.` : ''
  return [`${lead}${summary}${item.summary}`, ...more].join(' ') + both
}

function listed(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

function forParagraph(context: GeneratorContext, paragraph: number): MarkLayersQuestion | undefined {
  const passage = context.paragraphs[paragraph - 1]
  if (!passage) return undefined
  const candidates = candidatesIn(context, paragraph, passage)
  if (candidates.length === 0) return undefined
  const keys = keysOf(candidates, passage)
  const items = [...new Set(candidates.flatMap((c) => c.items))].sort((a, b) => context.allItems.indexOf(a) - context.allItems.indexOf(b))
  const layers = LAYERS.filter((layer) => keys.some((key) => key.layers.includes(layer)))
  return {
    id: markLayersId(paragraph),
    type: 'mark_layers',
    prompt: `Mark paragraph ${paragraph}: which words report, quote, pass on unconfirmed accounts, give someone’s position, or give the author’s view?`,
    explanation: `Paragraph ${paragraph} holds ${listed(layers.map((layer) => LAYER_NAMES[layer]))}.`,
    // The whole paragraph is the evidence: the exercise rests on all its items at once.
    evidence: [{ paragraph, start: 0, end: passage.length, text: passage }],
    topics: topicsOf(context, items),
    factIds: items.map((item) => item.id),
    difficulty: layers.length > 2 ? 3 : 2,
    paragraph,
    passage,
    answer: { keys },
  }
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { markLayersQuestions as generate }
