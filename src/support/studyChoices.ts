// What the Study page's options choose, and the part of it that comes from the learner's settings.
import type { QuestionType } from '../domain/question'
import type { Settings } from '../domain/settings'
import { fromTimeLimit, type TimeLimitChoice } from '../engine/timeLimitChoice'

export interface StudyChoices extends TimeLimitChoice {
  mode: 'practice' | 'test'
  count: number
  types: QuestionType[]
  shuffle: boolean
}

export type StudyDefaults = Pick<StudyChoices, 'count' | 'timeLimit' | 'quizMinutes' | 'questionSeconds'>

/** The Study page's starting choices from the learner's settings (quiz length, a Test's time limit). */
export function studyDefaultsFrom(settings: Settings): StudyDefaults {
  return { count: settings.quizLength, ...fromTimeLimit(settings.testTimeLimit) }
}
