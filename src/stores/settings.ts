import { defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { defaultSettings } from '../storage/defaultSettings'
import type { Settings } from '../domain/settings'
import { APPEARANCE_KEY } from '../boot/boot'

export { APPEARANCE_KEY, applyCachedAppearance } from '../boot/boot'

/** The learner's settings; loaded and saved by the progress store, applied to the page here. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(defaultSettings())
  // Until the stored settings arrive, the cached appearance on <html> stays as main.ts set it.
  const loaded = ref(false)

  // Theme and text size are attributes on <html>, read by the CSS tokens in main.css. They are also
  // cached in localStorage so main.ts can apply them before the first paint (no flash of the
  // wrong theme while IndexedDB opens).
  watchEffect(() => {
    if (!loaded.value) return
    const root = document.documentElement
    if (settings.value.theme === 'system') delete root.dataset.theme
    else root.dataset.theme = settings.value.theme
    if (settings.value.textSize === 'normal') delete root.dataset.textSize
    else root.dataset.textSize = settings.value.textSize
    if (settings.value.reducedMotion === 'reduce') root.dataset.motion = 'reduce'
    else delete root.dataset.motion
    try {
      localStorage.setItem(APPEARANCE_KEY, JSON.stringify({ theme: root.dataset.theme, textSize: root.dataset.textSize, motion: root.dataset.motion }))
    } catch {
      // Storage may be unavailable (private mode): the attributes still apply for this visit.
    }
  })

  function apply(next: Settings) {
    settings.value = next
    loaded.value = true
  }

  return { settings, apply }
})
