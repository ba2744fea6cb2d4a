// @vitest-environment happy-dom
// The panel a highlight opens: the item in neutral words, who holds it, its certainty, its questions.
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import ItemPanel from '../../../src/components/article/ItemPanel.vue'
import { bundledPack } from '../../../src/content/bundledArticle'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import { createAppRouter } from '../../../src/router'
import { useQuizStore } from '../../../src/stores/quiz'
import { useFreshDevice } from '../progress/helpers'

const { itemsById } = bundledPack

const QUOTE = 'quote.grigoryan-nowhere-to-bury'
const device = useFreshDevice()

async function mountPanel(itemIds: string[]) {
  const router = createAppRouter(createMemoryHistory())
  await router.push('/article')
  const wrapper = mount(ItemPanel, { props: { itemIds }, attachTo: document.body, global: { plugins: [device.pinia(), router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('ItemPanel', () => {
  it('stays closed with no item', async () => {
    const { wrapper } = await mountPanel([])
    expect(wrapper.get('dialog').element.open).toBe(false)
    wrapper.unmount()
  })

  it('shows each item of the highlight with who holds it, its certainty and the questions built on it', async () => {
    const item = itemsById.get(QUOTE)
    expect(item).toBeDefined()
    const { wrapper } = await mountPanel([QUOTE])
    await vi.waitFor(() => expect(wrapper.find('ul.questions').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('dialog').element.open).toBe(true)
    const section = wrapper.get('section.item')
    expect(section.get('h3').text()).toBe(item?.summary)
    expect(section.get('.layer').text()).toContain('Attributed quote')
    expect(section.get('[data-testid="item-holder"]').text()).toBe('Petya Grigoryan')
    expect(section.text()).toContain('A quotation: someone’s words in quotation marks')
    const built = loadQuestionBank().questions.filter((question) => question.factIds.includes(QUOTE))
    expect(built.length).toBeGreaterThan(0)
    expect(section.findAll('ul.questions li').map((li) => li.text())).toEqual(built.slice(0, 4).map((question) => question.prompt))
    expect(section.get('button.primary').text()).toBe(`Quiz me on this (${built.length} ${built.length === 1 ? 'question' : 'questions'})`)
    wrapper.unmount()
  })

  it('lists every item of overlapping highlights', async () => {
    const ids = ['fact.grigoryan-truckloads-dead', 'quote.grigoryan-truckloads']
    const { wrapper } = await mountPanel(ids)
    expect(wrapper.findAll('section.item').map((section) => section.attributes('data-item'))).toEqual(ids)
    expect(wrapper.get('h2').text()).toBe('Paragraph 5: 2 overlapping highlights')
    wrapper.unmount()
  })

  it('"Quiz me on this" starts a quiz of exactly the questions built on the item', async () => {
    const { wrapper, router } = await mountPanel([QUOTE])
    await vi.waitFor(() => expect(wrapper.find('section.item button.primary').exists()).toBe(true), { timeout: 5000 })
    await wrapper.get('section.item button.primary').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/quiz'), { timeout: 5000 })
    const session = useQuizStore().session
    const built = loadQuestionBank().questions.filter((question) => question.factIds.includes(QUOTE))
    expect(session?.config.questionIds).toEqual(built.map((question) => question.id))
    expect(session?.config.title).toBe('Attributed quote, paragraph 5')
    wrapper.unmount()
  })

  it('asks to close on Escape (the dialog cancel), on Close and on a tap outside the sheet', async () => {
    const { wrapper } = await mountPanel([QUOTE])
    wrapper.get('dialog').element.dispatchEvent(new Event('cancel', { cancelable: true }))
    await wrapper.get('button.close').trigger('click')
    await wrapper.get('dialog').trigger('click')
    await wrapper.get('.sheet').trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(3)
    wrapper.unmount()
  })
})
