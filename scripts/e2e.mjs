// `npm run test:e2e`: build the app, then run the browser specs (test/e2e) in headless Chromium.
// Set E2E_SKIP_BUILD=1 to reuse an existing dist/.
import { spawnSync } from 'node:child_process'
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './find-chromium.mjs'

const chromium = findChromium()
if (!chromium) {
  console.error(CHROMIUM_MISSING_MESSAGE)
  process.exit(1)
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!process.env.E2E_SKIP_BUILD) run('npm', ['run', 'build'])
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)])
