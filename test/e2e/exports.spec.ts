// Exports and imports on the teacher's device: downloads from the export page, a teacher's set
// imported, listed on Study and played, a malformed file explained, and the printable worksheet.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { PHONE, useServedApp } from './support/app'
import { seriousViolations } from './support/axe'
import { answerQuestion, dismissOfflineNotice } from './support/quiz'

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

async function openExportPage(page: Page, origin: string) {
  await page.goto(`${origin}/classroom/export`)
  await page.getByRole('heading', { level: 1, name: 'Export and import questions' }).waitFor()
  await page.locator('#export-set').waitFor()
  await dismissOfflineNotice(page)
}

async function downloadText(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-format="${format}"]`).click()])
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) as string, 'utf8') }
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

describe('exports and imports', () => {
  const app = useServedApp()

  it('downloads a set as GIFT, Anki and CSV with one entry per question', async () => {
    const context = await app.browser.newContext({ ...PHONE, acceptDownloads: true })
    const page = await context.newPage()
    await openExportPage(page, app.url)
    await page.locator('#export-set').selectOption('fact-or-position')
    const label = await page.locator('#export-set option:checked').textContent()
    const count = Number(/\((\d+)\)$/.exec(label ?? '')?.[1])
    expect(count).toBeGreaterThan(10)

    const gift = await downloadText(page, 'gift')
    expect(gift.name).toBe('close-read-fact-or-position.gift.txt')
    expect(gift.text.startsWith('// Close Read: Fact or position?\n')).toBe(true)
    const questions = gift.text.split('\n\n').filter((block) => block.startsWith('::'))
    expect(questions).toHaveLength(count)
    expect(questions.every((block) => /^::(fact_or_position|whose_position)\\:.*::\[plain\]/.test(block))).toBe(true)

    const anki = await downloadText(page, 'anki')
    expect(anki.name).toBe('close-read-fact-or-position.anki.txt')
    const lines = anki.text.trimEnd().split('\n')
    expect(lines.slice(0, 5)).toEqual(['#separator:Tab', '#html:false', '#notetype:Basic', '#columns:Front\tBack\tTags', '#tags column:3'])

    const csv = await downloadText(page, 'csv')
    expect(csv.name).toBe('close-read-fact-or-position.csv')
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(header).toBe('id,type,topic,prompt,choices,answer,explanation,paragraph,evidence')
    // Fields with line breaks are quoted, so rows are counted by their ids at the start of a line.
    expect(rows.filter((row) => /^(fact_or_position|whose_position):/.test(row))).toHaveLength(count)
    await context.close()
  })

  it('imports a teacher’s set, lists it on Study and plays a question from it without article evidence', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openExportPage(page, app.url)
    await importFile(page, 'attribution.json', JSON.stringify(EXAMPLE_SET))
    await page.getByText('Imported “Reading for attribution” (7 questions).').waitFor()
    expect(await page.locator('.sets .name').allTextContents()).toEqual(['Reading for attribution'])

    await page.goto(`${app.url}/study`)
    const set = page.getByRole('radio', { name: /Reading for attribution/ })
    await set.waitFor()
    await set.check()
    await page.getByRole('button', { name: 'Start practice' }).tap()
    await page.locator('form.question-form').waitFor()
    expect(await page.locator('.origin').first().textContent()).toBe('From “Reading for attribution”, written by a teacher.')
    await answerQuestion(page, 'tap')
    await page.locator('.feedback').waitFor()
    expect(await page.locator('.feedback .source').count()).toBe(0)
    expect(await page.locator('.feedback .origin').textContent()).toBe('From “Reading for attribution”, written by a teacher.')

    // A reload brings the quiz back: the saved session names teacher questions the bank still has.
    await page.reload()
    await page.locator('form.question-form').waitFor()

    // The quiz just built can be exported too, and the worksheet names its questions' origin.
    await page.goto(`${app.url}/classroom/export`)
    await page.locator('#export-set option[value="current-quiz"]').waitFor({ state: 'attached' })
    await page.locator('#export-set').selectOption('current-quiz')
    await page.getByRole('link', { name: 'Printable worksheet' }).click()
    await page.getByRole('heading', { level: 1, name: 'This quiz: Reading for attribution' }).waitFor()
    expect(await page.locator('.key-item .source').first().textContent()).toBe('From “Reading for attribution”, written by a teacher.')
    expect(errors).toEqual([])
    await context.close()
  })

  it('explains a malformed file by path and keeps the sets already there', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await openExportPage(page, app.url)
    const broken = { ...EXAMPLE_SET, questions: [EXAMPLE_SET.questions[0], { ...EXAMPLE_SET.questions[0], choices: [{ id: 'a', text: 'ok' }, { id: 'b', text: 3 }] }] }
    await importFile(page, 'broken.json', JSON.stringify(broken))
    const alert = page.getByRole('alert').filter({ hasText: 'This file was not imported.' })
    await alert.waitFor()
    expect(await alert.locator('li').allTextContents()).toEqual(['questions[1].choices[1].text: expected text'])
    await importFile(page, 'cut.json', JSON.stringify(EXAMPLE_SET).slice(0, 80))
    await page.getByText(/not valid JSON/).waitFor()
    expect(await page.getByText('None yet.').isVisible()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('fits the export page and the worksheet into 320 px, with no serious axe violations', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await openExportPage(page, app.url)
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${app.url}/classroom/worksheet?set=everything`)
    await page.getByRole('heading', { level: 2, name: 'Answer key' }).waitFor()
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations with a teacher’s set listed, on the export page and on Study (${colorScheme})`, async () => {
      const context = await app.browser.newContext({ ...PHONE, colorScheme })
      const page = await context.newPage()
      await openExportPage(page, app.url)
      await importFile(page, 'attribution.json', JSON.stringify(EXAMPLE_SET))
      await page.locator('.sets .name').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Remove Reading for attribution' }).click()
      await page.getByRole('dialog').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'Keep it' }).click()
      await page.goto(`${app.url}/study`)
      await page.getByRole('radio', { name: /Reading for attribution/ }).check()
      expect(await seriousViolations(page)).toEqual([])
      await context.close()
    })
  }

  it('prints the worksheet without the app around it, with the answer key on its own page', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/classroom/worksheet?set=fact-or-position`)
    await page.getByRole('heading', { level: 1, name: 'Fact or position?' }).waitFor()
    const items = await page.locator('.worksheet-item').count()
    expect(items).toBeGreaterThan(10)
    expect(await page.locator('.key-item').count()).toBe(items)
    expect(await page.locator('.app-header').isVisible()).toBe(true)

    await page.emulateMedia({ media: 'print' })
    for (const chrome of ['.app-header', '.app-nav', '.toolbar']) expect(await page.locator(chrome).isVisible(), chrome).toBe(false)
    expect(await page.locator('.answer-key').evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page')
    expect(await page.locator('.worksheet-item').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid')
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(1000)

    await page.emulateMedia({ media: 'screen' })
    expect(await page.locator('.app-header').isVisible()).toBe(true)
    await context.close()
  })
})
