// Browser figures for `npm run bench` (scripts/bench.mjs), against the built app in dist/ served
// locally: Lighthouse's mobile scores and metrics for the main pages, and the start-up time of Quick
// 10 with the CPU slowed 4x on a warm service worker. It reports; it never fails on a figure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import lighthouse from 'lighthouse'
import { chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { replayAttempts } from '../src/engine/schedule'
import { BANK_CACHE_NAME } from '../src/storage/bankCache'
import { packDays } from '../src/storage/attemptDays'
import { DB_NAME as PROGRESS_DB_NAME } from '../src/storage/idbBackend'
import type { AttemptDay } from '../src/storage/schema'
import type { FactCard } from '../src/domain/progress'
import { syntheticAttempts } from '../src/storage/synthetic'
import { percentiles, type Timing } from './timing'
import { CHROMIUM_ARGS } from '../test/e2e/support/browser'
import { startStaticServer } from '../test/e2e/support/server'

export interface LighthouseFigures {
  page: string
  path: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Accessibility, best-practices and SEO audits that did not pass, by id. */
  failing: string[]
}

export interface StartupFigures {
  runs: number
  /** A returning learner: a few months of progress stored, no quiz under way. The target's figure. */
  medianMs: number
  samplesMs: number[]
  /** The same with the site's storage emptied before each run: the database is created afresh and the question bank built. */
  emptyStorageMedianMs: number
  emptyStorageSamplesMs: number[]
  targetMs: number
}

/** How the page's storage is left before a measured run. */
type StartupStorage = 'returning' | 'empty'

export const LIGHTHOUSE_PAGES = [
  { page: 'Home', path: '/' },
  { page: 'Study', path: '/study' },
  { page: 'A question', path: '/quiz?start=quick' },
  { page: 'Article', path: '/article' },
]

const DEBUGGING_PORT = 9333
const STARTUP_TARGET_MS = 400

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

export async function runLighthouse(chromiumPath: string, origin: string, pages = LIGHTHOUSE_PAGES): Promise<LighthouseFigures[]> {
  // One fresh browser per page, so no page is measured with another's caches or service worker.
  const figures: LighthouseFigures[] = []
  for (const { page, path } of pages) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`],
    })
    try {
      const result = await lighthouse(`${origin}${path}`, {
        port: DEBUGGING_PORT,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      const { categories, audits } = result.lhr
      figures.push({
        page,
        path,
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories['best-practices']?.score),
        seo: score(categories.seo?.score),
        fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        failing: (['accessibility', 'best-practices', 'seo'] as const).flatMap((id) =>
          (categories[id]?.auditRefs ?? []).filter((ref) => {
            const audit = audits[ref.id]
            return ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1
          }).map((ref) => `${id}: ${ref.id}`),
        ),
      })
    } finally {
      await browser.close()
    }
  }
  return figures
}

/**
 * From navigation to the first question of Quick 10 on screen with its answer controls enabled,
 * the CPU slowed 4x, the service worker warm (installed and controlling, assets in its cache); for
 * a returning learner (the target's case) and with storage emptied first.
 */
export async function runStartup(chromiumPath: string, origin: string, runs: number): Promise<StartupFigures> {
  const returning = await startupSamples(chromiumPath, origin, runs, 'returning')
  const empty = await startupSamples(chromiumPath, origin, runs, 'empty')
  return {
    runs,
    medianMs: percentiles(returning).medianMs,
    samplesMs: returning,
    emptyStorageMedianMs: percentiles(empty).medianMs,
    emptyStorageSamplesMs: empty,
    targetMs: STARTUP_TARGET_MS,
  }
}

/** A returning learner's progress: a few months of answers (synthetic) and the FSRS cards they give. */
function returningProgress(): { days: AttemptDay[]; cards: FactCard[] } {
  const attempts = syntheticAttempts(3000, 11)
  return { days: packDays(attempts), cards: [...replayAttempts(attempts).values()] }
}

/**
 * Before each run: 'returning' gives the database (once the first, unmeasured run has made it) a
 * few months of answers and their cards, and ends the quiz the last run started (its saved session
 * is cleared, as when a learner finished it), and the question bank stays stored as the first run
 * left it; 'empty' deletes the site's databases and the stored bank, so the bank is built again.
 */
async function prepareStorage(page: Page, storage: StartupStorage, progress = returningProgress()): Promise<void> {
  if (storage === 'empty') {
    await page.evaluate(() => indexedDB.databases().then((dbs) => Promise.all(dbs.map((db) => db.name && indexedDB.deleteDatabase(db.name)))))
    await page.evaluate((name) => caches.delete(name), BANK_CACHE_NAME)
    return
  }
  await page.evaluate(
    ({ name, seed }) =>
      new Promise<void>((resolve, reject) => {
        // Opening a database that does not exist would create an empty one the app could not upgrade.
        void indexedDB.databases().then((dbs) => {
          if (!dbs.some((db) => db.name === name)) return resolve()
          const request = indexedDB.open(name)
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const db = request.result
            const tx = db.transaction(['session', 'attemptDays', 'cards'], 'readwrite')
            tx.objectStore('session').clear()
            for (const day of seed.days) tx.objectStore('attemptDays').put(day)
            for (const card of seed.cards) tx.objectStore('cards').put(card)
            tx.oncomplete = () => (db.close(), resolve())
            tx.onerror = () => (db.close(), reject(tx.error))
          }
        })
      }),
    { name: PROGRESS_DB_NAME, seed: progress },
  )
}

async function startupSamples(chromiumPath: string, origin: string, runs: number, storage: StartupStorage): Promise<number[]> {
  const progress = returningProgress()
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS })
  const samples: number[] = []
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await context.addInitScript(() => {
      // Stamps the moment the first answer control of a question can be used.
      let done: (at: number) => void = () => {}
      ;(window as unknown as { __answerablePromise: Promise<number> }).__answerablePromise = new Promise((resolve) => (done = resolve))
      const stamp = () => {
        const control = document.querySelector('form.question-form :is(input, button):not([disabled])')
        if (control && control.checkVisibility()) {
          done(performance.now())
          return
        }
        requestAnimationFrame(stamp)
      }
      requestAnimationFrame(stamp)
    })
    const page = await context.newPage()
    await page.goto(origin)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    // One unmeasured run fills the service worker's runtime state, the bank's code cache and (for a
    // returning learner) the progress database.
    for (let run = 0; run <= runs; run++) {
      await page.goto(`${origin}/`)
      await prepareStorage(page, storage, progress)
      // As when the app is opened from the home screen: no earlier page still at work in this tab.
      await page.goto('about:blank')
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await page.goto(`${origin}/quiz?start=quick`)
      // Not page.waitForFunction: it injects Playwright's own large script into the page being measured.
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__answerablePromise', awaitPromise: true, returnByValue: true })
      const answerable = result.value as number
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      await cdp.detach()
      if (run > 0) samples.push(answerable)
    }
  } finally {
    await browser.close()
  }
  return samples
}

/**
 * The question bank in a page, as the app gets it: the built chunk, in Chromium, from the service
 * worker's cache (so with the code cache Chromium keeps for it), in a fresh page each run, on an idle
 * page, from the call to the bank. Built (nothing stored: a first visit, or the first of a new
 * version), in the app's six tasks (a generator or a few small ones each) and the turns between them, at the machine's
 * own speed and with the CPU slowed 4x; and read back from Cache Storage, as every other visit does.
 */
export async function runBankBuild(chromiumPath: string, origin: string, distDir: string, runs: number): Promise<Timing[]> {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>
  const chunk = manifest['src/storage/loadBank.ts']?.file
  if (!chunk) throw new Error('No question-bank chunk in dist/.vite/manifest.json')
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/about`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const cdp = await page.context().newCDPSession(page)
    // A string, not a function: the bench's own loader would rewrite a function's import(). The
    // app's build yields between its steps through scheduler.yield (src/idle.ts), read at each call:
    // wrapped here, it stamps where each step stops and the next resumes, so the longest run of
    // work between two yields is the build's longest task.
    const loadBank = `import(${JSON.stringify(`/${chunk}`)}).then(async (bank) => {
      if (typeof globalThis.scheduler?.yield !== 'function') {
        // The app then yields through timers, which the bench cannot stamp: no longest task.
        const start = performance.now()
        await bank.loadQuestionBankInSteps()
        return { ms: performance.now() - start, longestTaskMs: NaN }
      }
      const yieldToPage = scheduler.yield.bind(scheduler)
      let resumed = performance.now()
      let longest = 0
      scheduler.yield = () => {
        longest = Math.max(longest, performance.now() - resumed)
        return yieldToPage().then(() => { resumed = performance.now() })
      }
      const start = performance.now()
      await bank.loadQuestionBankInSteps()
      const end = performance.now()
      scheduler.yield = yieldToPage
      return { ms: end - start, longestTaskMs: Math.max(longest, end - resumed) }
    })`
    const measure = async (rate: number, stored: boolean) => {
      const samples: number[] = []
      const longestTasks: number[] = []
      // One unmeasured run first, as a visit after the service worker has installed.
      for (let run = 0; run <= runs; run++) {
        // The About page does not load the bank itself; by 'networkidle' what it loads after its first
        // screen (the update prompt, storage's notice) is in, so nothing else runs in between.
        await page.goto(`${origin}/about`, { waitUntil: 'networkidle' })
        if (!stored) await page.evaluate((name) => caches.delete(name), BANK_CACHE_NAME)
        else if (run > 0 && !(await page.evaluate(hasStoredBank, BANK_CACHE_NAME))) throw new Error('The question bank was not stored')
        await cdp.send('Emulation.setCPUThrottlingRate', { rate })
        const { ms, longestTaskMs } = (await page.evaluate(loadBank)) as { ms: number; longestTaskMs: number }
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
        // The unmeasured run stores the bank (when the browser is idle) if nothing was stored.
        if (stored && run === 0) await page.waitForFunction(hasStoredBank, BANK_CACHE_NAME)
        if (run > 0) {
          samples.push(ms)
          longestTasks.push(longestTaskMs)
        }
      }
      return { whole: percentiles(samples), longestTask: percentiles(longestTasks) }
    }
    // The target is a frame on this machine; at 4x the figure is for comparison (the app spreads the
    // build over six tasks, so no one of them holds the page up that long).
    const paths = [
      { stored: false, task: 'generate the question bank: nothing stored yet (a first visit or a new version; ' },
      { stored: true, task: 'the question bank on any later visit: read back from Cache Storage (' },
    ]
    const timings: Timing[] = []
    for (const { stored, task } of paths) {
      for (const rate of [1, 4]) {
        const speed = rate === 1 ? '' : `, CPU ${rate}x slower, for comparison`
        const { whole, longestTask } = await measure(rate, stored)
        timings.push({ task: `${task}Chromium, built code${speed})`, runs, ...whole, targetMs: rate === 1 ? 16 : NaN })
        // What a tap waits for at most meanwhile; for comparison: the target is the whole build's.
        if (!stored) timings.push({ task: `  its longest task (work between two yields to the page${speed || ', for comparison'})`, runs, ...longestTask, targetMs: NaN })
      }
    }
    return timings
  } finally {
    await browser.close()
  }
}

