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

/** The longest task (Long Tasks API: only those over 50 ms are reported) while `work` runs. */
async function longestTask(work: () => Promise<unknown>): Promise<number> {
  let longest = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration)
  })
  observer.observe({ type: 'longtask' })
  await work()
  // Entries are delivered after the task that ends them.
  await new Promise((settle) => setTimeout(settle, 100))
  observer.disconnect()
  return longest
}

;(window as unknown as { runStorageBench: () => Promise<unknown> }).runStorageBench = () =>
  storageTimings(
    async (name) => {
      await deleteDatabase(name)
      return indexedDB
    },
    'Chromium IndexedDB',
    longestTask,
  )
