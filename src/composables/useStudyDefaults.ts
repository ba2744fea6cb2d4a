import type { StudyChoices } from '../components/study/StudyOptions.vue'
import type { Settings } from '../storage/schema'

export type StudyDefaults = Pick<StudyChoices, 'count' | 'timeLimit' | 'quizMinutes' | 'questionSeconds'>

/** The Study page's starting choices from the learner's settings (quiz length, a Test's time limit). */
export function studyDefaultsFrom(settings: Settings): StudyDefaults {
  const limit = settings.testTimeLimit
  return {
    count: settings.quizLength,
    timeLimit: limit.kind,
    quizMinutes: limit.kind === 'quiz' ? Math.max(1, Math.round(limit.seconds / 60)) : 10,
    questionSeconds: limit.kind === 'question' ? limit.seconds : 30,
  }
}
