import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script without type declarations
import { chromiumOnPath, findChromium } from '../../scripts/find-chromium.mjs'

let folders: string[] = []
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'))
  folders.push(dir)
  return dir
}
function fakeBinary(dir: string, name: string, executable = true): string {
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, executable ? 0o755 : 0o644)
  return path
}

describe('findChromium', () => {
  beforeEach(() => (folders = []))
  afterEach(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it.each(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'])('finds %s on PATH', (name) => {
    const dir = folder()
    const binary = fakeBinary(dir, name)
    expect(findChromium({ PATH: [folder(), dir].join(delimiter) }, [])).toBe(binary)
  })

  it('takes the first folder of PATH that has one, and skips files that are not executable', () => {
    const [first, second] = [folder(), folder()]
    fakeBinary(first, 'chromium', false)
    const chrome = fakeBinary(second, 'google-chrome')
    expect(chromiumOnPath([first, second].join(delimiter))).toBe(chrome)
    const preferred = fakeBinary(first, 'chromium-browser')
    expect(chromiumOnPath([first, second].join(delimiter))).toBe(preferred)
  })

  it('prefers CHROMIUM_PATH, and refuses one that does not exist', () => {
    const dir = folder()
    const onPath = fakeBinary(dir, 'chromium')
    const chosen = fakeBinary(folder(), 'my-chrome')
    expect(findChromium({ CHROMIUM_PATH: chosen, PATH: dir }, [])).toBe(chosen)
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'missing'), PATH: dir }, [])).toBeUndefined()
    expect(findChromium({ PATH: dir }, [])).toBe(onPath)
  })

  it('falls back to the usual places, and finds nothing when there is nothing', () => {
    const usual = fakeBinary(folder(), 'Chromium')
    expect(findChromium({ PATH: folder() }, [join(folder(), 'nope'), usual])).toBe(usual)
    expect(findChromium({ PATH: '' }, [])).toBeUndefined()
    expect(findChromium({}, [])).toBeUndefined()
  })
})
