// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { LAYERS } from '../../src/content/annotations'
import { useShownLayers } from '../../src/composables/useShownLayers'

// The key learners' choices are already stored under: renaming it would silently forget them.
const SHOWN_LAYERS_KEY = 'close-read:article-layers'

describe('useShownLayers', () => {
  afterEach(() => localStorage.clear())

  it('shows no layer at first (the article opens readable) and remembers a choice on this device', async () => {
    const shown = useShownLayers()
    expect(shown.value).toEqual([])
    shown.value = ['quote', 'author']
    await nextTick()
    expect(JSON.parse(localStorage.getItem(SHOWN_LAYERS_KEY) ?? 'null')).toEqual(['quote', 'author'])
    expect(useShownLayers().value).toEqual(['quote', 'author'])
  })

  it('opens plain again when the stored choice is corrupt, and drops unknown layers', () => {
    localStorage.setItem(SHOWN_LAYERS_KEY, '{not json')
    expect(useShownLayers().value).toEqual([])
    localStorage.setItem(SHOWN_LAYERS_KEY, JSON.stringify([...LAYERS]))
    expect(useShownLayers().value).toEqual([...LAYERS])
    localStorage.setItem(SHOWN_LAYERS_KEY, JSON.stringify(['author', 'gossip', 42]))
    expect(useShownLayers().value).toEqual(['author'])
  })
})
