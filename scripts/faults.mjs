// `npm run test:faults`: the fault suite of test/e2e/faults.spec.ts run long (FAULTS_LONG=1: two
// windows x 100 answers, 60 reloads, closes and crashes around an answer, ...) and the fuzzing through
// the real page (test/e2e/fuzz.spec.ts, 60 cases of each input), then a table of tries, failures and
// answers lost; then the decoders' fuzzing (test/fuzz) with 10,000 cases each.
// CI runs the same spec short, as part of `npm run test:e2e`, and the fuzzing with a few hundred cases.
// Set E2E_SKIP_BUILD=1 to reuse an existing dist/.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './find-chromium.mjs'

const chromium = findChromium()
if (!chromium) {
  console.error(CHROMIUM_MISSING_MESSAGE)
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'close-read-faults-'))
const rows = join(dir, 'rows.jsonl')
const results = join(dir, 'results.json')
const env = { ...process.env, CHROMIUM_PATH: chromium, FAULTS_LONG: '1', FAULTS_REPORT: rows }

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'test/e2e/faults.spec.ts', 'test/e2e/fuzz.spec.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env, shell: process.platform === 'win32' },
)

// The decoders' fuzzing (test/fuzz), 10,000 cases each instead of CI's few hundred: one row per decoder.
const fuzz = spawnSync(
  'npx',
  ['vitest', 'run', 'test/fuzz', '--reporter=default', '--reporter=json', `--outputFile.json=${join(dir, 'fuzz.json')}`],
  { stdio: 'inherit', env: { ...env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' }, shell: process.platform === 'win32' },
)
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? '10000')
const fuzzTests = existsSync(join(dir, 'fuzz.json')) ? JSON.parse(readFileSync(join(dir, 'fuzz.json'), 'utf8')).testResults.flatMap((file) => file.assertionResults) : []

// One row per test: those that count their own tries report them; the others are one try each.
const reported = existsSync(rows) ? readFileSync(rows, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : []
const tests = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')).testResults.flatMap((file) => file.assertionResults) : []
const table = tests.map((test) => {
  const own = reported.find((row) => row.test.endsWith(test.title))
  const failed = test.status === 'failed' ? 1 : 0
  return own
    ? { fault: own.fault, tries: own.tries, failures: Math.max(own.failures, failed), lost: own.lost, doubled: own.doubled }
    : { fault: test.title, tries: test.status === 'skipped' ? 0 : 1, failures: failed, lost: 0, doubled: 0 }
})

for (const test of fuzzTests) {
  table.push({ fault: `fuzzing: ${test.title}`, tries: test.status === 'skipped' ? 0 : FUZZ_RUNS, failures: test.status === 'failed' ? 1 : 0, lost: 0, doubled: 0 })
}

const width = Math.min(100, Math.max(5, ...table.map((row) => row.fault.length)))
const cell = (value, size) => String(value).padStart(size)
console.log(`\n${'fault'.padEnd(width)}  ${cell('tries', 6)}  ${cell('failures', 8)}  ${cell('answers lost', 12)}  ${cell('doubled', 7)}`)
for (const row of table) {
  const name = row.fault.length > width ? `${row.fault.slice(0, width - 1)}…` : row.fault.padEnd(width)
  console.log(`${name}  ${cell(row.tries, 6)}  ${cell(row.failures, 8)}  ${cell(row.lost, 12)}  ${cell(row.doubled, 7)}`)
}
const total = table.reduce((sum, row) => ({ tries: sum.tries + row.tries, failures: sum.failures + row.failures, lost: sum.lost + row.lost, doubled: sum.doubled + row.doubled }), { tries: 0, failures: 0, lost: 0, doubled: 0 })
console.log(`${'total'.padEnd(width)}  ${cell(total.tries, 6)}  ${cell(total.failures, 8)}  ${cell(total.lost, 12)}  ${cell(total.doubled, 7)}`)
rmSync(dir, { recursive: true, force: true })
process.exit(run.status !== 0 ? (run.status ?? 1) : (fuzz.status ?? 1))
