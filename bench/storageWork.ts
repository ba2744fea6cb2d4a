// The storage timings of `npm run bench`, shared by Node (fake-indexeddb, bench/work.ts) and Chromium
// (its real IndexedDB, bench/storagePage.ts): recording one answer and loading a year of progress.
import { openProgressRepository } from '../src/storage/progressRepository'
import { syntheticAttempts } from '../src/storage/synthetic'
import { time, type Timing } from './timing'

/**
 * `freshFactory(name)` gives an IndexedDB factory in which `name` holds no database yet;
 * `longestTask(work)`, where the platform can tell, the longest task (ms) while `work` ran.
 */
export async function storageTimings(
  freshFactory: (name: string) => Promise<IDBFactory>,
  where: string,
  longestTask?: (work: () => Promise<unknown>) => Promise<number>,
): Promise<Timing[]> {
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

  // Each answer rewrites its day's record (schema v3), so its cost grows with the answers already
  // given that day: timed again after 300 on one day, far more than a student gives.
  const longDayDb = 'close-read-bench-long-day'
  const longDay = await openProgressRepository({ indexedDB: await freshFactory(longDayDb), dbName: longDayDb, locks: null, channel: null })
  const { settings: longDaySettings } = await longDay.load()
  const day = syntheticAttempts(350, 11).map((attempt, n) => ({ ...attempt, answeredAt: Date.UTC(2025, 0, 6, 8) + n * 60_000 }))
  await longDay.importMerge({ format: 'close-read-progress', version: 1, exportedAt: 0, attempts: day.slice(0, 300), cards: [], settings: longDaySettings })
  results.push(
    await time(`record one answer after 300 the same day (${where})`, 50, 16, async (i) => {
      const { id, ...input } = day[300 + i]!
      await longDay.recordAttempt(input)
    }),
  )
  longDay.close()

  const loadDb = 'close-read-bench-load'
  const factory = await freshFactory(loadDb)
  const seeded = await openProgressRepository({ indexedDB: factory, dbName: loadDb, locks: null, channel: null })
  const { settings } = await seeded.load()
  await seeded.importMerge({ format: 'close-read-progress', version: 1, exportedAt: 0, attempts: syntheticAttempts(10_000, 1), cards: [], settings })
  seeded.close()
  const openLoaded = () => openProgressRepository({ indexedDB: factory, dbName: loadDb, locks: null, channel: null })
  results.push(
    await time(`start-up load with 10,000 attempts stored: cards, settings, session (${where})`, 10, 100, async () => {
      const again = await openLoaded()
      await again.loadStart()
      again.close()
    }),
  )
  results.push(
    await time(`read the whole history (10,000 attempts), after the first screen (${where})`, 10, 100, async () => {
      const again = await openLoaded()
      await again.loadHistory()
      again.close()
    }),
  )
  if (longestTask) {
    const again = await openLoaded()
    const longest = await longestTask(() => again.loadHistory())
    again.close()
    results.push({ task: `longest main-thread task while the history is read (${where}; 0: none over 50 ms)`, runs: 1, medianMs: longest, p90Ms: longest, targetMs: 50 })
  }
  return results
}
