// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuizTimer from '../../../src/components/quiz/QuizTimer.vue'
import { createSession } from '../../../src/engine/session'

describe('QuizTimer', () => {
  it('draws its clock with the app’s own SVG icon, not an emoji', () => {
    const session = createSession('s', { mode: 'test', title: 't', source: 's', questionIds: ['q'], timeLimit: { kind: 'question', seconds: 30 } }, Date.now())
    const wrapper = mount(QuizTimer, { props: { session } })
    expect(wrapper.find('svg').exists()).toBe(true)
    expect(wrapper.text()).not.toMatch(/\p{Extended_Pictographic}/u)
    expect(wrapper.text()).toMatch(/0:30|0:29/)
    wrapper.unmount()
  })
})
