// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MisreadingProfile from '../../../src/components/progress/MisreadingProfile.vue'
import { MISREADING_TEXT } from '../../../src/domain/misreading'

describe('MisreadingProfile', () => {
  it('lists the misreadings most first, each in plain words with its count', () => {
    const wrapper = mount(MisreadingProfile, {
      props: { rows: [
        { misreading: 'wrong-speaker', count: 3, practice: ['a', 'b', 'c', 'd', 'e'] },
        { misreading: 'dropped-hedge', count: 1, practice: ['f'] },
      ] },
    })
    expect(wrapper.get('h2').text()).toBe('Your misreadings')
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.get('.name').text())).toEqual(['The wrong speaker · 3 answers', 'A dropped hedge · 1 answer'])
    expect(items[0]!.get('.what').text()).toBe(MISREADING_TEXT['wrong-speaker'])
    expect(items.map((item) => item.get('button').text())).toEqual(['Practise: the wrong speaker — 5 questions', 'Practise: a dropped hedge — 1 question'])
  })

  it('asks to practise the misreading chosen', async () => {
    const wrapper = mount(MisreadingProfile, { props: { rows: [{ misreading: 'wrong-time', count: 2, practice: ['a'] }] } })
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('practise')).toEqual([['wrong-time']])
  })

  it('offers no practice when no question is left to practise it with', () => {
    const wrapper = mount(MisreadingProfile, { props: { rows: [{ misreading: 'wrong-time', count: 2, practice: [] }] } })
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('says the empty text when nothing is counted, and shows nothing at all without one', () => {
    expect(mount(MisreadingProfile, { props: { rows: [], empty: 'None yet.' } }).text()).toBe('Your misreadings None yet.'.replace(' None', 'None'))
    expect(mount(MisreadingProfile, { props: { rows: [] } }).find('section').exists()).toBe(false)
  })
})
