import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { waitForServiceWorkerControl, watchRequests } from './support/browser'
import { ARTICLE_FILE } from './support/paths'
import { useServedApp } from './support/app'

describe('offline', () => {
  const app = useServedApp()

  it('reloads Home and opens the Article page by URL with no network', async () => {
    const context = await app.browser.newContext()
    const page = await context.newPage()
    const requests = watchRequests(page, app.url)
    await page.goto(app.url)
    await waitForServiceWorkerControl(page)
    await expect.poll(() => page.getByText('Close Read is ready to work offline.').isVisible()).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Study one article closely' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Quick 10' }).isVisible()).toBe(true)
    // What Home loads once it is up (storage, the update prompt) comes from the cache too: no failed request below.
    await page.waitForLoadState('networkidle')

    await page.goto(`${app.url}/article`)
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    const paragraphs = readFileSync(ARTICLE_FILE, 'utf8').split('\n')
    const shown = await page.locator('.paragraphs > li .text').allTextContents()
    expect(shown).toEqual(paragraphs)

    expect(requests.failed).toEqual([])
    expect(requests.foreign).toEqual([])
    await context.close()
  })
})
