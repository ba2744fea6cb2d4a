// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { describe, expect, it } from 'vitest'
import AppNav from '../../../src/components/base/AppNav.vue'
import { createAppRouter } from '../../../src/router'

describe('AppNav', () => {
  it('links the five main pages with text labels and marks the current one', async () => {
    const router = createAppRouter(createMemoryHistory())
    await router.push('/article')
    const wrapper = mount(AppNav, { global: { plugins: [router] } })
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Main')
    const links = wrapper.findAll('a')
    expect(links.map((link) => link.text())).toEqual(['Home', 'Study', 'Article', 'Progress', 'Classroom'])
    expect(links.map((link) => link.attributes('href'))).toEqual(['/', '/study', '/article', '/progress', '/classroom'])
    expect(links[2]!.attributes('aria-current')).toBe('page')
    expect(links.filter((link) => link.attributes('aria-current')).length).toBe(1)
    expect(wrapper.findAll('svg').every((svg) => svg.attributes('aria-hidden') === 'true')).toBe(true)
  })
})
