// The built app as a static host sees it: the service worker and what it precaches.
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

  it('puts a strict Content-Security-Policy in index.html and no inline script', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (match) => !/\bsrc=/.test(match[1] ?? '') || (match[2] ?? '').trim() !== '',
    )
    expect(inlineScripts).toEqual([])
  })

  it('holds Home’s first screen in index.html, and loads the boot script before it paints', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    const app = html.slice(html.indexOf('<div id="app">'))
    expect(app).toContain('<h1 id="home-title"')
    for (const action of ['Quick 10', 'Choose a quiz', 'Read the article']) expect(app).toContain(`>${action}</a>`)
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toMatch(/<script src="\/assets\/boot-[0-9a-f]{8}\.js"><\/script>/)
  })
})
