#!/usr/bin/env node
// The item-writing check: every generated question through the rules of src/questions/quality/.
// Prints each violation (question id, rule id, what is wrong) and exits 1 on any.
// Vite's module runner loads the TypeScript sources as the app does (JSON and ?raw imports).
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport('/src/questions/quality/cli.ts', { root, configFile: false, logLevel: 'silent' })
const { text, ok } = module.contentLint()
process.stdout.write(`${text}\n`)
process.exitCode = ok ? 0 : 1
