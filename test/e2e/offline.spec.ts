import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, waitForServiceWorkerControl, watchRequests } from './support/browser'
import { ARTICLE_FILE, DIST } from './support/paths'
import { startStaticServer, type StaticServer } from './support/server'

describe('offline', () => {
  let server: StaticServer
  let browser: Browser
  beforeAll(async () => {
    server = await startStaticServer(DIST)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
    await server.close()
  })

  it('reloads Home and opens the Article page by URL with no network', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const requests = watchRequests(page, server.url)
    await page.goto(server.url)
    await waitForServiceWorkerControl(page)
    await expect.poll(() => page.getByText('Close Read is ready to work offline.').isVisible()).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Close Read' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Quick 10' }).isVisible()).toBe(true)

    await page.goto(`${server.url}/article`)
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    const paragraphs = readFileSync(ARTICLE_FILE, 'utf8').split('\n')
    const shown = await page.locator('.paragraphs > li .text').allTextContents()
    expect(shown).toEqual(paragraphs)

    expect(requests.failed).toEqual([])
    expect(requests.foreign).toEqual([])
    await context.close()
  })
})
