// A student on a 390x844 touch screen (issue 29): a Quick 10, a timed Test and the Article, checking
// what made the app feel untrustworthy on a phone: Check / Next in a sticky bar within thumb reach,
// Next on screen after an answer without scrolling, no keyboard hints on touch, the article plain at first.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion, dismissOfflineNotice, fixedRandomness, questionType } from './support/quiz'

/** Whether the element's whole box is on screen and it is what a finger at its middle would touch. */
async function onScreenAndOnTop(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect()
    const inView = box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return { inView, onTop: !!hit && (hit === element || element.contains(hit)), bottom: Math.round(box.bottom), height: window.innerHeight }
  })
}

/** Elements shown only to keyboard users that are visible now (none on a touch screen). */
function visibleKeyboardHints(page: Page) {
  return page.locator('.keyboard-only').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => element.textContent))
}

describe('a student on a 390x844 touch screen', () => {
  const app = useServedApp()

  it('plays a Quick 10 with Check / Next in a sticky bar, Next on screen after every answer, no keyboard hints', async () => {
    const context = await app.browser.newContext(PHONE)
    await context.addInitScript(fixedRandomness)
    const page = await context.newPage()
    await page.goto(`${app.url}/quiz?start=quick`)
    await page.locator('form.question-form').waitFor()
    await dismissOfflineNotice(page)
    for (let step = 1; step <= 10; step++) {
      await page.locator('h2#question-prompt').waitFor()
      const type = await questionType(page)
      const check = await onScreenAndOnTop(page, '[data-testid="quiz-actions"] button[type="submit"]')
      expect(check.inView && check.onTop, `${type}: Check in thumb reach ${JSON.stringify(check)}`).toBe(true)
      expect(await visibleKeyboardHints(page), type).toEqual([])
      await answerQuestion(page, 'tap')
      await page.locator('.feedback').waitFor()
      const next = await onScreenAndOnTop(page, '[data-testid="quiz-actions"] button[type="submit"]')
      expect(next.inView && next.onTop, `${type}: Next visible without scrolling ${JSON.stringify(next)}`).toBe(true)
      expect(await page.locator('[data-testid="quiz-actions"] button[type="submit"]').textContent()).toMatch(/^(Next question|See results)$/)
      await page.locator('[data-testid="quiz-actions"] button[type="submit"]').tap()
    }
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    // One scoring model: the headline in points, the topic rows in the same points.
    expect(await page.locator('.score .big').textContent()).toMatch(/^[\d.]+ of 10 points · \d+%$/)
    await context.close()
  })

  it('plays a timed Test: typing a time chooses it, a question that runs out stays closed, the notice shows once', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/study`)
    await page.getByRole('button', { name: 'Start practice' }).waitFor()
    await dismissOfflineNotice(page)
    await page.getByRole('radio', { name: /^Test/ }).tap()
    await page.locator('summary', { hasText: 'Options' }).tap()
    const seconds = page.getByRole('spinbutton', { name: 'Seconds per question' })
    await seconds.tap()
    await seconds.fill('5')
    expect(await page.locator('input[name="time-limit"][value="question"]').isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Start test' }).tap()
    await page.locator('form.question-form').waitFor()
    // The app's own clock icon, no emoji.
    await page.locator('.quiz-timer svg').waitFor()
    expect(await page.locator('.quiz-timer').textContent()).not.toMatch(/\p{Extended_Pictographic}/u)
    const first = await page.locator('#question-prompt').textContent()
    const notice = page.getByText('Time ran out on the last question')
    await notice.waitFor({ timeout: 10_000 })
    expect(await page.locator('.quiz-progress .label').textContent()).toContain('Question 2 of 10')
    await answerQuestion(page, 'tap')
    await expect.poll(() => page.locator('.quiz-progress .label').textContent()).toContain('Question 3')
    expect(await notice.count()).toBe(0)
    // Answer the rest: the timed-out question never comes back with a fresh timer.
    const seen: string[] = []
    while (new URL(page.url()).pathname === '/quiz') {
      const prompt = page.locator('#question-prompt')
      if (!(await prompt.isVisible())) {
        await page.waitForTimeout(100)
        continue
      }
      const text = (await prompt.textContent()) ?? ''
      if (seen.at(-1) !== text) seen.push(text)
      expect(text).not.toBe(first)
      await answerQuestion(page, 'tap').catch(() => undefined)
      await page.waitForTimeout(150)
    }
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    expect(await page.locator('.review > li .verdict').first().textContent()).toBe('Not answered')
    await context.close()
  })

  it('opens the Article readable: layers off, the first words on the first screen, a one-line legend', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    await page.locator('#p1 .text').waitFor()
    expect(await page.locator('.paragraphs [class*="hl-"]').count()).toBe(0)
    expect(await page.locator('.legend input[type="checkbox"]:checked').count()).toBe(0)
    const firstWords = await page.locator('#p1 .text').evaluate((element) => element.getBoundingClientRect().top)
    expect(firstWords).toBeLessThan(844 - 120)
    const legendRows = await page.locator('.legend .layers').evaluate((list) => new Set([...list.children].map((child) => Math.round(child.getBoundingClientRect().top))).size)
    expect(legendRows).toBe(1)
    await page.getByRole('checkbox', { name: /Attributed quote/ }).tap()
    expect(await page.locator('.paragraphs .hl-quote').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('keeps the bottom navigation labels apart at twice the text size', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(app.url)
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    const boxes = await page.locator('.app-nav .nav-link').evaluateAll((links) =>
      links.map((link) => {
        const label = (link.querySelector('span') as HTMLElement).getBoundingClientRect()
        const own = link.getBoundingClientRect()
        return { left: label.left, right: label.right, ownLeft: own.left, ownRight: own.right }
      }),
    )
    for (const [index, box] of boxes.entries()) {
      expect(box.left, `label ${index}`).toBeGreaterThanOrEqual(box.ownLeft - 0.5)
      expect(box.right, `label ${index}`).toBeLessThanOrEqual(box.ownRight + 0.5)
      expect(box.right, `label ${index}`).toBeLessThanOrEqual(390)
    }
    await context.close()
  })
})
