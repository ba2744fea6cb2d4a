/// <reference types="vitest/config" />
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
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

/**
 * Marks the chunks Home runs as it starts with V8's explicit compile hint, so V8 compiles all their
 * functions while it streams them in, off the main thread, instead of each on the main thread when it
 * is first called: on a first visit that lazy compiling made hydrating Home a 13 ms task here.
 */
function compileHints(chunkNames: RegExp): Plugin {
  return {
    name: 'close-read:compile-hints',
    apply: 'build',
    // On the written files: the comment must open the file, and Vite puts its own lines on top until then.
    async writeBundle(output, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunkNames.test(chunk.name)) continue
        const file = resolve(output.dir ?? 'dist', chunk.fileName)
        await writeFile(file, `//# allFunctionsCalledOnLoad\n${await readFile(file, 'utf8')}`)
      }
    },
  }
}

const QUIZ_CORE = new RegExp(
  [
    String.raw`/src/engine/(session|quizPlan|selection|mastery|cards|timeLimitChoice)\.ts$`,
    String.raw`/src/stores/(quiz|lazyProgress|settings)\.ts$`,
    String.raw`/src/storage/defaultSettings\.ts$`,
    String.raw`/src/questions/random\.ts$`,
    String.raw`/src/domain/question\.ts$`,
  ].join('|'),
)

// Loaded in idle time on every page (App.vue) or on Home (HomeView.vue), never awaited by a learner.
const IDLE_LOADED = /\/(StorageNotice|PwaReloadPrompt|HomeResumeLink|HomeReviewLink)-[\w-]+\.js$/

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    // Every component uses <script setup>: dropping the Options API shrinks Vue's runtime on Home.
    __VUE_OPTIONS_API__: 'false',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each page needs, read by `npm run size`.
    manifest: true,
    modulePreload: {
      // The parts of Home and of every page that load once the browser is idle get no preload links for
      // their imports (their styles still load first): no one waits for them, and each link is a DOM
      // insertion and a request started in the tasks right after Home's first paint, where they took up
      // to 12 ms a task here. Their imports are fetched as the browser finds them instead.
      resolveDependencies: (file, deps) => (IDLE_LOADED.test(file) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        // Home's entry chunk lists every lazy chunk's file name (to preload its imports): seven hash
        // characters (42 bits) tell builds apart as well as eight and cost Home less. Rolldown needs 7
        // from 65 chunks on.
        entryFileNames: 'assets/[name]-[hash:7].js',
        chunkFileNames: 'assets/[name]-[hash:7].js',
        assetFileNames: 'assets/[name]-[hash:7][extname]',
        codeSplitting: {
          // Only the modules named below, not everything they import (Vue would follow them in).
          includeDependenciesRecursively: false,
          groups: [
            // Study and the player share these small modules: one chunk compresses better than a dozen
            // and is one request, not twelve. Only what they use: the Progress page's numbers (stats),
            // results and the saved-quiz validator load with the pages that need them.
            { name: 'quiz-core', test: QUIZ_CORE },
            // The article and its knowledge base: every page that shows questions needs both, and in one
            // chunk they gzip about 2 KB smaller (the knowledge base repeats the article's words). The
            // number formatter rides along: the bank, the Article page and the answer checker use it.
            { name: 'knowledge', test: /(knowledge\.json|article\.txt|\/src\/content\/(knowledge|knowledgeCodec|bundledArticle|article|schema)\.ts|\/src\/content\/decimal\.ts|\/src\/domain\/knowledge\.ts)/ },
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
    compileHints(/^(index|runtime-core\.esm-bundler)$/),
  ],
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is too tight.
    testTimeout: 20_000,
  },
})
