// Puts what the first paint needs into index.html itself: the boot script (src/boot/boot.ts:
// the learner's theme before anything paints) and the entry stylesheet. Each would otherwise be a
// render-blocking request, a full round trip on a slow phone network before the prerendered Home
// can paint. The entry script and its preloads leave the HTML: the boot script adds them once Home
// has painted (loadApp), so nothing is fetched or run before the first paint. The
// Content-Security-Policy stays strict: no 'unsafe-inline', only these two exact texts are allowed,
// by their SHA-256 hashes.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { transformWithOxc, type Plugin } from 'vite'

/** What starts the app: the entry module and the modules Vite preloads with it. */
export interface AppScripts {
  entry: string
  preloads: string[]
  /** The web app manifest's URL: linked with the entry, after Home's first paint. */
  manifest?: string
}

export async function compileBootScript(root: string, app?: AppScripts): Promise<string> {
  const source = readFileSync(resolve(root, 'src/boot/boot.ts'), 'utf8')
  const { code } = await transformWithOxc(source, 'boot.ts', { lang: 'ts' })
  // Comments stay in the source: the script is in every page load, before the first paint.
  const body = code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^export /gm, '')
    .replace(/\n\s*\n/g, '\n')
  const start = app ? `loadApp(${[app.entry, app.preloads, app.manifest].filter((arg) => arg !== undefined).map((arg) => JSON.stringify(arg)).join(', ')})\n` : ''
  return `(() => {\n${body}applyCachedAppearance()\nmarkOtherRoute()\n${start}})()\n`
}

/**
 * An SVG as a data: URL, written as Vite writes the header's logo (the same file) into the prerendered
 * page, so the favicon costs the gzipped HTML a back-reference instead of a request at page load.
 */
export function svgDataUrl(svg: string): string {
  const encoded = svg
    .trim()
    .replaceAll(/>\s+</g, '><')
    .replaceAll('"', "'")
    .replaceAll('%', '%25')
    .replaceAll('#', '%23')
    .replaceAll('<', '%3c')
    .replaceAll('>', '%3e')
    .replaceAll(/\s+/g, '%20')
  return `data:image/svg+xml,${encoded.replaceAll("'", '&#39;')}`
}

/** The CSP source expression that allows exactly this inline text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** `policy(hashes)` gives the Content-Security-Policy, with the inline script's and style's hashes. */
export function criticalHead(policy: (hashes: { script: string; style: string }) => string): Plugin {
  let root = process.cwd()
  return {
    name: 'close-read:critical-head',
    apply: 'build',
    // After vite-plugin-pwa (also 'post'), which links the manifest.
    enforce: 'post',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle) throw new Error('critical-head: no bundle to take the entry stylesheet from')
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?/.exec(html)
        if (!entry) throw new Error('critical-head: no entry script in index.html')
        const preloadLinks = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g)]
        const manifest = /<link rel="manifest" href="([^"]+)">\n?/.exec(html)
        if (!manifest) throw new Error('critical-head: no manifest link in index.html (vite-plugin-pwa must come first)')
        const boot = await compileBootScript(root, {
          entry: entry[1] as string,
          preloads: preloadLinks.map((match) => match[1] as string),
          manifest: manifest[1] as string,
        })
        // The entry's stylesheet link, as Vite wrote it. Its file stays (and is precached): lazily loaded
        // chunks list it among their dependencies, and a missing file would fail their import offline.
        const link = /<link rel="stylesheet" crossorigin href="\/(assets\/index-[^"]+\.css)">\n?/.exec(html)
        const asset = link ? bundle[link[1] as string] : undefined
        if (!link || !asset || asset.type !== 'asset') throw new Error('critical-head: no entry stylesheet in index.html')
        const css = String(asset.source).trim()
        if (!html.includes('<meta charset="UTF-8" />')) throw new Error('critical-head: index.html has no <meta charset="UTF-8" />')
        if (css.includes('</style')) throw new Error('critical-head: the stylesheet cannot be inlined as it is')
        const csp = policy({ script: hashSource(boot), style: hashSource(css) }).replaceAll("'", '&#39;')
        // The stylesheet's link stays, disabled (a disabled stylesheet is neither fetched nor applied): Vite's
        // loader of lazy chunks looks for it among the page's links and would otherwise add it a second time.
        const disabledLink = `<link rel="stylesheet" crossorigin href="/${link[1]}" disabled>`
        const icon = '<link rel="icon" href="/favicon.svg"'
        if (!html.includes(icon)) throw new Error(`critical-head: index.html has no ${icon}`)
        let page = html.replace(link[0], '').replace(entry[0], '').replace(manifest[0], '')
        page = page.replace(icon, `<link rel="icon" href="${svgDataUrl(readFileSync(resolve(root, 'public/favicon.svg'), 'utf8'))}"`)
        for (const preload of preloadLinks) page = page.replace(preload[0], '')
        return page
          .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`)
          .replace('</head>', `  <style>${css}</style>\n    ${disabledLink}\n    <script>${boot}</script>\n  </head>`)
      },
    },
  }
}
