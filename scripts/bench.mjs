#!/usr/bin/env node
// `npm run bench`: byte figures (as `npm run size`), and medians of the app's own work. It reports;
// it never fails on a timing. Results also go to bench/results.json (not committed).
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { measure } from './size.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const bytes = measure()
const { module } = await runnerImport('/bench/work.ts', { root, configFile: false, logLevel: 'silent' })
const work = await module.runWorkBench()

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log('Bytes (gzip, from dist/)')
console.table(bytes.checks.map((c) => ({ budget: c.budget, gzip: kb(c.gzip), limit: kb(c.limit), met: c.ok ? 'yes' : 'NO' })))
console.log('Work (Node, median of many runs)')
console.table(
  work.map((t) => ({ task: t.task, runs: t.runs, 'median ms': t.medianMs.toFixed(2), 'p90 ms': t.p90Ms.toFixed(2), 'target ms': t.targetMs, met: t.medianMs <= t.targetMs ? 'yes' : 'NO' })),
)
mkdirSync(new URL('../bench', import.meta.url), { recursive: true })
const results = { measuredAt: new Date().toISOString(), node: process.version, bytes, work }
writeFileSync(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.log('Written to bench/results.json')
