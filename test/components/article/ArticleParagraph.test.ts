// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArticleParagraph from '../../../src/components/article/ArticleParagraph.vue'

describe('ArticleParagraph', () => {
  it('shows its number as an anchor to itself and its text verbatim', () => {
    const wrapper = mount(ArticleParagraph, { props: { number: 7, text: 'Narine Shakaryan said “We left so we would stay alive.”' } })
    expect(wrapper.attributes('id')).toBe('p7')
    const link = wrapper.get('a.number')
    expect(link.attributes('href')).toBe('#p7')
    expect(link.attributes('aria-label')).toBe('Paragraph 7')
    expect(wrapper.get('.text').text()).toBe('Narine Shakaryan said “We left so we would stay alive.”')
  })

  it('renders markup in the text as text, never as HTML', () => {
    const wrapper = mount(ArticleParagraph, { props: { number: 1, text: '<img src=x onerror="alert(1)"> & <b>bold</b>' } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.get('.text').text()).toBe('<img src=x onerror="alert(1)"> & <b>bold</b>')
  })
  it('highlights a span as text inside a mark, leaving the words unchanged', () => {
    const text = 'At least 68 people were killed and 290 injured in the blast.'
    const start = text.indexOf('68')
    const wrapper = mount(ArticleParagraph, { props: { number: 4, text, highlight: { start, end: start + 2 } } })
    expect(wrapper.get('mark').text()).toBe('68')
    expect(wrapper.get('.text').text()).toBe(text)
  })
})
