#!/usr/bin/env node
// `npm run bench`: byte figures (as `npm run size`), and medians of the app's own work. It reports;
// it never fails on a timing. Results also go to bench/results.json (not committed).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { findChromium } from './find-chromium.mjs'
import { measure } from './size.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bytes = measure()
const { module } = await runnerImport('/bench/work.ts', { root, configFile: false, logLevel: 'silent' })
const work = await module.runWorkBench()

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
// A timing with no target (NaN) is there for comparison.
const targetColumns = (t) =>
  Number.isNaN(t.targetMs) ? { 'target ms': '—', met: '—' } : { 'target ms': t.targetMs, met: t.medianMs <= t.targetMs ? 'yes' : 'NO' }
console.log('Bytes (gzip, from dist/)')
console.table(bytes.checks.map((c) => ({ budget: c.budget, gzip: kb(c.gzip), limit: kb(c.limit), met: c.ok ? 'yes' : 'NO' })))
console.log('Work (Node, median of many runs)')
console.table(
  work.map((t) => ({ task: t.task, runs: t.runs, 'median ms': t.medianMs.toFixed(2), 'p90 ms': t.p90Ms.toFixed(2), ...targetColumns(t) })),
)

// Lighthouse (mobile, simulated slow 4G and a 4x slower CPU) and the 4x-CPU start-up, when a Chromium is here.
let browser = null
const chromiumPath = findChromium()
if (!chromiumPath || process.argv.includes('--no-browser')) {
  console.log('No Chromium found (or --no-browser): Lighthouse and the start-up time are skipped.')
} else {
  const { module: browserBench } = await runnerImport('/bench/browser.ts', { root, configFile: false, logLevel: 'silent' })
  browser = await browserBench.runBrowserBench(join(root, 'dist'), chromiumPath, root)
  console.log('Work in Chromium (the built question bank; storage on real IndexedDB; median of many runs)')
  console.table(
    browser.work.map((t) => ({ task: t.task, runs: t.runs, 'median ms': t.medianMs.toFixed(2), 'p90 ms': t.p90Ms.toFixed(2), ...targetColumns(t) })),
  )
  console.log('Lighthouse, mobile (scores out of 100; metrics in ms)')
  console.table(
    browser.lighthouse.map((p) => ({
      page: p.page,
      performance: p.performance,
      accessibility: p.accessibility,
      'best practices': p.bestPractices,
      SEO: p.seo,
      'FCP ms': Math.round(p.fcpMs),
      'LCP ms': Math.round(p.lcpMs),
      'TBT ms': Math.round(p.tbtMs),
      CLS: p.cls.toFixed(3),
    })),
  )
  for (const p of browser.lighthouse) if (p.failing.length > 0) console.log(`${p.page} did not pass: ${p.failing.join(', ')}`)
  const s = browser.startup
  console.log(`Start-up, CPU 4x slower, warm service worker: first question of Quick 10 answerable at ${Math.round(s.medianMs)} ms for a returning learner (median of ${s.runs}; target ${s.targetMs} ms), ${Math.round(s.emptyStorageMedianMs)} ms with storage emptied first (a new database, the question bank built)`)
}

mkdirSync(new URL('../bench', import.meta.url), { recursive: true })
const results = { measuredAt: new Date().toISOString(), node: process.version, bytes, work, browser }
writeFileSync(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.log('Written to bench/results.json')
