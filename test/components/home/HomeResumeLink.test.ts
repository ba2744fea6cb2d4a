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
import { TAB_QUIZ_KEY, useQuizStore } from '../../../src/stores/quiz'
import type { QuestionBank } from '../../../src/questions/bankTypes'
import { singleChoice } from '../../engine/fixtures'
import { useFreshDevice } from '../progress/helpers'

const device = useFreshDevice()
const config = { mode: 'practice' as const, title: 'The fuel depot blast', source: 'topic:blast', questionIds: ['a', 'b', 'c', 'd'], timeLimit: { kind: 'off' as const } }

async function saveEarlier(...sessions: QuizSession[]) {
  const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  for (const session of sessions) await repository.saveQuiz(session)
  repository.close()
}

/** The bank the tests' quizzes were made from: questions 'a' to 'd' (a built-in bank has none by these ids). */
function bankOf(ids: readonly string[]): QuestionBank {
  return { questions: ids.map((id) => ({ ...singleChoice, id })), topics: [], facts: {} }
}

let router = createAppRouter(createMemoryHistory())
async function mountLink(bank = bankOf(config.questionIds)) {
  router = createAppRouter(createMemoryHistory())
  await router.push('/')
  useQuizStore(device.pinia()).bank = bank
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
    sessionStorage.clear()
    useQuizStore(device.pinia()).session = advance(createSession('s2', { ...config, title: 'Everything' }, 1000), 2000)
    const wrapper = await mountLink()
    await flushPromises()
    expect(wrapper.get('a').text()).toBe('Resume: Everything, question 2 of 4')
  })

  it('offers every quiz under way on this device, each tab’s its own, the latest started first; a tap adopts it', async () => {
    await saveEarlier(createSession('older', { ...config, title: 'Older' }, 1000), advance(createSession('newer', { ...config, title: 'Newer' }, 5000), 6000))
    const wrapper = await mountLink()
    await vi.waitFor(() => expect(wrapper.findAll('a')).toHaveLength(2))
    expect(wrapper.findAll('a').map((link) => link.text())).toEqual(['Resume: Newer, question 2 of 4', 'Resume: Older, question 1 of 4'])
    await wrapper.findAll('a')[1]?.trigger('click')
    expect(sessionStorage.getItem(TAB_QUIZ_KEY)).toBe('older')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/quiz'), { timeout: 5000 })
  })

  it('offers nothing when no quiz is saved, when it is finished or unreadable', async () => {
    for (const saved of [null, finishSession(createSession('s3', config, 1000), 2000), { version: 1, id: 'junk', junk: true } as unknown as QuizSession]) {
      if (saved) await saveEarlier(saved)
      const progress = await loadProgressStore(device.pinia())
      const listQuizzes = vi.spyOn(progress, 'listQuizzes')
      listQuizzes.mockClear()
      const wrapper = await mountLink()
      await vi.waitFor(() => expect(listQuizzes).toHaveBeenCalled())
      await flushPromises()
      expect(wrapper.find('a').exists(), JSON.stringify(saved)).toBe(false)
      wrapper.unmount()
    }
  })

  it('does not offer a quiz whose questions this version no longer has: it is set aside, and Home says so (issue 31, bug 10)', async () => {
    await saveEarlier(createSession('gone', { ...config, title: 'Gone', questionIds: ['a', 'zz-removed'] }, 1000), createSession('kept', { ...config, title: 'Kept' }, 500))
    const wrapper = await mountLink()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="resume-set-aside"]').exists()).toBe(true))
    expect(wrapper.findAll('a.resume-link').map((link) => link.text())).toEqual(['Resume: Kept, question 1 of 4'])
    expect(wrapper.get('[data-testid="resume-set-aside"]').text()).toMatch(/“Gone”, was made for questions that this version of the app no longer has/)
    const progress = await loadProgressStore(device.pinia())
    await vi.waitFor(() => expect(progress.quarantined.map((item) => item.key)).toEqual(['gone']))
    expect((await progress.listQuizzes()).map((quiz) => quiz.id)).toEqual(['kept'])
  })
})
