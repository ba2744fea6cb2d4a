// Finds a Chromium or Chrome for the browser tests: CHROMIUM_PATH first, then the usual names on
// PATH, then the usual places.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

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

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first of NAMES found as an executable in one of PATH's folders (in PATH's order). */
export function chromiumOnPath(pathVariable = '') {
  for (const folder of pathVariable.split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(folder, name)
      if (isExecutableFile(path)) return path
    }
  }
  return undefined
}

export function findChromium(env = process.env, candidates = CANDIDATES) {
  if (env.CHROMIUM_PATH) return isExecutableFile(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined
  return chromiumOnPath(env.PATH) ?? candidates.find(isExecutableFile)
}
