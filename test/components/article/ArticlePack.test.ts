// @vitest-environment happy-dom
// The article pages read the article and its knowledge base from the pack they are given
// (useArticlePack), not from the shipped one: here, a small hand-made pack.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { ARTICLE_PACK_KEY } from '../../../src/support/articlePackKey'
import { createArticlePack } from '../../../src/content/article'
import { createAppRouter } from '../../../src/router'
import ArticleView from '../../../src/views/ArticleView.vue'
import PeopleView from '../../../src/views/PeopleView.vue'
import TimelineView from '../../../src/views/TimelineView.vue'
import { MINI_PARAGRAPHS, miniKnowledge } from '../../content/rules/miniPack'
import { useFreshDevice } from '../progress/helpers'

const device = useFreshDevice()
const pack = createArticlePack({ id: 'mini', title: 'A small article', paragraphs: [...MINI_PARAGRAPHS] }, miniKnowledge())

async function mountWithPack(page: Component, url: string) {
  const router = createAppRouter(createMemoryHistory())
  await router.push(url)
  const wrapper = mount(page, { attachTo: document.body, global: { plugins: [device.pinia(), router], provide: { [ARTICLE_PACK_KEY]: pack } } })
  await flushPromises()
  return wrapper
}

describe('the article pages, given a pack', () => {
  // The article opens plain; these tests look at the highlights, so every layer is switched on first.
  beforeEach(() => localStorage.setItem('close-read:article-layers', JSON.stringify(['reported', 'quote', 'unconfirmed', 'actor', 'author'])))
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('Article shows its paragraphs, highlights its items and opens them from the pack', async () => {
    const wrapper = await mountWithPack(ArticleView, '/article')
    await vi.waitFor(() => expect(wrapper.findAll('.paragraphs > li')).toHaveLength(3))
    expect(wrapper.findAll('.paragraphs .text').map((p) => p.text())).toEqual(MINI_PARAGRAPHS)
    expect(wrapper.get('.stats').text()).toBe(`3 paragraphs · ${MINI_PARAGRAPHS.join(' ').split(/\s+/).length} words`)
    const highlighted = new Set(wrapper.findAll('[data-items]').flatMap((piece) => (piece.attributes('data-items') ?? '').split(' ')))
    expect(highlighted).toEqual(new Set(pack.itemsById.keys()))
    // Layer counts: 3 reported facts, 2 quotes, 1 denial, 1 actor's and 1 author's position.
    expect(wrapper.findAll('.legend .count').map((c) => c.text())).toEqual(['(3)', '(2)', '(1)', '(1)', '(1)'])

    await wrapper.get('#p3 [data-items="pos.baku-officials.deny-attack"]').trigger('click')
    await flushPromises()
    const panel = wrapper.get('dialog.item-panel')
    expect(panel.get('h3').text()).toBe('Azerbaijani officials denied any attack.')
    expect(panel.get('[data-testid="item-holder"]').text()).toBe('Azerbaijani officials')
    wrapper.unmount()
  })

  it('Article finds a linked item in the pack, and only there', async () => {
    const linked = await mountWithPack(ArticleView, '/article?item=quote.term-hunger-siege#p2')
    expect(linked.find('[role="alert"]').exists()).toBe(false)
    expect(linked.findAll('.selected').map((piece) => piece.text()).join('')).toBe('hunger siege')
    linked.unmount()
    const shipped = await mountWithPack(ArticleView, '/article?item=quote.grigoryan-nowhere-to-bury#p5')
    expect(shipped.get('[role="alert"]').text()).toContain('not in this article')
    shipped.unmount()
  })

  it("People lists the pack's entities with what they say", async () => {
    const wrapper = await mountWithPack(PeopleView, '/people')
    expect(wrapper.findAll('[data-entity]').map((e) => e.attributes('data-entity'))).toEqual([
      'person.anna-petrosyan',
      'author',
      'group.residents',
      'group.baku-officials',
      'org.reuters',
      'place.stepanakert',
      'place.baku',
    ])
    const anna = wrapper.get('[data-entity="person.anna-petrosyan"]')
    expect(anna.get('.role').text()).toBe('a teacher')
    expect(anna.text()).toContain('“We will go back”')
    expect(anna.text()).toContain('Anna Petrosyan says they will go back.')
    wrapper.unmount()
  })

  it("Timeline lists the pack's timed events in the article's words", async () => {
    const wrapper = await mountWithPack(TimelineView, '/timeline')
    expect(wrapper.findAll('.entry .when').map((w) => w.text())).toEqual(['on Monday', 'Same time as above · in September 2023'])
    expect(wrapper.findAll('.entry .what').map((w) => w.text())).toEqual([
      'According to the article, people fled Stepanakert on Monday.',
      'According to the article, the convoy left in September 2023.',
    ])
    wrapper.unmount()
  })
})
