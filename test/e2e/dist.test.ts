// The built app as a static host sees it: the service worker and what it precaches.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST } from './support/paths'

function precacheUrls(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  return [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1] as string)
}

describe('dist/', () => {
  it('has a service worker', () => {
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true)
  })

  it('precaches index.html, the manifest and every built asset, each once', () => {
    const urls = precacheUrls()
    expect(urls).toContain('index.html')
    expect(urls).toContain('manifest.webmanifest')
    for (const file of readdirSync(join(DIST, 'assets'))) expect(urls).toContain(`assets/${file}`)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('precaches the icons the manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] }
    const urls = precacheUrls()
    for (const icon of manifest.icons) expect(urls).toContain(icon.src)
    expect(urls).toContain('apple-touch-icon-180x180.png')
  })

  it('does not precache the service worker itself, source maps or the 404 copy', () => {
    const urls = precacheUrls()
    expect(urls).not.toContain('sw.js')
    expect(urls.filter((url) => url.endsWith('.map'))).toEqual([])
    expect(urls).not.toContain('404.html')
  })

  it('ships 404.html as a copy of index.html for static hosts without rewrites', () => {
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'))
  })

  it('puts a strict Content-Security-Policy in index.html that allows only its own inline script and style, by hash', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? ''
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => !/\bsrc=/.test(match[1] ?? ''))
    expect(inlineScripts).toHaveLength(1)
    expect(directive('script-src').split(' ')).toEqual(['script-src', "'self'", sha256(inlineScripts[0]?.[2] ?? '')])
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    expect(styles).toHaveLength(1)
    expect(directive('style-src').split(' ')).toEqual(['style-src', "'self'", sha256(styles[0]?.[1] ?? '')])
  })

  it('holds Home’s first screen in index.html, with its stylesheet and the boot script inline (nothing blocks the paint)', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const app = html.slice(html.indexOf('<div id="app">'))
    expect(app).toContain('<h1 id="home-title"')
    for (const action of ['Quick 10', 'Choose a quiz', 'Read the article']) expect(app).toContain(`>${action}</a>`)
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toContain('applyCachedAppearance()')
    expect(head).toMatch(/<style>[^<]*\.app-header/)
    // The stylesheet's own link is there only disabled (neither fetched nor applied), for Vite's chunk loader to find.
    const stylesheetLinks = [...head.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => match[0])
    expect(stylesheetLinks).toHaveLength(1)
    expect(stylesheetLinks[0]).toMatch(/ disabled>$/)
    expect(existsSync(join(DIST, /href="\/([^"]+)"/.exec(stylesheetLinks[0] ?? '')?.[1] ?? 'none'))).toBe(true)
    // No script is fetched before the first paint: the boot script adds the entry and its preloads after it.
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/)
    expect(html).not.toMatch(/<link rel="modulepreload"/)
    const loadApp = /loadApp\("\/([^"]+)", (\[[^\]]*\]), "\/([^"]+)"\)/.exec(head)
    expect(loadApp).not.toBeNull()
    for (const file of [loadApp?.[1] ?? '', ...(JSON.parse(loadApp?.[2] ?? '[]') as string[]).map((href) => href.slice(1))]) {
      expect(file).toMatch(/^assets\/.+\.js$/)
      expect(existsSync(join(DIST, file)), file).toBe(true)
    }
    // Nothing else is fetched before that paint either: the manifest is linked with the entry, and the
    // SVG favicon is inline (the browser fetches a page's icon and manifest as soon as it has loaded).
    expect(loadApp?.[3]).toBe('manifest.webmanifest')
    expect(existsSync(join(DIST, 'manifest.webmanifest'))).toBe(true)
    expect(head).not.toContain('rel="manifest"')
    const svgIcon = /<link rel="icon" href="([^"]+)" sizes="any" type="image\/svg\+xml" \/>/.exec(head)?.[1] ?? ''
    expect(decodeURIComponent(svgIcon.replaceAll('&#39;', "'").replace('data:image/svg+xml,', ''))).toBe(
      readFileSync(join(DIST, 'favicon.svg'), 'utf8').trim().replaceAll('"', "'"),
    )
  })
})
