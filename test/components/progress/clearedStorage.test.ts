// @vitest-environment happy-dom
// Issue 31, bug 9: when the browser empties IndexedDB behind the app's back, the learner is told, not
// met with "Nothing recorded yet" alone.
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import StorageNotice from '../../../src/components/progress/StorageNotice.vue'
import { createAppRouter } from '../../../src/router'
import { PROGRESS_MARK_KEY, useProgressStore } from '../../../src/stores/progress'
import { answer } from '../../storage/helpers'
import { recordEarlier, useFreshDevice } from './helpers'

const device = useFreshDevice()

async function mountNotice() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(StorageNotice, { global: { plugins: [device.pinia(), router] } })
  await useProgressStore().ready()
  await flushPromises()
  return wrapper
}

describe('an emptied database', () => {
  it('is noticed by the mark kept outside IndexedDB, and the notice points to the backup import', async () => {
    localStorage.setItem(PROGRESS_MARK_KEY, '1700000000000')
    const wrapper = await mountNotice()
    const notice = wrapper.get('[data-testid="cleared-notice"]')
    expect(notice.text()).toBe('Your progress on this device was cleared by the browser; if you saved a backup, import it here.')
    expect(notice.get('a').attributes('href')).toBe('/progress#backup')
    localStorage.clear()
  })

  it('says nothing on a new device, nor where the progress is still there', async () => {
    localStorage.clear()
    expect((await mountNotice()).find('[data-testid="cleared-notice"]').exists()).toBe(false)
    localStorage.setItem(PROGRESS_MARK_KEY, '1700000000000')
    await recordEarlier(device.indexedDB(), [answer()])
    expect((await mountNotice()).find('[data-testid="cleared-notice"]').exists()).toBe(false)
    localStorage.clear()
  })
})
