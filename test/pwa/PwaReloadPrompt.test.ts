// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'

const offlineReady = ref(false)
const needRefresh = ref(false)
const updateServiceWorker = vi.fn(async () => {})

let registerOptions: { onNeedReload?: () => void } = {}
vi.mock('virtual:pwa-register/vue', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void }) => {
    registerOptions = options
    return { offlineReady, needRefresh, updateServiceWorker }
  },
}))

const { default: PwaReloadPrompt } = await import('../../src/pwa/PwaReloadPrompt.vue')

describe('PwaReloadPrompt', () => {
  beforeEach(() => {
    offlineReady.value = false
    needRefresh.value = false
    updateServiceWorker.mockClear()
    Object.defineProperty(navigator, 'serviceWorker', { value: new EventTarget(), configurable: true })
  })

  it('shows nothing until the service worker has news, inside a polite live region', () => {
    const wrapper = mount(PwaReloadPrompt)
    expect(wrapper.find('[data-testid="pwa-toast"]').exists()).toBe(false)
    expect(wrapper.get('[role="status"]').attributes('aria-live')).toBe('polite')
  })

  it('tells the learner the app works offline, and goes away on OK', async () => {
    offlineReady.value = true
    const wrapper = mount(PwaReloadPrompt)
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('Close Read is ready to work offline.')
    await wrapper.get('button').trigger('click')
    expect(wrapper.find('[data-testid="pwa-toast"]').exists()).toBe(false)
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('offers an update and applies it only when Reload is pressed', async () => {
    needRefresh.value = true
    const wrapper = mount(PwaReloadPrompt)
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('A new version of Close Read is available.')
    expect(updateServiceWorker).not.toHaveBeenCalled()
    const buttons = wrapper.findAll('button')
    expect(buttons.map((button) => button.text())).toEqual(['Reload', 'Later'])
    await buttons[0]!.trigger('click')
    expect(updateServiceWorker).toHaveBeenCalledTimes(1)
  })

  it('lets the learner put the update off', async () => {
    needRefresh.value = true
    const wrapper = mount(PwaReloadPrompt)
    await wrapper.vm.$nextTick()
    await wrapper.findAll('button')[1]!.trigger('click')
    expect(needRefresh.value).toBe(false)
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('another tab accepted the update: this one is not reloaded, it shows its own prompt (issue 31, bug 8)', async () => {
    const reload = vi.fn()
    const location = window.location
    vi.stubGlobal('location', { ...location, reload })
    try {
      const wrapper = mount(PwaReloadPrompt)
      // The new service worker takes control of every open tab once any tab accepted it.
      registerOptions.onNeedReload?.()
      await wrapper.vm.$nextTick()
      expect(reload).not.toHaveBeenCalled()
      expect(wrapper.text()).toContain('A new version of Close Read is running in another tab.')
      await wrapper.findAll('button')[0]!.trigger('click')
      expect(reload).toHaveBeenCalledTimes(1)
      expect(updateServiceWorker).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
