import { describe, expect, it } from 'vitest'
import { waitForServiceWorkerControl, watchRequests } from './support/browser'
import { useServedApp } from './support/app'

const ROUTES = ['/', '/study', '/article', '/people', '/timeline', '/progress', '/classroom', '/classroom/results', '/classroom/host#q=x', '/join#q=x', '/about', '/missing']

declare global {
  interface Window {
    __cspViolations: string[]
  }
}

describe('Content-Security-Policy', () => {
  const app = useServedApp()

  for (const theme of ['light', 'dark'] as const) {
    it(`no route triggers a securitypolicyviolation or an error (${theme} theme)`, async () => {
      const context = await app.browser.newContext({ colorScheme: theme })
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
      const requests = watchRequests(page, app.url)
      for (const route of ROUTES) {
        await page.goto(`${app.url}${route}`)
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
