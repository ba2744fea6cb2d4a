// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import HomeResumeLink from '../../../src/components/home/HomeResumeLink.vue'
import type { QuizSession } from '../../../src/domain/quiz'
import { advance, createSession, finishSession } from '../../../src/engine/session'
import { createAppRouter } from '../../../src/router'
import { openProgressRepository } from '../../../src/storage/progressRepository'
import { loadProgressStore } from '../../../src/stores/lazyProgress'
import { useQuizStore } from '../../../src/stores/quiz'
import { useFreshDevice } from '../progress/helpers'

const device = useFreshDevice()
const config = { mode: 'practice' as const, title: 'The fuel depot blast', source: 'topic:blast', questionIds: ['a', 'b', 'c', 'd'], timeLimit: { kind: 'off' as const } }

async function saveEarlier(session: QuizSession | null) {
  const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  await repository.saveSession(session)
  repository.close()
}

async function mountLink() {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(HomeResumeLink, { global: { plugins: [device.pinia(), router] } })
  return wrapper
}

describe('HomeResumeLink', () => {
  it('offers to resume the quiz saved on this device at its question', async () => {
    await saveEarlier(advance(advance(createSession('s1', config, 1000), 2000), 3000))
    const wrapper = await mountLink()
    await vi.waitFor(() => expect(wrapper.find('a').exists()).toBe(true))
    expect(wrapper.get('a').text()).toBe('Resume: The fuel depot blast, question 3 of 4')
    expect(wrapper.get('a').attributes('href')).toBe('/quiz')
  })

  it('shows the quiz in memory when there is one, without waiting for storage', async () => {
    await saveEarlier(createSession('old', config, 1000))
    useQuizStore(device.pinia()).session = advance(createSession('s2', { ...config, title: 'Everything' }, 1000), 2000)
    const wrapper = await mountLink()
    await flushPromises()
    expect(wrapper.get('a').text()).toBe('Resume: Everything, question 2 of 4')
  })

  it('offers nothing when no quiz is saved, when it is finished or unreadable', async () => {
    for (const saved of [null, finishSession(createSession('s3', config, 1000), 2000), { version: 1, junk: true } as unknown as QuizSession]) {
      await saveEarlier(saved)
      const progress = await loadProgressStore(device.pinia())
      const loadSession = vi.spyOn(progress, 'loadSession')
      loadSession.mockClear()
      const wrapper = await mountLink()
      await vi.waitFor(() => expect(loadSession).toHaveBeenCalled())
      expect(await loadSession.mock.results[0]!.value).toEqual(saved) // read what was saved, then decided
      await flushPromises()
      expect(wrapper.find('a').exists(), JSON.stringify(saved)).toBe(false)
      wrapper.unmount()
    }
  })
})
