// The learner's settings: plain data, kept on the device (src/storage/schema.ts checks what is read
// back against this type; src/storage/defaultSettings.ts holds the defaults). Imports nothing but the domain.
// A type alias, not an interface, so that it is also a plain Record<string, unknown> to the storage code.
import type { TimeLimit } from './quiz'

export type Settings = {
  theme: 'system' | 'light' | 'dark'
  textSize: 'normal' | 'large' | 'larger'
  /** Questions in a quiz, from 5 to 50. */
  quizLength: number
  /** A Test's time limit. */
  testTimeLimit: TimeLimit
  /** Questions a day, from 1 to 500. */
  dailyGoal: number
  reducedMotion: 'system' | 'reduce'
}
