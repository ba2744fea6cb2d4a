// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { describe, expect, it, vi } from 'vitest'
import MissingCodeNotice from '../../../src/components/base/MissingCodeNotice.vue'
import { reportMissingCode } from '../../../src/support/missingCode'
import { createAppRouter } from '../../../src/router'

describe('MissingCodeNotice', () => {
  it('shows nothing until code is missing, then says a reload brings the new version and reloads on the button', async () => {
    const wrapper = mount(MissingCodeNotice)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    reportMissingCode(new TypeError('Failed to fetch dynamically imported module: /assets/OrderingAnswer-abc.js'))
    await wrapper.vm.$nextTick()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('A new version is ready — reload')
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    await alert.get('button').trigger('click')
    expect(reload).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('a page whose chunk is gone keeps the learner where they are', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/article').catch(() => undefined)
    const before = router.currentRoute.value.fullPath
    router.addRoute({ path: '/gone', component: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Gone-abc.js')) })
    await router.push('/gone').catch(() => undefined)
    expect(router.currentRoute.value.fullPath).toBe(before)
  })
})
