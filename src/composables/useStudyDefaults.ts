import { watch, type Ref } from 'vue'
import type { Settings } from '../domain/settings'
import { studyDefaultsFrom, type StudyChoices, type StudyDefaults } from '../support/studyChoices'

/**
 * Keeps the choices that come from the settings in step with them until the learner changes one:
 * when /study is the first page opened, the stored settings arrive after the page is set up.
 */
export function useStudyDefaults(choices: Ref<StudyChoices>, settings: () => Settings): void {
  let seeded = studyDefaultsFrom(settings())
  watch(settings, (next) => {
    const fresh = studyDefaultsFrom(next)
    const current = choices.value
    const update: Partial<StudyDefaults> = {}
    for (const key of Object.keys(fresh) as (keyof StudyDefaults)[]) {
      // A choice still at what the settings gave is the learner's default; a changed one is theirs.
      if (current[key] === seeded[key]) Object.assign(update, { [key]: fresh[key] })
    }
    choices.value = { ...current, ...update }
    seeded = fresh
  })
}
