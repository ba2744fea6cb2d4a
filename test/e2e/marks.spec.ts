// Mark the text and Prove it on a 390x844 touch phone, by taps and by keyboard alone, offline after the first load.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { article } from '../../src/content/bundledArticle'
import { markLayersKind } from '../../src/questions/types/mark_layers'
import { spanOfRange, wordsOf } from '../../src/questions/types/shared/words'
import type { MarkLayersQuestion } from '../../src/questions/types/mark_layers/model'
import { seriousViolations } from './support/axe'
import { waitForServiceWorkerControl } from './support/browser'
import { PHONE, useServedApp } from './support/app'
import { ROOT } from './support/paths'
import { answerQuestion, continueQuiz, dismissOfflineNotice, tabTo } from './support/quiz'

const LETTER = { reported: 'r', quote: 'q', unconfirmed: 'u', actor: 'a', author: 'p' } as const
const markQuestion = (paragraph: number) =>
  loadQuestionBank().questions.find((q): q is MarkLayersQuestion => q.type === 'mark_layers' && q.paragraph === paragraph)!

function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

async function offlineOnArticle(app: ReturnType<typeof useServedApp>) {
  const context = await app.browser.newContext(PHONE)
  const page = await context.newPage()
  await page.goto(`${app.url}/article`)
  await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
  await waitForServiceWorkerControl(page)
  await dismissOfflineNotice(page)
  await context.setOffline(true)
  return { context, page }
}

