import { ref, watch } from 'vue'
import { LAYERS, type Layer } from '../content/annotations'

const SHOWN_LAYERS_KEY = 'close-read:article-layers'

/**
 * Which highlight layers the article shows; remembered on this device. None at first: the article
 * opens as plain, readable text, and the one-line legend turns layers on.
 */
export function useShownLayers() {
  const shown = ref<Layer[]>(read())
  watch(shown, (layers) => {
    try {
      localStorage.setItem(SHOWN_LAYERS_KEY, JSON.stringify(layers))
    } catch {
      // Storage full or blocked: the choice lasts for this visit only.
    }
  })
  return shown
}

function read(): Layer[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(SHOWN_LAYERS_KEY) ?? 'null')
    if (Array.isArray(stored)) return LAYERS.filter((layer) => stored.includes(layer))
  } catch {
    // A corrupt entry only means the article opens plain again.
  }
  return []
}
