// Home's first screen is in index.html (prerendered at build), so it shows before any script runs,
// and the app takes it over without moving anything.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PHONE, useServedApp } from './support/app'

/** The page's paint or layout-shift entries so far, from the browser's own buffer: a shift's value, a paint's element class. */
function bufferedEntries(page: Page, type: 'largest-contentful-paint' | 'layout-shift'): Promise<{ value: number; className: string }[]> {
  return page.evaluate(
    (entryType) =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect()
          resolve(
            list.getEntries().map((entry) => {
              const fields = entry as unknown as { value?: number; element?: Element | null }
              return { value: fields.value ?? 0, className: fields.element?.className ?? '' }
            }),
          )
        }).observe({ type: entryType, buffered: true })
        // With no entry buffered, the observer is never called.
        setTimeout(() => resolve([]), 200)
      }),
    type,
  )
}

/** Holds the page's requests for matching URLs until the returned function is called. */
async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await held
    await route.continue()
  })
  return release
}

describe('first paint', () => {
  const app = useServedApp()

  it('shows Home’s title, what the app is and its main actions with JavaScript off', async () => {
    const context = await app.browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(app.url)
    expect(await page.getByRole('heading', { level: 1, name: 'Study one article closely' }).isVisible()).toBe(true)
    expect(await page.getByText('What it reports, who said what').isVisible()).toBe(true)
    for (const name of ['Quick 10', 'Choose a quiz', 'Read the article']) {
      expect(await page.getByRole('link', { name }).isVisible()).toBe(true)
    }
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
    expect(await page.title()).toBe('Study one article closely · Close Read')
    await context.close()
  })

  it('paints Home before any script is fetched, then loads the app, and the largest paint is that first one', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(app.url)
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      scripts: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js')).map((entry) => entry.startTime),
    }))
    expect(timing.scripts.length).toBeGreaterThan(0)
    expect(Math.min(...timing.scripts)).toBeGreaterThan(timing.paint)
    await page.waitForTimeout(300)
    // Hydration keeps the prerendered nodes: no later, larger paint replaces the first screen's.
    expect((await bufferedEntries(page, 'largest-contentful-paint')).map((entry) => entry.className)).toEqual(['lead'])
    await context.close()
  })

  it('mounts the app over the prerendered screen with no layout shift', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(app.url)
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
    // The same markup, now live: a click is handled by the router, not by a page load.
    const before = await page.getByRole('link', { name: 'Read the article' }).boundingBox()
    expect(before).not.toBeNull()
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const shifts = await bufferedEntries(page, 'layout-shift')
    expect(shifts.reduce((sum, entry) => sum + entry.value, 0)).toBeLessThanOrEqual(0.01)
    await context.close()
  })

  it('hydrates Home: the prerendered nodes stay, so nothing is painted twice', async () => {
    const context = await app.browser.newContext(PHONE)
    await context.addInitScript(() => {
      const removed: string[] = []
      ;(window as unknown as { __removed: string[] }).__removed = removed
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) if (node instanceof Element) removed.push(node.tagName)
        }
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await page.goto(app.url)
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
    // The prerendered markup is exactly what the app renders: Vue reports any mismatch as an error.
    await page.waitForTimeout(500)
    expect(consoleErrors).toEqual([])
    // Live: the router handles a click on the prerendered link, no page load.
    await page.getByRole('link', { name: 'Read the article' }).click()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    const removedBeforeNavigation = await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)
    // Leaving Home removes its sections; before that, nothing of the prerendered screen was removed.
    expect(removedBeforeNavigation.filter((tag) => tag === 'H1' || tag === 'HEADER' || tag === 'NAV')).toEqual([])
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1)
    await context.close()
  })

  it('never shows Home’s prerendered screen on another page’s URL', async () => {
    const context = await app.browser.newContext(PHONE)
    await context.addInitScript(() => {
      // Record whether Home's heading was ever visible while the page was loading.
      const seen = { home: false }
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      const check = () => {
        const heading = document.querySelector('#home-title')
        if (heading && heading.checkVisibility({ visibilityProperty: true })) seen.home = true
        if (!document.querySelector('#app[data-v-app]') && !('__vue_app__' in (document.querySelector('#app') ?? {}))) requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { __seen: { home: boolean } }).__seen.home)).toBe(false)
    expect(await page.evaluate(() => document.documentElement.dataset.boot)).toBeUndefined()
    await context.close()
  })

  it('keeps keyboard focus on the skip link when the page is rendered over the prerendered screen', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } })
    const page = await context.newPage()
    // Hold the Article page's chunk back, so the Tab lands while the prerendered screen is still up.
    const release = await holdRequests(page, /\/assets\/ArticleView-[^/]+\.js$/)
    await page.goto(`${app.url}/article`, { waitUntil: 'domcontentloaded' })
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    release()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    expect(await page.evaluate(() => '__vue_app__' in (document.querySelector('#app') ?? {}))).toBe(true)
    await context.close()
  })

  it('opens Quick 10 by URL and loads what can wait only once the first question is on screen', async () => {
    const context = await app.browser.newContext(PHONE)
    await context.addInitScript(() => {
      // When the first question's prompt is put in the page.
      const stamps = { prompt: Infinity }
      ;(window as unknown as { __stamps: typeof stamps }).__stamps = stamps
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#question-prompt')) return
        stamps.prompt = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    const page = await context.newPage()
    await page.goto(`${app.url}/quiz?start=quick`)
    await page.locator('#question-prompt').waitFor()
    // Feedback, the dialogs, teachers' sets, storage's notice and the update prompt.
    const later = ['QuizFeedback', 'ConfirmDialog', 'deviceTeacherSets', 'StorageNotice', 'PwaReloadPrompt']
    const started = () =>
      page.evaluate((names) => {
        const entries = performance.getEntriesByType('resource')
        return names.map((name) => entries.find((entry) => new RegExp(`/assets/${name}-[^/]+\\.js$`).test(entry.name))?.startTime ?? null)
      }, later)
    await expect.poll(async () => (await started()).every((time) => time !== null), { timeout: 10_000 }).toBe(true)
    const promptAt = await page.evaluate(() => (window as unknown as { __stamps: { prompt: number } }).__stamps.prompt)
    expect(promptAt).toBeLessThan(Infinity)
    const times = await started()
    for (const [index, name] of later.entries()) expect(times[index], name).toBeGreaterThan(promptAt)
    await context.close()
  })

  it('leaves the prerendered Home where the learner scrolled it when the app takes over', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 400 } })
    const page = await context.newPage()
    // Hold the entry script back, so the learner can scroll the prerendered screen before the app runs.
    const release = await holdRequests(page, /\/assets\/index-[^/]+\.js$/)
    await page.goto(app.url, { waitUntil: 'domcontentloaded' })
    await page.evaluate(() => window.scrollTo(0, 150))
    expect(await page.evaluate(() => window.scrollY)).toBe(150)
    release()
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}))
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => window.scrollY)).toBe(150)
    await context.close()
  })
})
