import type { QuizSet, TopicInfo } from '../domain/quiz'
import type { Question } from '../domain/question'

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
  /** Sets teachers imported on this device: playable beside the built-in sets, never part of them. */
  teacher?: TeacherQuestions
  /** Teachers' questions a class quiz link carried to this device (which lacks their set): playable, in no set. */
  linked?: Question[]
}

export interface TeacherQuestions {
  sets: QuizSet[]
  /** Their questions (ids start with "teacher:"), no evidence from the article. */
  questions: Question[]
  /** Question id -> the title of the teacher's set it came from. */
  setTitles: Record<string, string>
}
