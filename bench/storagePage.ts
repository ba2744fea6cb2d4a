// Bundled by bench/browser.ts into a page of its own, so the storage timings run on Chromium's real
// IndexedDB (durable writes to disk) rather than fake-indexeddb.
import { storageTimings } from './storageWork'

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  })
}

;(window as unknown as { runStorageBench: () => Promise<unknown> }).runStorageBench = () =>
  storageTimings(async (name) => {
    await deleteDatabase(name)
    return indexedDB
  }, 'Chromium IndexedDB')
