#!/usr/bin/env node
// Prints the whole question bank, with its article, as JSON on stdout: `npm run --silent questions`.
// Vite's module runner loads the TypeScript sources as the app does (JSON and ?raw imports).
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport('/src/questions/cli.ts', { root, configFile: false, logLevel: 'silent' })
process.stdout.write(`${JSON.stringify(module.bankExport(), null, 2)}\n`)
