// @vitest-environment happy-dom
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compileBootScript } from '../../scripts/critical-head-plugin'
import { APPEARANCE_KEY, clearBootMark, markOtherRoute } from '../../src/boot/boot'

const ROOT = resolve(import.meta.dirname, '../..')

afterEach(() => {
  localStorage.clear()
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key]
  history.replaceState(null, '', '/')
})

describe('the boot script', () => {
  it('marks every URL but Home’s, whose screen index.html holds, and the mark can be cleared', () => {
    markOtherRoute()
    expect(document.documentElement.dataset.boot).toBeUndefined()
    history.replaceState(null, '', '/article')
    markOtherRoute()
    expect(document.documentElement.dataset.boot).toBe('other-route')
    clearBootMark()
    expect(document.documentElement.dataset.boot).toBeUndefined()
  })

  it('compiles to a classic script that applies the cached appearance and the route mark', async () => {
    const script = await compileBootScript(ROOT)
    expect(script).not.toMatch(/^\s*(export|import)\b/m)
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: 'dark', textSize: 'larger', motion: 'reduce' }))
    history.replaceState(null, '', '/study')
    new Function(script)()
    expect({ ...document.documentElement.dataset }).toEqual({ theme: 'dark', textSize: 'larger', motion: 'reduce', boot: 'other-route' })
  })

  it('still runs with a corrupt cache, leaving the defaults', async () => {
    localStorage.setItem(APPEARANCE_KEY, '{not json')
    new Function(await compileBootScript(ROOT))()
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })
})
