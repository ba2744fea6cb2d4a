import { defineStore } from 'pinia'
import { ref, watchEffect } from 'vue'
import { defaultSettings } from '../storage/defaultSettings'
import type { Settings } from '../storage/schema'

/** The learner's settings; loaded and saved by the progress store, applied to the page here. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(defaultSettings())

  // Theme and text size are attributes on <html>, read by the CSS tokens in main.css.
  watchEffect(() => {
    const root = document.documentElement
    if (settings.value.theme === 'system') delete root.dataset.theme
    else root.dataset.theme = settings.value.theme
    if (settings.value.textSize === 'normal') delete root.dataset.textSize
    else root.dataset.textSize = settings.value.textSize
    if (settings.value.reducedMotion === 'reduce') root.dataset.motion = 'reduce'
    else delete root.dataset.motion
  })

  function apply(next: Settings) {
    settings.value = next
  }

  return { settings, apply }
})
