// What most specs share: the built app served on its own origin, one Chromium, a phone screen.
import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './browser'
import { DIST } from './paths'
import { startStaticServer, type StaticServer } from './server'

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** Serves dist/ and launches Chromium for the enclosing describe block, closing both after it. */
export function useServedApp(): { readonly url: string; readonly browser: Browser } {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startStaticServer(DIST)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get url() {
      if (!server) throw new Error('The app is served only inside the describe block.')
      return server.url
    },
    get browser() {
      if (!browser) throw new Error('Chromium runs only inside the describe block.')
      return browser
    },
  }
}
