import { describe, expect, it } from 'vitest'
import { waitForServiceWorkerControl, watchRequests } from './support/browser'
import { useServedApp } from './support/app'
import { dismissOfflineNotice, playToResults } from './support/quiz'

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
        // What loads once the screen is up (storage, the service worker's prompt) is checked on this route too.
        await page.waitForLoadState('networkidle')
        if (route === '/') await waitForServiceWorkerControl(page)
        expect(await page.evaluate(() => window.__cspViolations), route).toEqual([])
      }
      // A Quick 10 from Home's link: a question, its feedback (the source excerpt), and Results.
      await page.goto(`${app.url}/quiz?start=quick`)
      await page.locator('form.question-form').waitFor()
      await dismissOfflineNotice(page, 'keyboard')
      const checked: string[] = []
      await playToResults(page, 'keyboard', async (stage, step) => {
        checked.push(`${stage} ${step}`)
        expect(await page.evaluate(() => window.__cspViolations), `${stage} ${step}`).toEqual([])
      })
      expect(checked).toContain('feedback 1')
      await page.locator('.review > li').first().waitFor()
      expect(await page.evaluate(() => window.__cspViolations), '/quiz/results').toEqual([])
      expect(errors).toEqual([])
      expect(requests.failed).toEqual([])
      expect(requests.foreign).toEqual([])
      await context.close()
    })
  }
})
