// The teachers' sets kept on this device, for the quiz store (which adds them to the bank) and the
// teachers' sets store (which imports and removes them). Loaded in a chunk of its own (storage, the
// set format), after the first page.
import type { TeacherSet } from '../classroom/setFormat'
import { detectIndexedDB } from '../storage/openDatabase'
import { teacherSetsRepository, type TeacherSetsRepository } from '../storage/teacherSets'

// Opened once per IndexedDB: a page has one (each test gives its own).
let opened: { factory: IDBFactory | null; repository: TeacherSetsRepository | null } | undefined

/** One repository per page; null when this browser has no IndexedDB. */
export function deviceTeacherSets(): TeacherSetsRepository | null {
  // Reading `indexedDB` itself can throw (a SecurityError where storage is refused).
  const factory = detectIndexedDB()
  if (opened?.factory !== factory) opened = { factory, repository: factory ? teacherSetsRepository(factory) : null }
  return opened.repository
}

/** Every readable set on this device; an empty list when storage cannot be read. */
export async function loadDeviceTeacherSets(): Promise<TeacherSet[]> {
  try {
    return (await deviceTeacherSets()?.list())?.sets ?? []
  } catch {
    return []
  }
}
