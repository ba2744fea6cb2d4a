// Explain with evidence on a 390x844 touch phone (and 320 wide): write an answer, compare it with the
// model answer, tick what it covers, see the self-check scored and kept in Progress; by keyboard alone too.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { ROOT } from './support/paths'
import { answerQuestion, dismissOfflineNotice } from './support/quiz'

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** Study with only "Explain with evidence" ticked among the types, then Start practice. */
async function startExplainPractice(page: Page, url: string) {
  await page.goto(`${url}/study`)
  const start = page.getByRole('button', { name: 'Start practice' })
  await start.waitFor()
  await dismissOfflineNotice(page)
  await page.locator('summary', { hasText: 'Options' }).tap()
  for (const box of await page.locator('.types input[type="checkbox"]').all()) {
    const label = (await box.evaluate((input) => input.parentElement?.textContent ?? '')).trim()
    if ((await box.isChecked()) !== (label === 'Explain with evidence')) await box.tap()
  }
  await start.tap()
  await page.locator('form.question-form .explain').waitFor()
}

describe('Explain with evidence on a phone', () => {
  const app = useServedApp()

  it('writes an answer, compares it with the model, ticks two points and sees the score in Progress', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await startExplainPractice(page, app.url)
    expect(await page.locator('form.question-form').getAttribute('data-type')).toBe('explain')
    const area = page.getByRole('textbox', { name: 'Your answer' })
    // The written text is shown back as text: markup stays letters.
    const written = 'In paragraph 6 Nairy told Reuters that the peacekeepers took people out. <b>Thanks</b> 🙏'
    await area.tap()
    await area.fill(written)
    expect(await page.getByText(`${Array.from(written).length} of 400 characters`).count()).toBe(1)
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true })
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-explain-write.png') })
    await page.getByRole('button', { name: 'Compare with the model answer' }).tap()
    await page.getByRole('heading', { name: 'Model answer' }).waitFor()
    expect(await page.locator('[data-testid="written"]').textContent()).toBe(written)
    expect(await page.locator('form.question-form b').count()).toBe(0)
    const points = page.locator('form.question-form label.point')
    const total = await points.count()
    expect(total).toBeGreaterThanOrEqual(2)
    for (const point of await points.all()) expect((await point.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await points.nth(0).tap()
    await points.nth(1).tap()
    expect(await overflow(page)).toBe(0)
    await page.locator('fieldset.checklist').evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-explain-check.png') })
    await page.getByRole('button', { name: 'Check' }).tap()
    await page.locator('.feedback').waitFor()
    expect(await page.locator('.feedback .verdict').textContent()).toContain(`Partly right: 2 of ${total} points`)
    expect(await page.locator('.feedback').textContent()).toContain(`your answer covers 2 of the ${total} points`)
    // Kept in Progress: one answer, scored by the ticks.
    await page.goto(`${app.url}/progress`)
    const stat = (name: string) => page.locator('.summary .stat', { has: page.locator('dt', { hasText: name }) }).locator('dd')
    await expect.poll(() => stat('Answers').textContent()).toBe('1')
    expect(await stat('Score').textContent()).toBe(`${Math.round((2 / total) * 100)}%`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('is played by keyboard alone and fits a 320-wide screen', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 700 } })
    const page = await context.newPage()
    await startExplainPractice(page, app.url)
    await answerQuestion(page, 'keyboard')
    await page.locator('.feedback').waitFor()
    expect(await page.locator('.feedback .verdict').textContent()).toMatch(/Partly right: 1 of \d points/)
    expect(await overflow(page)).toBe(0)
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-explain-320.png') })
    await context.close()
  })
})
