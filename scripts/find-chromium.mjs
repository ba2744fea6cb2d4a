// Finds a Chromium or Chrome for the browser tests: CHROMIUM_PATH first, then the usual places.
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const CHROMIUM_MISSING_MESSAGE = [
  'No Chromium found for the browser tests.',
  '  On Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Or point CHROMIUM_PATH at any Chrome or Chromium binary, e.g.',
  '  CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
].join('\n')

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined
  return CANDIDATES.find((path) => existsSync(path))
}
