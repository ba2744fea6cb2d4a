import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core'

// The flags every launch uses: no sandbox (CI runs as root), and no background traffic to
// Google's hosts, which this machine's closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function launchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the browser specs with `npm run test:e2e`.')
  return { executablePath, headless: true, args: CHROMIUM_ARGS }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions())
}

/** A persistent profile (a fresh directory): Chromium reports incognito contexts as not installable. */
export async function launchPersistent(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'close-read-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions(), ...options })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Waits until a service worker controls the page (the first install claims its clients). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 })
}

/** Records same-origin requests that fail or answer with an error status, and any other-origin request. */
export function watchRequests(page: Page, origin: string) {
  const failed: string[] = []
  const foreign: string[] = []
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) failed.push(`${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('response', (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) failed.push(`${response.url()} (${response.status()})`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && !url.startsWith(origin)) foreign.push(url)
  })
  return { failed, foreign }
}
