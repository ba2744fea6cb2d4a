// "Progress that is never lost": answers survive reloads, going offline, two tabs at once, a
// corrupt record, a browser without IndexedDB, and a move to another device by export and import.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { answerQuestions, answersShown, backToStudy, dismissOfflineNotice, loadProgressPage, openProgressByNav, playQuick10, progressReport, startPractice, storedAttempts, storedRecords, addRawDayEntry, writeRawRecord } from './support/progress'
import { PHONE, useServedApp } from './support/app'
import { DB_NAME, DB_VERSION } from '../../src/storage/idbBackend'

interface StoredAttempt {
  id: string
  score: unknown
  answeredAt: number
}

describe('progress that is never lost', () => {
  const app = useServedApp()

  /** A phone-sized tab in a fresh profile; `errors` collects uncaught page errors. */
  async function phoneTab(options: { init?: () => void } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await app.browser.newContext(PHONE)
    if (options.init) await context.addInitScript(options.init)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    return { context, page, errors }
  }

  /**
   * The answer is saved a few milliseconds after its feedback shows; no learner reloads faster
   * than that, but a script does. Waiting for the disk keeps the spec about what a person does.
   */
  async function waitUntilStored(page: Page, count: number) {
    await expect.poll(async () => (await storedAttempts(page)).length).toBe(count)
  }

  it('keeps five answers across a reload, in IndexedDB', async () => {
    const { context, page, errors } = await phoneTab()
    await startPractice(page, app.url)
    await answerQuestions(page, 5)
    await waitUntilStored(page, 5)
    await page.reload()
    await page.locator('#question-prompt').waitFor()

    await loadProgressPage(page, app.url)
    expect(await answersShown(page)).toBe(5)
    expect(await page.getByText('Saved on this device: yes').isVisible()).toBe(true)
    const stored = (await storedAttempts(page)) as Array<{ mode?: string }>
    expect(stored).toHaveLength(5)
    expect(stored.every((attempt) => attempt.mode === 'practice')).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps answers given offline across an offline reload', async () => {
    const { context, page, errors } = await phoneTab()
    await page.goto(`${app.url}/study`)
    await dismissOfflineNotice(page)
    await context.setOffline(true)
    await startPractice(page, app.url)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    await answerQuestions(page, 3)
    await waitUntilStored(page, 3)

    await page.reload()
    await page.locator('#question-prompt').waitFor()
    await loadProgressPage(page, app.url)
    expect(await answersShown(page)).toBe(3)
    expect(await storedAttempts(page)).toHaveLength(3)
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps the chosen theme across a reload, on every page', async () => {
    const { context, page, errors } = await phoneTab()
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme)
    await loadProgressPage(page, app.url)
    await page.getByLabel('Theme').selectOption('dark')
    // The theme is applied once it is saved, so this also waits for the write.
    await expect.poll(theme).toBe('dark')

    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Settings' }).waitFor()
    await expect.poll(theme).toBe('dark')
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark')
    await page.goto(app.url)
    await page.getByRole('heading', { level: 1, name: 'Study one article closely' }).waitFor()
    await expect.poll(theme).toBe('dark')
    expect(errors).toEqual([])
    await context.close()
  })

  it('records 200 answers from two tabs playing 100 each at once, and each tab hears of the other', { timeout: 180_000 }, async () => {
    const { context, page: first, errors } = await phoneTab()
    await first.goto(`${app.url}/study`)
    // A second window of the same profile. (A second tab from context.newPage() would do, but
    // headless Chromium draws a window's hidden tab at one frame a second, so only one tab could play.)
    const [second] = await Promise.all([
      context.waitForEvent('page'),
      first.evaluate(() => void window.open('/study', '_blank', 'noopener,popup')),
    ])
    second.on('pageerror', (error) => errors.push(error.message))
    const tabs = [first, second]
    for (const tab of tabs) {
      await tab.getByRole('button', { name: 'Quick 10' }).waitFor()
      await dismissOfflineNotice(tab)
      // Gone if the tab ever reloads: what it shows at the end was learnt while it stayed open.
      await tab.evaluate(() => ((window as { neverReloaded?: boolean }).neverReloaded = true))
    }

    // Ten Quick 10s per tab through the real UI, the two tabs at the same time.
    await Promise.all(
      tabs.map(async (tab) => {
        for (let quiz = 1; quiz <= 10; quiz++) {
          await playQuick10(tab)
          await backToStudy(tab)
        }
        await openProgressByNav(tab)
      }),
    )

    // Each tab loaded its progress (none) when it opened; the other's 100 reached it by message.
    for (const tab of tabs) {
      await expect.poll(() => answersShown(tab)).toBe(200)
      expect(await tab.evaluate(() => (window as { neverReloaded?: boolean }).neverReloaded)).toBe(true)
    }
    const stored = (await storedAttempts(first)) as unknown as StoredAttempt[]
    expect(stored).toHaveLength(200)
    expect(new Set(stored.map((attempt) => attempt.id)).size).toBe(200)
    expect(errors).toEqual([])
    await context.close()
  })

  it('sets a corrupt record aside on the next load, keeps every valid answer, and offers the raw data', async () => {
    const { context, page, errors } = await phoneTab()
    await startPractice(page, app.url)
    await answerQuestions(page, 4)
    await waitUntilStored(page, 4)
    const [valid] = (await storedAttempts(page)) as unknown as StoredAttempt[]
    if (!valid) throw new Error('nothing stored')
    const corrupt = { ...valid, id: 'corrupt-attempt', score: 'abc' }
    await addRawDayEntry(page, valid, corrupt)

    // The next visit, to Home.
    await page.goto(app.url)
    const notice = page.getByTestId('quarantine-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('One saved record could not be read and was set aside; everything else is here.')
    await notice.getByRole('link', { name: 'See and download it' }).tap()
    await page.getByRole('heading', { level: 2, name: 'Storage' }).waitFor()
    await expect.poll(() => answersShown(page)).toBe(4)
    expect(await page.getByText('1 saved record could not be read.').isVisible()).toBe(true)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable data' }).tap(),
    ])
    expect(download.suggestedFilename()).toMatch(/^close-read-unreadable-records-\d{4}-\d{2}-\d{2}\.json$/)
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { items: Array<{ store: string; raw: unknown; message: string }> }
    expect(file.items).toHaveLength(1)
    expect(file.items[0]).toMatchObject({ store: 'attemptDays', raw: corrupt })
    expect(file.items[0]?.message).toContain('score')

    // Set aside, not deleted: storage holds only the valid four now.
    expect(((await storedAttempts(page)) as unknown as StoredAttempt[]).map((attempt) => attempt.id)).not.toContain('corrupt-attempt')
    expect(await storedRecords(page, 'quarantine')).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('names downloads by the learner’s own date, not by UTC’s', async () => {
    // 12:00 UTC on 3 March is already 02:00 on 4 March on Kiritimati (UTC+14).
    const context = await app.browser.newContext({ ...PHONE, timezoneId: 'Pacific/Kiritimati' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2025-03-03T12:00:00Z'))
    await loadProgressPage(page, app.url)
    await writeRawRecord(page, 'attempts', { id: 'unreadable', score: 'abc' })
    await page.reload()
    const [unreadable] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable data' }).tap(),
    ])
    expect(unreadable.suggestedFilename()).toBe('close-read-unreadable-records-2025-03-04.json')
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).tap()])
    expect(exported.suggestedFilename()).toBe('close-read-progress-2025-03-04.json')
    await context.close()
  })

  const WITHOUT_INDEXEDDB = {
    // As in some private modes: no IndexedDB at all.
    missing: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
    },
    // As when the browser refuses storage to the site.
    refused: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Storage is disabled for this site.', 'SecurityError')
      }
    },
  }
  for (const [how, init] of Object.entries(WITHOUT_INDEXEDDB)) {
    it(`says progress will not be saved, and still plays a quiz, when IndexedDB is ${how}`, async () => {
      const { context, page, errors } = await phoneTab({ init })
      await page.goto(`${app.url}/study`)
      const notice = page.getByTestId('storage-notice')
      await notice.waitFor()
      expect(await notice.textContent()).toContain('Progress will not be saved on this device')
      await dismissOfflineNotice(page)

      await playQuick10(page)
      expect(await page.locator('.score .big').textContent()).toMatch(/of 10 points/)
      expect(await page.locator('.review > li').count()).toBe(10)
      await openProgressByNav(page)
      expect(await answersShown(page)).toBe(10)
      expect(await page.getByText('Saved on this device: no').isVisible()).toBe(true)
      // The notice's advice works: the answers kept in memory can be exported before the tab closes.
      const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).tap()])
      const file = JSON.parse(readFileSync(await exported.path(), 'utf8')) as { attempts: unknown[] }
      expect(file.attempts).toHaveLength(10)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('upgrades a version-2 database in place: every answer is kept, now stored a day to a record', async () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/storage/v2.json', import.meta.url), 'utf8')) as { stores: Record<string, unknown[]> }
    const { context, page, errors } = await phoneTab()
    // A page of the site that runs no app code, to write the database as version 2 of the app left it.
    await page.goto(`${app.url}/robots.txt`)
    await page.evaluate(
      ([name, stores]) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, 2)
          request.onupgradeneeded = () => {
            const db = request.result
            const attempts = db.createObjectStore('attempts', { keyPath: 'id' })
            attempts.createIndex('questionId', 'questionId')
            attempts.createIndex('answeredAt', 'answeredAt')
            db.createObjectStore('cards', { keyPath: 'factId' })
            db.createObjectStore('session')
            db.createObjectStore('settings')
            db.createObjectStore('snapshots', { keyPath: 'id' })
            db.createObjectStore('quarantine', { keyPath: 'id' })
          }
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(Object.keys(stores), 'readwrite')
            for (const [store, records] of Object.entries(stores)) {
              for (const record of records as Array<{ key?: string; value?: unknown }>) {
                if (store === 'settings' || store === 'session') tx.objectStore(store).put(record.value, record.key)
                else tx.objectStore(store).put(record)
              }
            }
            tx.oncomplete = () => (db.close(), resolve())
            tx.onerror = () => reject(tx.error)
          }
        }),
      [DB_NAME, fixture.stores] as const,
    )

    await loadProgressPage(page, app.url)
    const ids = (fixture.stores.attempts as StoredAttempt[]).map((attempt) => attempt.id)
    await expect.poll(() => answersShown(page)).toBe(ids.length)
    expect(((await storedAttempts(page)) as unknown as StoredAttempt[]).map((attempt) => attempt.id).sort()).toEqual([...ids].sort())
    expect(await storedRecords(page, 'attempts')).toEqual([])
    expect((await storedRecords(page, 'attemptDays')).length).toBeGreaterThan(0)
    expect(await page.evaluate(() => indexedDB.databases())).toContainEqual({ name: DB_NAME, version: DB_VERSION })
    expect(await page.getByText('could not be read').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('moves everything to a fresh profile by export and import', async () => {
    const original = await phoneTab()
    await original.page.goto(`${app.url}/study`)
    await original.page.getByRole('button', { name: 'Quick 10' }).waitFor()
    await dismissOfflineNotice(original.page)
    await playQuick10(original.page)
    await backToStudy(original.page)
    await playQuick10(original.page)
    await openProgressByNav(original.page)
    await expect.poll(() => answersShown(original.page)).toBe(20)
    const report = await progressReport(original.page)
    const [exported] = await Promise.all([
      original.page.waitForEvent('download'),
      original.page.getByRole('button', { name: 'Export progress' }).tap(),
    ])
    expect(exported.suggestedFilename()).toMatch(/^close-read-progress-\d{4}-\d{2}-\d{2}\.json$/)
    await original.page.getByText('Exported 20 answers.').waitFor()
    const file = await exported.path()
    const originalAttempts = (await storedAttempts(original.page)) as unknown as StoredAttempt[]

    const fresh = await phoneTab()
    const page = fresh.page
    await loadProgressPage(page, app.url)
    await page.getByRole('heading', { level: 2, name: 'Nothing recorded yet' }).waitFor()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Import a file').tap()])
    await chooser.setFiles(file)
    const preview = page.locator('.preview')
    await preview.getByRole('heading', { name: 'What the import will change' }).waitFor()
    expect(await preview.locator('li').first().textContent()).toBe('20 new answers (0 already here)')
    await preview.getByRole('button', { name: 'Import', exact: true }).tap()

    await page.getByText('Imported: 20 new answers added.').waitFor()
    expect(await answersShown(page)).toBe(20)
    expect(await progressReport(page)).toEqual(report)
    const imported = (await storedAttempts(page)) as unknown as StoredAttempt[]
    expect(imported).toEqual(originalAttempts)
    expect(original.errors).toEqual([])
    expect(fresh.errors).toEqual([])
    await original.context.close()
    await fresh.context.close()
  })
})
