// The storage timings of `npm run bench`, shared by Node (fake-indexeddb, bench/work.ts) and Chromium
// (its real IndexedDB, bench/storagePage.ts): recording one answer and loading a year of progress.
import { openProgressRepository } from '../src/storage/progressRepository'
import { syntheticAttempts } from '../src/storage/synthetic'
import { time, type Timing } from './timing'

/** `freshFactory(name)` gives an IndexedDB factory in which `name` holds no database yet. */
export async function storageTimings(freshFactory: (name: string) => Promise<IDBFactory>, where: string): Promise<Timing[]> {
  const results: Timing[] = []
  const recordDb = 'close-read-bench-record'
  const repo = await openProgressRepository({ indexedDB: await freshFactory(recordDb), dbName: recordDb, locks: null, channel: null })
  await repo.load()
  const attempts = syntheticAttempts(200, 7)
  results.push(
    await time(`record one answer (attempt + FSRS cards, durable write; ${where})`, attempts.length, 16, async (i) => {
      const { id, ...input } = attempts[i]!
      await repo.recordAttempt(input)
    }),
  )
  repo.close()

  const loadDb = 'close-read-bench-load'
  const factory = await freshFactory(loadDb)
  const seeded = await openProgressRepository({ indexedDB: factory, dbName: loadDb, locks: null, channel: null })
  const { settings } = await seeded.load()
  await seeded.importMerge({ format: 'close-read-progress', version: 1, exportedAt: 0, attempts: syntheticAttempts(10_000, 1), cards: [], settings })
  seeded.close()
  results.push(
    await time(`load a year of progress (10,000 attempts) at start-up (${where})`, 10, 100, async () => {
      const again = await openProgressRepository({ indexedDB: factory, dbName: loadDb, locks: null, channel: null })
      await again.load()
      again.close()
    }),
  )
  return results
}
