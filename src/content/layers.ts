// The five layers a reader learns to tell apart, and where each certainty of the schema belongs.
// No schema values imported, so the About page can show the layers without the knowledge base.
import type { Certainty } from '../domain/knowledge'

export const LAYERS = ['reported', 'quote', 'unconfirmed', 'actor', 'author'] as const
export type Layer = (typeof LAYERS)[number]

export interface LayerInfo {
  label: string
  /** What the layer holds, in the app's own words (legend and About page). */
  description: string
  /** A small glyph drawn at the start of each highlight, so colour is never the only signal. */
  marker: string
}

export const LAYER_INFO: Record<Layer, LayerInfo> = {
  reported: { label: 'Reported fact', description: 'What the article states in its own reporting voice.', marker: '●' },
  quote: { label: 'Attributed quote', description: 'Words in quotation marks, attributed to someone.', marker: '“' },
  unconfirmed: {
    label: 'Unconfirmed or denied',
    description: 'Accounts the article passes on without confirming them, reports it calls unconfirmed, and denials.',
    marker: '?',
  },
  actor: { label: "Actor's position", description: 'What a person or group in the article thinks, wants, promises or accuses.', marker: '◆' },
  author: { label: "Author's position", description: "The author's own argument, judgement or label.", marker: '★' },
}

const LAYER_OF: Record<Certainty, Layer> = {
  reported_fact: 'reported',
  attributed_quote: 'quote',
  unconfirmed_report: 'unconfirmed',
  denial: 'unconfirmed',
  claim: 'unconfirmed',
  actor_position: 'actor',
  author_position: 'author',
}

export function layerOf(certainty: Certainty): Layer {
  return LAYER_OF[certainty]
}
