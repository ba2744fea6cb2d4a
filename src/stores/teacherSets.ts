import { defineStore, getActivePinia } from 'pinia'
import { ref, shallowRef } from 'vue'
import { parseTeacherSet, type TeacherSet } from '../classroom/setFormat'
import { detectIndexedDB } from '../storage/openDatabase'
import { teacherSetsRepository, type TeacherSetsRepository } from '../storage/teacherSets'
import { useQuizStore } from './quiz'

let repository: TeacherSetsRepository | null | undefined

/** One repository per page; null when this browser has no IndexedDB. */
export function deviceTeacherSets(): TeacherSetsRepository | null {
  if (repository === undefined) {
    // Reading `indexedDB` itself can throw (a SecurityError where storage is refused).
    const factory = detectIndexedDB()
    repository = factory ? teacherSetsRepository(factory) : null
  }
  return repository
}

/** Every readable set on this device; an empty list when storage cannot be read. */
export async function loadDeviceTeacherSets(): Promise<TeacherSet[]> {
  try {
    return (await deviceTeacherSets()?.list())?.sets ?? []
  } catch {
    return []
  }
}

const NO_STORAGE = 'This browser cannot keep question sets on the device (its storage is off or unavailable), so sets cannot be imported here.'

export type ImportOutcome = { ok: true; set: TeacherSet } | { ok: false; errors: string[] }

/** Teachers' imported question sets: the export page lists, imports and removes them. */
export const useTeacherSetsStore = defineStore('teacherSets', () => {
  const pinia = getActivePinia()
  const sets = shallowRef<TeacherSet[]>([])
  const unreadable = ref(0)
  const loaded = ref(false)
  const problem = ref('')

  async function load() {
    const repo = deviceTeacherSets()
    if (!repo) {
      problem.value = NO_STORAGE
      loaded.value = true
      return
    }
    try {
      const stored = await repo.list()
      sets.value = stored.sets
      unreadable.value = stored.unreadable
      problem.value = ''
    } catch {
      problem.value = 'The question sets saved on this device could not be read just now. Reload the page to try again.'
    }
    loaded.value = true
  }

  async function afterChange() {
    await load()
    await useQuizStore(pinia).refreshTeacherSets()
  }

  async function importText(text: string): Promise<ImportOutcome> {
    const repo = deviceTeacherSets()
    if (!repo) return { ok: false, errors: [NO_STORAGE] }
    const result = parseTeacherSet(text, crypto.randomUUID(), Date.now())
    if (!result.ok) return result
    try {
      await repo.add(result.set)
    } catch {
      return { ok: false, errors: ['The set is valid but could not be saved on this device (storage may be full). Nothing was changed.'] }
    }
    await afterChange()
    return result
  }

  async function remove(id: string): Promise<boolean> {
    try {
      await deviceTeacherSets()?.remove(id)
    } catch {
      problem.value = 'The set could not be removed just now. Try again.'
      return false
    }
    await afterChange()
    return true
  }

  return { sets, unreadable, loaded, problem, load, importText, remove }
})