/** Whether the page's origin holds a stored question bank (the app stores it once the browser is idle after building it). */
async function hasStoredBank(name: string): Promise<boolean> {
  return (await (await caches.open(name)).keys()).length > 0
}

/** The storage timings of bench/storageWork.ts on Chromium's real IndexedDB, from a page of their own. */
export async function runStorage(chromiumPath: string, root: string): Promise<Timing[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'close-read-storage-bench-'))
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry: resolve(root, 'bench/storagePage.ts'), formats: ['es'], fileName: () => 'storage-bench.js' },
      },
    })
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Storage bench</title><script type="module" src="/storage-bench.js"></script>')
    const server = await startStaticServer(outDir)
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      await page.goto(server.url)
      await page.waitForFunction(() => 'runStorageBench' in window)
      return await page.evaluate(() => (window as unknown as { runStorageBench: () => Promise<Timing[]> }).runStorageBench())
    } finally {
      await browser.close()
      await server.close()
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

export async function runBrowserBench(distDir: string, chromiumPath: string, root: string) {
  const storage = await runStorage(chromiumPath, root)
  const server = await startStaticServer(distDir)
  try {
    const bank = await runBankBuild(chromiumPath, server.url, distDir, 15)
    const startup = await runStartup(chromiumPath, server.url, 7)
    const pages = await runLighthouse(chromiumPath, server.url)
    return { work: [...bank, ...storage], lighthouse: pages, startup }
  } finally {
    await server.close()
  }
}
