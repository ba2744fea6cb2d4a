// Shared set-up for the Progress components: a fresh Pinia and a fresh fake IndexedDB per test,
// so each test starts on a new device. The stores open storage themselves, through the real
// repository, exactly as in the app.
import 'fake-indexeddb/auto' // the IDB* classes idb checks values against; each test gets its own factory below
import { IDBFactory } from 'fake-indexeddb'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, vi } from 'vitest'
import { openProgressRepository, type AttemptInput } from '../../../src/storage/progressRepository'

export function useFreshDevice(): { indexedDB: () => IDBFactory; pinia: () => Pinia } {
  let factory = new IDBFactory()
  let pinia = createPinia()
  beforeEach(() => {
    factory = new IDBFactory()
    vi.stubGlobal('indexedDB', factory)
    // Node's own BroadcastChannel would carry one test's messages to the stores of the others.
    vi.stubGlobal('BroadcastChannel', undefined)
    pinia = createPinia()
    setActivePinia(pinia)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  return { indexedDB: () => factory, pinia: () => pinia }
}

/** Records answers on the device before the app opens, as an earlier visit would have. */
export async function recordEarlier(factory: IDBFactory, attempts: readonly AttemptInput[]): Promise<void> {
  const repository = await openProgressRepository({ indexedDB: factory, channel: null, locks: null })
  if (!repository.status.persistent) throw new Error('The fake IndexedDB did not open.')
  for (const attempt of attempts) await repository.recordAttempt(attempt)
  repository.close()
}