describe('Mark the text and Prove it on a phone', () => {
  const app = useServedApp()

  it('marks paragraph 5 by taps from the Article page, offline, and shows where the marks differ', async () => {
    const { context, page } = await offlineOnArticle(app)
    await page.locator('#p5').getByRole('button', { name: /Mark this paragraph/ }).tap()
    await page.locator('form.question-form .layer-marker').waitFor()
    expect(await page.locator('form.question-form').getAttribute('data-type')).toBe('mark_layers')
    const question = markQuestion(5)
    const marks = markLayersKind.rightResponse(question).marks
    // Every mark as the article has it but the last, which is given the author's layer: partly right.
    const words = page.locator('form.question-form .passage .word')
    for (const [i, mark] of marks.entries()) {
      const layer = i === marks.length - 1 ? 'author' : mark.layer
      await page.locator(`.palette .hl-${layer}`).tap()
      await words.nth(mark.first).tap()
      await words.nth(mark.last).tap()
    }
    expect(await page.locator('.layer-marker .marks li').count()).toBe(marks.length)
    for (const target of await page.locator('.palette .tool').all()) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    expect(await overflow(page)).toBe(0)
    mkdirSync(resolve(ROOT, 'docs'), { recursive: true })
    await page.evaluate(() => document.querySelector('.palette')?.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-mark-layers.png') })
    await page.getByRole('button', { name: 'Check' }).tap()
    await page.locator('.feedback').waitFor()
    expect(await page.locator('.feedback .verdict').textContent()).toMatch(/Partly right/)
    expect(await page.locator('.feedback .note').textContent()).toContain('You found 1 of 2 quotations.')
    expect(await page.locator('.differences').textContent()).toContain('the article’s layer is Attributed quote')
    await page.getByRole('button', { name: 'Show the article’s layers' }).tap()
    await page.locator('.article-layers').waitFor()
    expect(await overflow(page)).toBe(0)
    await context.close()
  })

  it('fits a 320 px phone in dark mode: no sideways scroll, every control of the marker at least 44 px', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 700 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    await page.locator('#p5').getByRole('button', { name: /Mark this paragraph/ }).tap()
    await page.locator('form.question-form .layer-marker').waitFor()
    const marks = markLayersKind.rightResponse(markQuestion(5)).marks
    const words = page.locator('form.question-form .passage .word')
    for (const mark of marks) {
      await page.locator(`.palette .hl-${mark.layer}`).tap()
      await words.nth(mark.first).tap()
      await words.nth(mark.last).tap()
    }
    await page.locator('.by-sentence summary').tap()
    const targets = async () =>
      page.locator('.layer-marker').evaluate((marker) =>
        [...marker.querySelectorAll<HTMLElement>('button, select, summary')].map((el) => {
          const box = el.getBoundingClientRect()
          return { text: (el.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height, right: box.right }
        }),
      )
    const check = async (controls: number) => {
      expect(await overflow(page)).toBe(0)
      // Contrast of the layers' colours and badges in dark mode among them.
      expect(await seriousViolations(page)).toEqual([])
      const list = await targets()
      expect(list.length).toBeGreaterThanOrEqual(controls)
      for (const target of list) {
        expect(target.height, target.text).toBeGreaterThanOrEqual(44)
        expect(target.width, target.text).toBeGreaterThanOrEqual(44)
        expect(target.right, target.text).toBeLessThanOrEqual(320)
      }
    }
    // The palette (six), a Remove per mark, the sentence list's summary and a menu per sentence.
    await check(6 + marks.length + 1)
    await page.getByRole('button', { name: 'Check' }).tap()
    await page.locator('.feedback').waitFor()
    await page.getByRole('button', { name: 'Show the article’s layers' }).tap()
    await page.locator('.article-layers').waitFor()
    await check(1)
    await context.close()
  })

  it('marks paragraph 11 by keyboard alone, offline, and gets it right', async () => {
    const { context, page } = await offlineOnArticle(app)
    await tabTo(page, { selector: '#p11 button.mark' }, 200)
    await page.keyboard.press('Enter')
    await page.locator('form.question-form .layer-marker').waitFor()
    await tabTo(page, { selector: 'form.question-form .passage' })
    for (const mark of markLayersKind.rightResponse(markQuestion(11)).marks) {
      await page.keyboard.press('Home')
      for (let i = 0; i < mark.first; i++) await page.keyboard.press('ArrowRight')
      for (let i = mark.first; i < mark.last; i++) await page.keyboard.press('Shift+ArrowRight')
      await page.keyboard.press(LETTER[mark.layer])
    }
    await page.keyboard.press('Enter')
    await page.locator('.feedback').waitFor()
    expect(await page.locator('.feedback .verdict').textContent()).toMatch(/Right/)
    await context.close()
  })

  it('proves an answer after a paragraph quiz question, by taps and then by keyboard, offline', async () => {
    const { context, page } = await offlineOnArticle(app)
    await page.locator('#p1').getByRole('button', { name: /Quiz me on this paragraph/ }).tap()
    // The first question whose feedback offers Prove it (one worked in the text does not).
    for (;;) {
      await answerQuestion(page, 'tap')
      await page.locator('.feedback').waitFor()
      if (await page.locator('.prove-it button.open').count()) break
      await continueQuiz(page, 'tap')
    }
    const questionPrompt = await page.locator('#question-prompt').textContent()
    const evidence = loadQuestionBank().questions.find((q) => q.prompt === questionPrompt)!.evidence[0]!
    expect(evidence.paragraph).toBe(1)
    await page.locator('.prove-it button.open').tap()
    const words = page.locator('.prove-it .passage .word')
    await words.first().waitFor()
    const { first, last } = spanOfRange(wordsOf(article.paragraphs[0]!), evidence.start, evidence.end)!
    await words.nth(first).tap()
    await words.nth(last).tap()
    await page.getByRole('button', { name: 'Check my words' }).tap()
    expect(await page.locator('.prove-it .verdict').textContent()).toContain('Right: those words prove it.')
    expect(await overflow(page)).toBe(0)
    await page.evaluate(() => document.querySelector('.prove-it')?.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-prove-it.png') })

    // Again by keyboard: Try again, then the arrow keys in the paragraph and Enter.
    await tabTo(page, { selector: '.prove-it .verdict button' })
    await page.keyboard.press('Enter')
    await tabTo(page, { selector: '.prove-it .passage' })
    await page.keyboard.press('Home')
    for (let i = 0; i < first; i++) await page.keyboard.press('ArrowRight')
    for (let i = first; i < last; i++) await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Enter')
    expect(await page.locator('.prove-it .verdict').textContent()).toContain('Right: those words prove it.')
    await context.close()
  })
})
