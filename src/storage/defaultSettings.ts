// Default settings in a module of their own: the settings store needs them at start-up without
// pulling in the storage schemas (valibot) that validate what is read back.
import type { Settings } from '../domain/settings'

export const DEFAULT_SETTINGS = {
  theme: 'system',
  textSize: 'normal',
  quizLength: 10,
  testTimeLimit: { kind: 'off' },
  dailyGoal: 10,
  reducedMotion: 'system',
} as const satisfies Record<string, unknown>

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, testTimeLimit: { ...DEFAULT_SETTINGS.testTimeLimit } }
}
