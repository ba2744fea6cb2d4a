import type { TopicInfo } from '../engine/selection'
import type { Question } from './types'

/** A knowledge item as the Progress page names it (spaced repetition is per fact). */
export interface FactInfo {
  id: string
  /** The knowledge base's neutral, attributed one-sentence summary. */
  summary: string
  topics: string[]
}

/** Everything the Study page and the player need, loaded as one lazy chunk. */
export interface QuestionBank {
  questions: Question[]
  topics: TopicInfo[]
  /** Every knowledge item a question trains, by id. */
  facts: Record<string, FactInfo>
}
