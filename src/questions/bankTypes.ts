import type { TopicInfo } from '../engine/selection'
import type { Question } from './types'

/** Everything the Study page and the player need, loaded as one lazy chunk. */
export interface QuestionBank {
  questions: Question[]
  topics: TopicInfo[]
}
