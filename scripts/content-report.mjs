#!/usr/bin/env node
// Prints what the question bank covers (`npm run content:report`); exits 1 when a required
// coverage is missing (a paragraph, quote, entity of any kind or quantity without a question, or a type).
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport('/src/questions/cli.ts', { root, configFile: false, logLevel: 'silent' })
const { text, ok } = module.coverageReport()
console.log(text)
process.exitCode = ok ? 0 : 1
