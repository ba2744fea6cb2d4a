// @vitest-environment happy-dom
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compileBootScript, svgDataUrl } from '../../scripts/critical-head-plugin'
import { APPEARANCE_KEY, clearBootMark, loadApp, markOtherRoute } from '../../src/boot/boot'

const ROOT = resolve(import.meta.dirname, '../..')

/** What the boot script adds to <head>, kept out of the page (happy-dom cannot load the modules). */
let added: Element[] = []
const addedUrls = () => added.map((element) => element.getAttribute('src') ?? element.getAttribute('href'))

beforeEach(() => {
  added = []
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => void added.push(...nodes.filter((node) => node instanceof Element)))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  localStorage.clear()
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key]
  history.replaceState(null, '', '/')
})

describe('the boot script', () => {
  it('marks every URL but Home’s, whose screen index.html holds, and the mark can be cleared', () => {
    markOtherRoute()
    expect(document.documentElement.dataset.boot).toBeUndefined()
    history.replaceState(null, '', '/article')
    markOtherRoute()
    expect(document.documentElement.dataset.boot).toBe('other-route')
    clearBootMark()
    expect(document.documentElement.dataset.boot).toBeUndefined()
  })

  it('compiles to a classic script that applies the cached appearance and the route mark', async () => {
    const script = await compileBootScript(ROOT)
    expect(script).not.toMatch(/^\s*(export|import)\b/m)
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: 'dark', textSize: 'larger', motion: 'reduce' }))
    history.replaceState(null, '', '/study')
    new Function(script)()
    expect({ ...document.documentElement.dataset }).toEqual({ theme: 'dark', textSize: 'larger', motion: 'reduce', boot: 'other-route' })
  })

  it('still runs with a corrupt cache, leaving the defaults', async () => {
    localStorage.setItem(APPEARANCE_KEY, '{not json')
    new Function(await compileBootScript(ROOT))()
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })

  it('adds the app’s script and preloads on Home only once the first contentful paint is reported', () => {
    const observers: ((entries: { getEntriesByName: (name: string) => unknown[] }) => void)[] = []
    class FakePaintObserver {
      static supportedEntryTypes = ['paint']
      constructor(callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void) {
        observers.push(callback)
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    loadApp('/assets/index-a.js', ['/assets/vue-b.js'], '/manifest.webmanifest')
    const report = (name: string) => observers.forEach((callback) => callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }))
    report('first-paint')
    expect(addedUrls()).toEqual([])
    report('first-contentful-paint')
    expect(addedUrls()).toEqual(['/manifest.webmanifest', '/assets/vue-b.js', '/assets/index-a.js'])
    expect((added[0] as HTMLLinkElement).rel).toBe('manifest')
    expect((added[1] as HTMLLinkElement).rel).toBe('modulepreload')
    expect((added[2] as HTMLScriptElement).type).toBe('module')
    // Added once, even if the paint were reported again.
    report('first-contentful-paint')
    expect(added).toHaveLength(3)
  })

  it('without paint timing, adds them on Home after the first frame', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    vi.stubGlobal('PerformanceObserver', undefined)
    loadApp('/assets/index-a.js', [])
    expect(addedUrls()).toEqual([])
    vi.advanceTimersToNextFrame()
    vi.runOnlyPendingTimers()
    expect(addedUrls()).toEqual(['/assets/index-a.js'])
  })

  it('adds them at once on any other URL, which waits for the app anyway', () => {
    history.replaceState(null, '', '/study')
    loadApp('/assets/index-a.js', [])
    expect(addedUrls()).toEqual(['/assets/index-a.js'])
  })

  it('compiles with the build’s entry and preloads', async () => {
    const script = await compileBootScript(ROOT, { entry: '/assets/index-a.js', preloads: ['/assets/vue-b.js'], manifest: '/manifest.webmanifest' })
    history.replaceState(null, '', '/article')
    new Function(script)()
    expect(addedUrls()).toEqual(['/manifest.webmanifest', '/assets/vue-b.js', '/assets/index-a.js'])
  })
})

describe('svgDataUrl', () => {
  it('gives a data: URL that decodes to the same SVG, with nothing that would end the attribute', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10" fill="#1f4e79"/>\n  <text>50% "off"</text>\n</svg>\n'
    const url = svgDataUrl(svg)
    expect(url).toMatch(/^data:image\/svg\+xml,[^"<>\s]+$/)
    const attribute = url.replaceAll('&#39;', "'")
    const decoded = decodeURIComponent(attribute.slice('data:image/svg+xml,'.length))
    expect(decoded).toBe(svg.trim().replaceAll(/>\s+</g, '><').replaceAll('"', "'"))
  })
})
