import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, waitForServiceWorkerControl, watchRequests } from './support/browser'
import { DIST } from './support/paths'
import { startStaticServer, type StaticServer } from './support/server'

const ROUTES = ['/', '/study', '/article', '/people', '/timeline', '/progress', '/classroom', '/about', '/missing']

declare global {
  interface Window {
    __cspViolations: string[]
  }
}

describe('Content-Security-Policy', () => {
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

  for (const theme of ['light', 'dark'] as const) {
    it(`no route triggers a securitypolicyviolation or an error (${theme} theme)`, async () => {
      const context = await browser.newContext({ colorScheme: theme })
      await context.addInitScript(() => {
        window.__cspViolations = []
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`)
        })
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      const requests = watchRequests(page, server.url)
      for (const route of ROUTES) {
        await page.goto(`${server.url}${route}`)
        await page.locator('main h1').waitFor()
        if (route === '/') await waitForServiceWorkerControl(page)
        expect(await page.evaluate(() => window.__cspViolations), route).toEqual([])
      }
      expect(errors).toEqual([])
      expect(requests.failed).toEqual([])
      expect(requests.foreign).toEqual([])
      await context.close()
    })
  }
})
