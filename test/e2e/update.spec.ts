// Two builds of the app: the learner keeps the old one until they press "Reload", then gets the new
// one with exactly one reload.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, waitForServiceWorkerControl } from './support/browser'
import { DIST, ROOT } from './support/paths'
import { startStaticServer, type StaticServer } from './support/server'

const NEXT_DIST = join(ROOT, 'dist-e2e-next')
const NEXT_VERSION = 'e2e-next'

describe('update', () => {
  let server: StaticServer
  let browser: Browser
  const currentVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string

  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--outDir', NEXT_DIST, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, CLOSE_READ_VERSION: NEXT_VERSION },
      stdio: 'inherit',
    })
    server = await startStaticServer(DIST)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(NEXT_DIST, { recursive: true, force: true })
  })

  it('prompts, keeps the old version until Reload, then runs the new one after one reload', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const version = page.getByTestId('app-version')
    await page.goto(`${server.url}/about`)
    await waitForServiceWorkerControl(page)
    expect(await version.textContent()).toBe(currentVersion)

    server.setRoot(NEXT_DIST)
    let reloads = 0
    // Document loads, not same-document history updates (which the router also makes).
    page.on('load', () => {
      reloads += 1
    })
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })

    const reload = page.getByRole('button', { name: 'Reload' })
    await reload.waitFor({ timeout: 30_000 })
    expect(await page.getByText('A new version of Close Read is available.').isVisible()).toBe(true)
    // Nothing changes by itself while the prompt waits.
    await page.waitForTimeout(1_000)
    expect(reloads).toBe(0)
    expect(await version.textContent()).toBe(currentVersion)

    await reload.click()
    await expect.poll(() => version.textContent(), { timeout: 30_000 }).toBe(NEXT_VERSION)
    await page.waitForTimeout(1_500)
    expect(reloads).toBe(1)
    expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(0)
    await context.close()
  })

  it('accepting in one tab reloads that tab only: another open tab keeps its page and asks (issue 31, bug 8)', async () => {
    server.setRoot(DIST)
    const context = await browser.newContext()
    const first = await context.newPage()
    await first.goto(`${server.url}/about`)
    await waitForServiceWorkerControl(first)
    const second = await context.newPage()
    await second.goto(`${server.url}/about`)
    await waitForServiceWorkerControl(second)
    // What the learner has on the second page and a reload would lose (as a typed answer not yet checked).
    await second.evaluate(() => ((window as unknown as { unsaved: string }).unsaved = 'typed, not checked'))
    let secondLoads = 0
    second.on('load', () => {
      secondLoads += 1
    })

    server.setRoot(NEXT_DIST)
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    await first.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 30_000 })
    await second.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 30_000 })

    await first.getByRole('button', { name: 'Reload' }).click()
    await expect.poll(() => first.getByTestId('app-version').textContent(), { timeout: 30_000 }).toBe(NEXT_VERSION)
    await second.getByText('A new version of Close Read is running in another tab.').waitFor({ timeout: 10_000 })
    await second.waitForTimeout(1_500)
    expect(secondLoads).toBe(0)
    expect(await second.evaluate(() => (window as unknown as { unsaved?: string }).unsaved)).toBe('typed, not checked')
    expect(await second.getByTestId('app-version').textContent()).toBe(currentVersion)

    await second.getByRole('button', { name: 'Reload' }).click()
    await expect.poll(() => second.getByTestId('app-version').textContent(), { timeout: 30_000 }).toBe(NEXT_VERSION)
    expect(secondLoads).toBe(1)
    await context.close()
  })
})
