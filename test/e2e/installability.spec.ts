import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchPersistent, waitForServiceWorkerControl } from './support/browser'
import { DIST } from './support/paths'
import { startStaticServer, type StaticServer } from './support/server'

interface ManifestIcon {
  src: string
  sizes: string
  type: string
  purpose?: string
}

describe('installability', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await startStaticServer(DIST)
  })
  afterAll(() => server.close())

  it('Chromium reports no installability errors', async () => {
    const { context, close } = await launchPersistent()
    try {
      const page = await context.newPage()
      await page.goto(server.url)
      await waitForServiceWorkerControl(page)
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: unknown[]
      }
      expect(installabilityErrors).toEqual([])
    } finally {
      await close()
    }
  })

  it('the manifest names the app and has 192, 512 and maskable 512 icons that load', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      name: string
      short_name: string
      display: string
      start_url: string
      scope: string
      icons: ManifestIcon[]
    }
    expect(manifest.name).toBe('Close Read')
    expect(manifest.short_name).toBeTruthy()
    expect(manifest.display).toBe('standalone')
    expect(manifest.start_url).toBe('/')
    expect(manifest.scope).toBe('/')
    const has = (sizes: string, purpose?: string) =>
      manifest.icons.some((icon) => icon.sizes === sizes && icon.type === 'image/png' && icon.purpose === purpose)
    expect(has('192x192')).toBe(true)
    expect(has('512x512')).toBe(true)
    expect(has('512x512', 'maskable')).toBe(true)
    for (const icon of manifest.icons) {
      const response = await fetch(`${server.url}/${icon.src}`)
      expect(response.headers.get('content-type')).toBe('image/png')
      const bytes = new Uint8Array(await response.arrayBuffer())
      // PNG signature, then the IHDR width and height must match the declared size.
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
      const view = new DataView(bytes.buffer)
      expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes)
    }
  })

  it('index.html links the apple-touch-icon, and the page links the manifest once it has painted', async () => {
    const html = await (await fetch(server.url)).text()
    expect(html).toContain('rel="apple-touch-icon" href="/apple-touch-icon-180x180.png"')
    expect((await fetch(`${server.url}/apple-touch-icon-180x180.png`)).status).toBe(200)
    const { context, close } = await launchPersistent()
    try {
      const page = await context.newPage()
      await page.goto(server.url)
      await page.waitForSelector('link[rel="manifest"]', { state: 'attached' })
      expect(await page.$$eval('link[rel="manifest"]', (links) => links.map((link) => (link as HTMLLinkElement).href))).toEqual([`${server.url}/manifest.webmanifest`])
      const cdp = await context.newCDPSession(page)
      const { url } = (await cdp.send('Page.getAppManifest')) as { url: string }
      expect(url).toBe(`${server.url}/manifest.webmanifest`)
    } finally {
      await close()
    }
  })
})
