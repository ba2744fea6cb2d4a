import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForServiceWorkerControl } from './support/browser'
import { ARTICLE_FILE, ROOT, SCREENSHOT_FILE } from './support/paths'
import { PHONE, useServedApp } from './support/app'
import { dismissOfflineNotice, fixedRandomness, playToResults, questionType } from './support/quiz'

const ROUTES = ['/', '/study', '/article', '/people', '/timeline', '/progress', '/classroom', '/about', '/no-such-page']

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

describe('on a phone-sized screen', () => {
  const app = useServedApp()

  it('shows every paragraph of the article at 390x844 with no horizontal scroll', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    await waitForServiceWorkerControl(page)
    const paragraphs = readFileSync(ARTICLE_FILE, 'utf8').split('\n')
    const items = page.locator('.paragraphs > li')
    expect(await items.count()).toBe(paragraphs.length)
    for (let i = 0; i < paragraphs.length; i++) {
      expect(await items.nth(i).locator('.text').textContent()).toBe(paragraphs[i])
      expect(await items.nth(i).getAttribute('id')).toBe(`p${i + 1}`)
    }
    expect(await horizontalOverflow(page)).toBe(0)
    expect(await page.title()).toBe('The article · Close Read')

    await page.goto(app.url)
    await page.getByRole('heading', { level: 1, name: 'Study one article closely' }).waitFor()
    // The offline-ready notice belonged to the first page; the screenshot shows Home as a return visit.
    expect(await page.getByTestId('pwa-toast').count()).toBe(0)
    mkdirSync(dirname(SCREENSHOT_FILE), { recursive: true })
    await page.screenshot({ path: SCREENSHOT_FILE })
    await context.close()
  })

  it('fits every page into 320 px and keeps the navigation targets at least 44 px', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    for (const route of ROUTES) {
      await page.goto(`${app.url}${route}`)
      await page.locator('main h1').waitFor()
      expect(await horizontalOverflow(page), route).toBe(0)
    }
    const boxes = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
    )
    expect(boxes).toHaveLength(5)
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
    await context.close()
  })

  it('fits a Quick 10 into 320 px: every question, its feedback, and the results', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })
    await context.addInitScript(fixedRandomness)
    const page = await context.newPage()
    await page.goto(`${app.url}/quiz?start=quick`)
    await page.locator('form.question-form').waitFor()
    await dismissOfflineNotice(page)
    const types = new Set<string>()
    const steps = await playToResults(page, 'tap', async (stage, step) => {
      const type = await questionType(page)
      types.add(type)
      expect(await horizontalOverflow(page), `${type} question ${step}, ${stage}`).toBe(0)
    })
    expect(steps).toBe(10)
    expect(types.size).toBeGreaterThanOrEqual(5)
    expect(new URL(page.url()).pathname).toBe('/quiz/results')
    await page.locator('.review > li').first().waitFor()
    expect(await horizontalOverflow(page), '/quiz/results').toBe(0)
    await context.close()
  })

  it('after wrong answers, names each misreading in the feedback and profiles them on Results and Progress, with a practice set', async () => {
    const context = await app.browser.newContext(PHONE)
    await context.addInitScript(fixedRandomness)
    const page = await context.newPage()
    await page.goto(`${app.url}/study`)
    await dismissOfflineNotice(page)
    await page.getByRole('radio', { name: /^Who says it/ }).check()
    await page.getByRole('button', { name: 'Start practice' }).tap()
    let named = 0
    await playToResults(page, 'tap', async (stage) => {
      if (stage === 'feedback' && /to the wrong source|swaps the author/.test((await page.locator('.feedback').textContent()) ?? '')) named += 1
    })
    expect(named).toBeGreaterThan(0)
    const profile = page.getByTestId('misreadings')
    await profile.getByRole('heading', { name: 'Your misreadings' }).waitFor()
    expect(await profile.locator('li').count()).toBeGreaterThan(0)
    expect(await horizontalOverflow(page)).toBe(0)
    await profile.scrollIntoViewIfNeeded()
    await page.screenshot({ path: resolve(ROOT, 'docs/screenshot-misreadings.png') })
    const practise = profile.getByRole('button', { name: /^Practise: .+ — \d+ questions?$/ }).first()
    const box = await practise.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    await practise.tap()
    await page.locator('form.question-form').waitFor()
    expect(await page.locator('main').textContent()).toContain('Practise: ')
    await page.goto(`${app.url}/progress`)
    await page.getByTestId('misreadings').getByRole('heading', { name: 'Your misreadings' }).waitFor()
    expect(await page.getByTestId('misreadings').locator('li').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('navigates with the bottom bar by touch, with a title per page and a friendly not-found page', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(app.url)
    const nav = page.getByRole('navigation', { name: 'Main' })
    const expected: Array<[string, string]> = [
      ['Study', 'Study · Close Read'],
      ['Article', 'The article · Close Read'],
      ['Progress', 'Progress · Close Read'],
      ['Classroom', 'Classroom · Close Read'],
      ['Home', 'Study one article closely · Close Read'],
    ]
    for (const [label, title] of expected) {
      await nav.getByRole('link', { name: label }).tap()
      await expect.poll(() => page.title()).toBe(title)
      expect(await nav.getByRole('link', { name: label }).getAttribute('aria-current')).toBe('page')
    }
    await page.goto(`${app.url}/no/such/page`)
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    expect(await page.title()).toBe('Page not found · Close Read')
    await page.getByRole('link', { name: 'Go home' }).tap()
    await expect.poll(() => page.title()).toBe('Study one article closely · Close Read')
    await context.close()
  })

  it('offers a skip link as the first keyboard stop', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    // Once the page is rendered (the boot mark hides the prerendered Home's content until then).
    await page.waitForFunction(() => document.documentElement.dataset.boot === undefined)
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    expect(await focused.textContent()).toBe('Skip to content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await context.close()
  })
})
