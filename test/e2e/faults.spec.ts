// The fault suite of issue 31, the part CI runs (`npm run test:faults` runs it longer): times Date
// cannot hold, answers given around reloads and in two windows at once, a quiz per tab, and storage
// that hangs, refuses, fills up or is emptied behind the app's back.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { dismissOfflineNotice, loadProgressPage, storedAttempts, storedRecords, writeRawRecord } from './support/progress'

describe('storage faults', () => {
  const app = useServedApp()

  async function phoneTab(options: { init?: () => void } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await app.browser.newContext(PHONE)
    if (options.init) await context.addInitScript(options.init)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    return { context, page, errors }
  }

  const attempt = (id: string, answeredAt: number) => ({
    id,
    questionId: 'who_said:x',
    questionType: 'who_said',
    factIds: ['fact-x'],
    topics: ['exodus'],
    correct: true,
    score: 1,
    responseMs: 4000,
    answeredAt,
  })

  it('refuses a backup with answeredAt 1e16 with a message, and Progress keeps Export and Reset', async () => {
    const { context, page, errors } = await phoneTab()
    await loadProgressPage(page, app.url)
    await dismissOfflineNotice(page)
    const file = join(tmpdir(), `close-read-far-future-${process.pid}.json`)
    const exportedAt = Date.now()
    writeFileSync(
      file,
      JSON.stringify({ format: 'close-read-progress', version: 1, exportedAt, attempts: [attempt('ok', exportedAt - 60_000), attempt('far', 1e16)], cards: [], settings: {} }),
    )
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Import a file').tap()])
    await chooser.setFiles(file)
    const problems = page.locator('.problems')
    await problems.waitFor()
    expect(await problems.textContent()).toContain('attempts[1].answeredAt: expected a time')

    // Every later visit still shows the whole page.
    await loadProgressPage(page, app.url)
    expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { level: 2, name: 'Nothing recorded yet' }).isVisible()).toBe(true)
    expect(await storedAttempts(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  for (const [what, time] of [
    ['far-future', 1e16],
    ['NaN', Number.NaN],
  ] as const) {
    it(`sets a stored answer with a ${what} time aside, and Progress shows everything else with Export and Reset`, async () => {
      const { context, page, errors } = await phoneTab()
      await loadProgressPage(page, app.url)
      const now = Date.now()
      const good = attempt('good', now - 60_000)
      const bad = attempt('bad', time)
      // Two day records as the app writes them, field by field; the bad one behind the app's back.
      const dayOf = (at: number) => Math.floor(at / 86_400_000)
      const columns = (a: ReturnType<typeof attempt>) => Object.fromEntries(Object.entries(a).map(([key, value]) => [key, [value]]))
      await writeRawRecord(page, 'attemptDays', { day: dayOf(good.answeredAt), columns: columns(good) })
      await writeRawRecord(page, 'attemptDays', { day: Number.isNaN(time) ? 1 : dayOf(time), columns: columns(bad) })

      await loadProgressPage(page, app.url)
      await expect.poll(() => page.locator('dl.summary').isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: 'Reset progress…' }).isEnabled()).toBe(true)
      expect(await page.getByText('1 saved record could not be read.').isVisible()).toBe(true)
      expect(((await storedAttempts(page)) as { id: string }[]).map((stored) => stored.id)).toEqual(['good'])
      expect(await storedRecords(page, 'quarantine')).toHaveLength(1)
      const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).tap()])
      expect(exported.suggestedFilename()).toMatch(/^close-read-progress-/)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
