import type { QuestionBase } from '../../../domain/question'
import type { Layer } from '../../../content/layers'

/** A run of the passage's words the article gives a layer, with what to tell a learner who marks it otherwise. */
export interface LayerKey {
  /** First and last word (inclusive, 0-based) of the passage. */
  first: number
  last: number
  /** The layers accepted here; the first is the one shown as the article's. Two when items of two layers share these words (a quote that voices a position). */
  layers: Layer[]
  /**
   * Lies inside a longer key of another layer (a quoted word inside a reported account): a mark with
   * one of its layers is right, but leaving it unmarked is no miss.
   */
  optional?: true
  /** Why the article gives these words this layer: the item's summary, and the author's loaded word if any. */
  why: string
}

/** Mark the layers of a paragraph: what it reports, quotes, passes on unconfirmed, what people in it think, what the author argues. */
export interface MarkLayersQuestion extends QuestionBase {
  type: 'mark_layers'
  /** The paragraph (1-based) to mark… */
  paragraph: number
  /** …and its text, verbatim, so the question stands on its own (exports, a teacher's device). */
  passage: string
  answer: {
    /** In reading order (by first word, then the longer first). */
    keys: LayerKey[]
  }
}

/** One of the learner's marks: a run of words and the layer given to it. */
export interface LayerMark {
  first: number
  last: number
  layer: Layer
}

declare module '../../../domain/question' {
  interface QuestionShapes {
    mark_layers: MarkLayersQuestion
  }
  interface ResponseShapes {
    /** Runs of words of the question's passage, each given one of the five layers. */
    marks: { kind: 'marks'; marks: LayerMark[] }
  }
}
