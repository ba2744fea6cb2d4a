import type { Pinia } from 'pinia'

export type ProgressStore = ReturnType<typeof import('./progress').useProgressStore>

/**
 * The progress store with its storage layer (IndexedDB, FSRS) as a separate chunk, so the Study
 * page and a first question show without waiting for it; it loads alongside.
 */
export function loadProgressStore(pinia?: Pinia): Promise<ProgressStore> {
  return import('./progress').then((module) => module.useProgressStore(pinia))
}
