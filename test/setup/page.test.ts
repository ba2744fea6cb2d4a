// @vitest-environment happy-dom
// The DOM tests share one window and one module graph: newPage() (run after every one of them) must leave nothing of
// a test for the next.
import { mount } from '@vue/test-utils'
import { createPinia, getActivePinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, onMounted, onUnmounted } from 'vue'
import { useAnswerComponents } from '../../src/composables/useAnswerComponents'
import { afterFirstScreen, firstScreenShown } from '../../src/firstScreen'
import { matching } from '../engine/fixtures'
import { newPage } from './page'

describe('newPage', () => {
  it('unmounts what a test left mounted, so its window listeners stop', () => {
    const keys: string[] = []
    const onKey = (event: KeyboardEvent) => keys.push(event.key)
    let mounted = false
    const Listening = defineComponent(() => {
      onMounted(() => ((mounted = true), window.addEventListener('keydown', onKey)))
      onUnmounted(() => ((mounted = false), window.removeEventListener('keydown', onKey)))
      return () => h('p', 'listening')
    })
    const wrapper = mount(Listening, { attachTo: document.body })
    wrapper.findComponent(Listening) // a wrapper that cannot be unmounted on its own does not stop the others
    mount(Listening).unmount() // nor one the test unmounted itself
    newPage()
    expect(mounted).toBe(false)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }))
    expect(keys).toEqual([])
  })

  it('blanks the document: elements, <html> attributes, title, focus and address', () => {
    const before = { url: location.href, title: document.title, head: document.head.innerHTML }
    const button = document.createElement('button')
    document.body.append(button)
    button.focus()
    document.body.className = 'dialog-open'
    document.documentElement.dataset.keyboard = ''
    document.documentElement.dataset.theme = 'dark'
    document.head.append(document.createElement('meta'))
    document.title = 'A page'
    history.replaceState(null, '', '/quiz?set=x#q1')
    newPage()
    expect(document.body.childNodes).toHaveLength(0)
    expect(document.body.getAttributeNames()).toEqual([])
    expect(document.documentElement.dataset).toEqual({})
    expect(document.head.innerHTML).toBe(before.head)
    expect(document.title).toBe(before.title)
    expect(document.activeElement).not.toBe(button)
    expect(location.href).toBe(before.url)
  })

  it('empties storage, drops the active Pinia, and restores timers and globals', () => {
    localStorage.setItem('close-read-x', '1')
    sessionStorage.setItem('close-read-quiz', 'q')
    setActivePinia(createPinia())
    vi.useFakeTimers()
    vi.stubGlobal('BroadcastChannel', undefined)
    newPage()
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    expect(getActivePinia()).toBeUndefined()
    expect(vi.isFakeTimers()).toBe(false)
    expect(typeof BroadcastChannel).toBe('function')
  })

  it('forgets the app’s page-long state: the answer components loaded and the first screen shown', async () => {
    const { components, load } = useAnswerComponents()
    await load(matching)
    const shown = afterFirstScreen()
    firstScreenShown()
    newPage()
    expect(components).toEqual({})
    expect(afterFirstScreen()).not.toBe(shown)
  })
})
