/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { validateContent } from './scripts/validate-content-plugin'
import { prerenderHome } from './scripts/prerender-plugin'
import { criticalHead } from './scripts/critical-head-plugin'
import { APP_DESCRIPTION, APP_NAME, APP_SHORT_NAME, THEME_COLOR, BACKGROUND_COLOR } from './src/appInfo'

// The version shown in the app and baked into the service worker; the update spec builds a
// second copy with a different CLOSE_READ_VERSION to prove the update prompt works.
const appVersion = process.env.CLOSE_READ_VERSION ?? process.env.npm_package_version ?? 'dev'

// A strict policy for the built app only: the dev server injects inline styles for hot reload. The
// one inline script (the boot script) and style (the entry stylesheet) are allowed by their hashes.
function contentSecurityPolicy({ script, style }: { script: string; style: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${script}`,
    `style-src 'self' ${style}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

// Static hosts without SPA rewrites (GitHub Pages and the like) serve 404.html for deep links.
function spaFallbackCopy(): Plugin {
  let outDir = 'dist'
  return {
    name: 'close-read:404-copy',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      await copyFile(resolve(outDir, 'index.html'), resolve(outDir, '404.html'))
    },
  }
}

// Structural: the small modules Study and the player both run, shipped as one shared chunk (see groups below).
const QUIZ_CORE = new RegExp(
  [
    String.raw`/src/engine/(session|quizPlan|selection|mastery|cards|timeLimitChoice)\.ts$`,
    String.raw`/src/stores/(quiz|lazyProgress|settings)\.ts$`,
    String.raw`/src/storage/defaultSettings\.ts$`,
    String.raw`/src/questions/random\.ts$`,
    String.raw`/src/domain/question\.ts$`,
  ].join('|'),
)

// Tests that need a DOM (happy-dom): components and views, stores (settings sets <html>'s attributes), the router
// and the boot script. Every other test is plain TypeScript and runs in Node, with no DOM to set up per file; one
// there that needs a DOM opens with `// @vitest-environment happy-dom`.
const DOM_FOLDERS = ['boot', 'components', 'composables', 'pwa', 'setup', 'stores', 'views']
const DOM_TESTS = ['test/*.test.ts', `test/{${DOM_FOLDERS.join(',')}}/**/*.test.ts`]
const isDomTest = (path: string) => path.endsWith('.test.ts') && (!path.slice('test/'.length).includes('/') || DOM_FOLDERS.includes(path.split('/')[1] ?? ''))

// A DOM test that replaces a module (vi.mock) needs a module graph of its own: in the shared one, another file may
// have loaded the real module, and the components that import it, already. Found by reading the files, so a new one
// cannot be forgotten.
const MOCKING_DOM_TESTS = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .map((path) => `test/${path.split(sep).join('/')}`)
  .filter((path) => isDomTest(path) && /\bvi\.(mock|doMock)\(/.test(readFileSync(path, 'utf8')))

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    // Vue's documented feature flag: every component uses <script setup>, so Home ships Vue without the Options API.
    __VUE_OPTIONS_API__: 'false',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each page needs, read by `npm run size`.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The groups take only the modules they name, not what those import (Vue would follow them in).
          includeDependenciesRecursively: false,
          groups: [
            // Structural: what Study and the player share is one request, not a dozen tiny chunks.
            { name: 'quiz-core', test: QUIZ_CORE },
            // Structural: the article and its knowledge base are always needed together (with the number formatter all their users share).
            { name: 'knowledge', test: /(knowledge\.json|article\.txt|\/src\/content\/(knowledge|knowledgeCodec|bundledArticle|article)\.ts)/ },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  plugins: [
    // The knowledge base is checked against the article on every build: a broken span fails it.
    validateContent(),
    vue(),
    prerenderHome(),
    spaFallbackCopy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // public/ is precached by globPatterns below; listing icons again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: APP_NAME,
        short_name: APP_SHORT_NAME,
        description: APP_DESCRIPTION,
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ['education'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt,woff2}'],
        // 404.html is a copy of index.html for static hosts; the SW serves index.html instead.
        globIgnores: ['404.html'],
        navigateFallback: 'index.html',
        // The first install takes control at once so the app works offline from the first visit;
        // updates still wait for the learner's "Reload" (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        sourcemap: false,
      },
    }),
    criticalHead(contentSecurityPolicy),
  ],
  test: {
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is too tight.
    testTimeout: 20_000,
    projects: [
      // Not isolated: plain modules keep no state but the fixed-seed bank, the same for every file (a test needing
      // fresh modules calls vi.resetModules()); sharing what they load between files halves the project's time.
      { extends: true, test: { name: 'node', environment: 'node', isolate: false, include: ['test/**/*.test.ts'], exclude: [...DOM_TESTS, 'test/e2e/**'] } },
      // Not isolated either: the DOM tests share one module graph and one window, and test/setup/dom.ts starts every
      // test on a new page (storage, the DOM, Pinia, timers and the app's page-long module state reset).
      { extends: true, test: { name: 'dom', environment: 'happy-dom', isolate: false, setupFiles: ['test/setup/dom.ts'], include: DOM_TESTS, exclude: MOCKING_DOM_TESTS } },
      // Isolated: the few that replace a module (see MOCKING_DOM_TESTS).
      { extends: true, test: { name: 'dom-mocks', environment: 'happy-dom', setupFiles: ['test/setup/dom.ts'], include: MOCKING_DOM_TESTS } },
    ],
  },
})
