// Playing quizzes and reading progress the way a learner sees it, plus read-only looks into the
// app's IndexedDB to check what actually reached the disk.
import type { Page } from 'playwright-core'
import { DB_NAME } from '../../../src/storage/idbBackend'
import { answerQuestion, continueQuiz, dismissOfflineNotice } from './quiz'

export { PHONE } from './app'

export { dismissOfflineNotice }

/** Opens Study and starts the default Practice quiz (10 questions). */
export async function startPractice(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/study`)
  const start = page.getByRole('button', { name: 'Start practice' })
  await start.waitFor()
  await dismissOfflineNotice(page)
  await start.tap()
  await page.locator('form.question-form').waitFor()
}

/** Answers `count` questions of the quiz on screen, moving on after each but the last. */
export async function answerQuestions(page: Page, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await answerQuestion(page, 'tap')
    await page.locator('.feedback').waitFor()
    if (i < count) await continueQuiz(page, 'tap')
  }
}

/** From the Study page: a whole Quick 10, up to its results. */
export async function playQuick10(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Quick 10' }).tap()
  await page.locator('form.question-form').waitFor()
  await answerQuestions(page, 10)
  await continueQuiz(page, 'tap')
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
}

/** From a quiz's results back to Study, ready for the next quiz. */
export async function backToStudy(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'New quiz' }).tap()
  await page.getByRole('button', { name: 'Quick 10' }).waitFor()
}

/** Goes to Progress through the main navigation (no page load) and waits for the page to settle. */
export async function openProgressByNav(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).tap()
  await page.getByRole('heading', { level: 2, name: 'Backup' }).waitFor()
}

/** Loads the Progress page by URL (a full page load) and waits until it has read storage. */
export async function loadProgressPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/progress`)
  await page.getByRole('heading', { level: 2, name: 'Backup' }).waitFor()
}

/** A figure of the Progress summary as shown, e.g. "Answers" -> "5", "Right" -> "40%". */
export function summaryFigure(page: Page, name: string) {
  return page.locator('dl.summary .stat').filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd')
}

/** The "Answers" figure on the Progress page, as a number. */
export async function answersShown(page: Page): Promise<number> {
  return Number((await summaryFigure(page, 'Answers').textContent())?.trim())
}

/** Every record in one of the app's IndexedDB stores, read straight from the page's IndexedDB. */
export function storedRecords(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const read = db.transaction(storeName, 'readonly').objectStore(storeName).getAll()
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            db.close()
            resolve(read.result as unknown[])
          }
        }
      }),
    [DB_NAME, store] as const,
  )
}

/** Every attempt on disk: each day's record (schema v3) read back row by row, then any stored on their own. */
export async function storedAttempts(page: Page): Promise<Record<string, unknown>[]> {
  const days = (await storedRecords(page, 'attemptDays')) as { columns: Record<string, unknown[]> }[]
  const rows = days.flatMap(({ columns }) =>
    (columns.id ?? []).map((_, i) =>
      Object.fromEntries(Object.entries(columns).flatMap(([field, column]) => (column[i] === undefined ? [] : [[field, column[i]]]))),
    ),
  )
  return [...rows, ...((await storedRecords(page, 'attempts')) as Record<string, unknown>[])]
}

/** Adds an entry to the day record that holds `onDayOf` (a stored attempt), behind the app's back: a damaged day. */
export async function addRawDayEntry(page: Page, onDayOf: { answeredAt: number }, entry: Record<string, unknown>): Promise<void> {
  const day = Math.floor(onDayOf.answeredAt / 86_400_000)
  const days = (await storedRecords(page, 'attemptDays')) as { day: number; columns: Record<string, unknown[]> }[]
  const record = days.find((stored) => stored.day === day)
  if (!record) throw new Error(`no day record holds ${String(entry.id)}'s day`)
  const length = record.columns.id?.length ?? 0
  for (const field of new Set([...Object.keys(record.columns), ...Object.keys(entry)])) {
    const column = record.columns[field] ?? new Array<unknown>(length).fill(undefined)
    column.push(entry[field])
    record.columns[field] = column
  }
  await writeRawRecord(page, 'attemptDays', record)
}

/** Writes one record into a store with the raw IndexedDB API, behind the app's back. */
export function writeRawRecord(page: Page, store: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([name, storeName, record]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction(storeName, 'readwrite')
          tx.objectStore(storeName).put(record)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [DB_NAME, store, value] as const,
  )
}

/** Everything the Progress page reports in numbers: the summary figures and each chart's table. */
export function progressReport(page: Page): Promise<{ summary: Record<string, string>; charts: Record<string, string[][]> }> {
  return page.evaluate(() => {
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const summary: Record<string, string> = {}
    for (const stat of document.querySelectorAll('dl.summary .stat')) summary[text(stat.querySelector('dt'))] = text(stat.querySelector('dd'))
    const charts: Record<string, string[][]> = {}
    for (const chart of document.querySelectorAll('figure.bar-chart')) {
      charts[text(chart.querySelector('figcaption'))] = [...chart.querySelectorAll('tr')].map((row) => [...row.children].map(text))
    }
    return { summary, charts }
  })
}
