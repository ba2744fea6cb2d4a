// What only a real touch screen shows: dragging an ordering answer with a finger (CDP touch events,
// which Chromium turns into pointer events as for a real finger), and matching at 320 px wide.
import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { dismissOfflineNotice } from './support/quiz'

/** A finger pressed at `from`, slid to `to` in small steps (as a real drag is), then lifted. */
async function dragByTouch(context: BrowserContext, page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] })
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/** A practice quiz of one question type, started from the Study page by touch. */
async function practise(page: Page, url: string, typeLabel: string) {
  await page.goto(`${url}/study`)
  await dismissOfflineNotice(page)
  await page.locator('summary', { hasText: /options/i }).first().tap()
  for (const box of await page.locator('fieldset', { hasText: 'Question types' }).locator('input[type="checkbox"]').all()) await box.uncheck()
  await page.getByLabel(typeLabel, { exact: true }).check()
  await page.getByRole('button', { name: 'Start practice' }).tap()
  await page.locator('#question-prompt').waitFor()
}

describe('by touch on a phone', () => {
  const app = useServedApp()

  it('reorders an ordering answer by dragging an item with a finger, the page staying put', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/timeline`)
    await dismissOfflineNotice(page)
    await page.getByRole('button', { name: 'Quiz me on the timeline' }).tap()
    const grips = page.getByTestId('drag-grip')
    await grips.first().waitFor()
    const rows = page.locator('form.question-form .list > li')
    const texts = () => rows.locator('.text').allInnerTexts()
    const before = await texts()
    expect(before.length).toBeGreaterThanOrEqual(3)
    await rows.nth(2).scrollIntoViewIfNeeded()
    const grip = (await grips.first().boundingBox())!
    // A target a finger can hit.
    expect(grip.width).toBeGreaterThanOrEqual(44)
    expect(grip.height).toBeGreaterThanOrEqual(44)
    const third = (await rows.nth(2).boundingBox())!
    const scrolled = await page.evaluate(() => window.scrollY)
    await dragByTouch(context, page, { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 }, { x: grip.x + grip.width / 2, y: third.y + third.height * 0.8 })
    await expect.poll(texts).toEqual([before[1], before[2], before[0], ...before.slice(3)])
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
    expect(await page.locator('.ordering [aria-live]').innerText()).toBe(`${before[0]}: now position 3 of ${before.length}.`)
    mkdirSync('docs/phone', { recursive: true })
    await page.screenshot({ path: 'docs/phone/ordering-drag.png' })
    await context.close()
  })

  it('lays matching out in one readable column at 320 px: no sideways scroll, whole words, 44 px targets', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await practise(page, app.url, 'Matching')
    const columns = page.locator('.matching .column')
    await columns.first().waitFor()
    const items = columns.nth(0).locator('button')
    const partners = columns.nth(1).locator('button')
    await items.nth(0).tap()
    await partners.nth(1).tap()
    // The items, then their partners below them, each as wide as the question.
    const [itemsBox, partnersBox, form] = [(await columns.nth(0).boundingBox())!, (await columns.nth(1).boundingBox())!, (await page.locator('form.question-form').boundingBox())!]
    expect(partnersBox.y).toBeGreaterThanOrEqual(itemsBox.y + itemsBox.height)
    expect(itemsBox.width).toBeGreaterThan(form.width - 40)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    for (const button of await page.locator('.matching button').all()) {
      const box = (await button.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(await button.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(14)
    }
    // A pair shows as one number on both sides; the partner's text is not repeated on screen.
    const partnerText = await partners.nth(1).locator('.label').evaluate((element) => (element.firstChild?.textContent ?? '').trim())
    expect(await items.nth(0).locator('.badge').innerText()).toBe('1')
    expect(await partners.nth(1).locator('.badge').innerText()).toBe('1')
    const shownText = (element: HTMLElement) => {
      const copy = element.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove())
      return copy.textContent ?? ''
    }
    expect(await items.nth(0).evaluate(shownText)).not.toContain(partnerText)
    // A screen reader still hears the pair.
    expect(await items.nth(0).locator('.visually-hidden').innerText()).toContain(partnerText)
    mkdirSync('docs/phone', { recursive: true })
    await page.locator('.matching').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'docs/phone/matching-320.png', fullPage: true })
    await context.close()
  })
})
