// @vitest-environment happy-dom
// The Article page as a whole: every item highlighted, links to one item, the panel opening and closing.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import ArticleView from '../../../src/views/ArticleView.vue'
import { bundledPack } from '../../../src/content/bundledArticle'
import { createAppRouter } from '../../../src/router'
import { useFreshDevice } from '../progress/helpers'

const device = useFreshDevice()

const { itemsById } = bundledPack
const PARAGRAPHS = bundledPack.paragraphs.length

/** The page as first rendered: on a plain /article, only its first paragraphs. */
async function mountArticleFirst(url: string) {
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  const wrapper = mount(ArticleView, { attachTo: document.body, global: { plugins: [device.pinia(), router] } })
  await flushPromises()
  return wrapper
}

/** The page once every paragraph is rendered. */
async function mountArticle(url: string) {
  const wrapper = await mountArticleFirst(url)
  // The rest follow in idle time: on a busy machine that can take longer than waitFor's default second.
  await vi.waitFor(() => expect(wrapper.findAll('.paragraphs > li')).toHaveLength(PARAGRAPHS), { timeout: 10_000 })
  return wrapper
}

describe('ArticleView', () => {
  // The article opens plain; these tests look at the highlights, so every layer is switched on first.
  beforeEach(() => localStorage.setItem('close-read:article-layers', JSON.stringify(['reported', 'quote', 'unconfirmed', 'actor', 'author'])))
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('renders the first paragraphs with the page and the rest in the tasks after it', async () => {
    const wrapper = await mountArticleFirst('/article')
    const first = wrapper.findAll('.paragraphs > li').length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(PARAGRAPHS)
    await vi.waitFor(() => expect(wrapper.findAll('.paragraphs > li')).toHaveLength(PARAGRAPHS))
    // In reading order, each once.
    expect(wrapper.findAll('.paragraphs > li').map((li) => li.attributes('id'))).toEqual(Array.from({ length: PARAGRAPHS }, (_, i) => `p${i + 1}`))
    wrapper.unmount()
  })

  it('renders every paragraph at once for a link into the article, which scrolls to one', async () => {
    for (const url of ['/article#p20', '/article?p=20&from=0&to=5#p20', '/article?item=fact.invented#p3']) {
      const wrapper = await mountArticleFirst(url)
      expect(wrapper.findAll('.paragraphs > li'), url).toHaveLength(PARAGRAPHS)
      wrapper.unmount()
    }
  })

  it('highlights every knowledge item somewhere in its paragraph', async () => {
    const wrapper = await mountArticle('/article')
    const highlighted = new Set(wrapper.findAll('[data-items]').flatMap((piece) => (piece.attributes('data-items') ?? '').split(' ')))
    expect([...itemsById.keys()].filter((id) => !highlighted.has(id))).toEqual([])
    for (const item of itemsById.values()) {
      expect(wrapper.find(`#p${item.paragraph} [data-items~="${item.id}"]`).exists(), item.id).toBe(true)
    }
  })

  it('outlines and focuses the item a link points to', async () => {
    const wrapper = await mountArticle('/article?item=quote.nairy-peacekeepers-hungry#p6')
    const selected = wrapper.findAll('.selected')
    expect(selected.map((piece) => piece.text()).join('')).toBe(itemsById.get('quote.nairy-peacekeepers-hungry')?.evidence[0]?.text)
    expect(document.activeElement?.getAttribute('data-items')).toContain('quote.nairy-peacekeepers-hungry')
    wrapper.unmount()
  })

  it('says so when a link points to an item that does not exist, and still shows the article', async () => {
    const wrapper = await mountArticle('/article?item=fact.invented#p3')
    expect(wrapper.get('[role="alert"]').text()).toContain('not in this article')
    expect(wrapper.findAll('.paragraphs > li')).toHaveLength(PARAGRAPHS)
    wrapper.unmount()
  })

  it('opens the panel for a highlight and closes it again', async () => {
    const wrapper = await mountArticle('/article')
    const piece = wrapper.get('#p5 [role="button"]')
    ;(piece.element as HTMLElement).focus()
    await piece.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    const dialog = wrapper.get('dialog.item-panel')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.findAll('section.item').map((s) => s.attributes('data-item'))).toEqual((piece.attributes('data-items') ?? '').split(' '))
    await dialog.get('button.close').trigger('click')
    await flushPromises()
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect(document.activeElement).toBe(piece.element)
    wrapper.unmount()
  })

  it('with all five layers on, marks sparsely: lighter lines, never a marker twice in a row', async () => {
    const wrapper = await mountArticle('/article')
    expect(wrapper.get('.paragraphs').classes()).toContain('dense')
    const markers = wrapper.findAll('[data-markers]').map((piece) => piece.attributes('data-markers') ?? '')
    expect(markers.length).toBeGreaterThan(20)
    // One glyph per layer where items begin together ("???" was three nested claims).
    for (const marker of markers) expect(new Set(Array.from(marker)).size).toBe(Array.from(marker).length)
  })

  it('hides a layer switched off in the legend', async () => {
    const wrapper = await mountArticle('/article')
    expect(wrapper.findAll('.paragraphs .hl-author').length).toBeGreaterThan(0)
    await wrapper.get('[data-layer="author"] input').setValue(false)
    expect(wrapper.findAll('.paragraphs .hl-author')).toHaveLength(0)
    expect(wrapper.findAll('.paragraphs .hl-quote').length).toBeGreaterThan(0)
    wrapper.unmount()
  })
})

describe('ArticleView on a first visit', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('opens readable: plain text, every layer off until the legend turns one on', async () => {
    const wrapper = await mountArticle('/article')
    expect(wrapper.findAll('.paragraphs [class*="hl-"]')).toHaveLength(0)
    expect(wrapper.findAll<HTMLInputElement>('.legend input[type="checkbox"]').every((box) => !box.element.checked)).toBe(true)
    await wrapper.get('.legend [data-layer="quote"] input').setValue(true)
    expect(wrapper.findAll('.paragraphs .hl-quote').length).toBeGreaterThan(0)
    expect(wrapper.findAll('.paragraphs .hl-author')).toHaveLength(0)
    wrapper.unmount()
  })
})
