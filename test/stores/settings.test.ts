// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { defaultSettings } from '../../src/storage/defaultSettings'
import { APPEARANCE_KEY, applyCachedAppearance, useSettingsStore } from '../../src/stores/settings'

describe('settings store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    const root = document.documentElement
    delete root.dataset.theme
    delete root.dataset.textSize
    delete root.dataset.motion
  })

  it('puts the chosen theme, text size and motion on <html> and caches them', async () => {
    const store = useSettingsStore()
    store.apply({ ...defaultSettings(), theme: 'dark', textSize: 'larger', reducedMotion: 'reduce' })
    await nextTick()
    const root = document.documentElement
    expect(root.dataset).toMatchObject({ theme: 'dark', textSize: 'larger', motion: 'reduce' })
    expect(JSON.parse(localStorage.getItem(APPEARANCE_KEY) ?? '')).toEqual({ theme: 'dark', textSize: 'larger', motion: 'reduce' })
    store.apply(defaultSettings())
    await nextTick()
    expect(root.dataset.theme).toBeUndefined()
  })

  it('applies the cached appearance before settings load, and keeps it until they do', async () => {
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: 'light', textSize: 'large' }))
    applyCachedAppearance()
    useSettingsStore()
    await nextTick()
    expect(document.documentElement.dataset).toMatchObject({ theme: 'light', textSize: 'large' })
  })

  it('ignores a corrupt or hostile cache', () => {
    localStorage.setItem(APPEARANCE_KEY, '{not json')
    applyCachedAppearance()
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: '<script>', textSize: 7 }))
    applyCachedAppearance()
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(document.documentElement.dataset.textSize).toBeUndefined()
  })
})
