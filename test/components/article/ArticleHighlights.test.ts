// @vitest-environment happy-dom
// Highlights in a paragraph: one focusable piece per covered segment, by layer, never changing the words.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ArticleParagraph from '../../../src/components/article/ArticleParagraph.vue'
import type { Annotation } from '../../../src/content/annotations'

const text = 'Azeri officials denied it, but civilians said “we ran” to the press.'
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
const annotations: Annotation[] = [
  { itemId: 'fact.denial', layer: 'unconfirmed', ...at('Azeri officials denied it') },
  { itemId: 'pos.civilians', layer: 'actor', ...at('civilians said “we ran”') },
  { itemId: 'quote.ran', layer: 'quote', ...at('we ran') },
]

function mountParagraph(props: Partial<InstanceType<typeof ArticleParagraph>['$props']> = {}) {
  return mount(ArticleParagraph, { props: { number: 3, text, annotations, ...props } })
}

describe('highlights in a paragraph', () => {
  it('keeps the paragraph text verbatim and makes each highlighted piece a button in reading order', () => {
    const wrapper = mountParagraph()
    expect(wrapper.get('.text').text()).toBe(text)
    const pieces = wrapper.findAll('[role="button"]')
    expect(pieces.map((piece) => [piece.text(), piece.attributes('data-items')])).toEqual([
      ['Azeri officials denied it', 'fact.denial'],
      ['civilians said “', 'pos.civilians'],
      ['we ran', 'pos.civilians quote.ran'],
    ])
    for (const piece of pieces) expect(piece.attributes('tabindex')).toBe('0')
  })

  it('styles each piece by its innermost layer, names every layer covering it, and marks where items begin', () => {
    const pieces = mountParagraph().findAll('[role="button"]')
    expect(pieces.map((piece) => piece.classes().find((c) => c.startsWith('hl-')))).toEqual(['hl-unconfirmed', 'hl-actor', 'hl-quote'])
    expect(pieces.map((piece) => piece.attributes('aria-describedby'))).toEqual([
      'layer-name-unconfirmed',
      'layer-name-actor',
      'layer-name-actor layer-name-quote',
    ])
    expect(pieces.map((piece) => piece.attributes('data-markers'))).toEqual(['?', '◆', '“'])
    expect(pieces[2]?.classes()).toContain('several')
  })

  it('draws one marker per layer where several items of it begin together, not one per item', () => {
    const nested: Annotation[] = [
      { itemId: 'claim.a', layer: 'unconfirmed', ...at('Azeri officials denied it') },
      { itemId: 'claim.b', layer: 'unconfirmed', ...at('Azeri officials denied') },
      { itemId: 'claim.c', layer: 'unconfirmed', ...at('Azeri officials') },
      { itemId: 'pos.a', layer: 'actor', ...at('Azeri officials') },
    ]
    const first = mountParagraph({ annotations: nested }).findAll('[role="button"]')[0]
    expect(first?.attributes('data-markers')).toBe('?◆')
  })

  it('gives a piece of punctuation only the look of its item, not a tab stop', () => {
    const wrapper = mountParagraph()
    const closing = wrapper.findAll('.highlight').find((piece) => piece.text() === '”')
    expect(closing?.attributes('role')).toBeUndefined()
    expect(closing?.attributes('tabindex')).toBeUndefined()
    expect(closing?.classes()).toContain('hl-actor')
  })

  it('opens the items of a piece on click, Enter and Space', async () => {
    const wrapper = mountParagraph()
    const piece = wrapper.findAll('[role="button"]')[2]
    await piece?.trigger('click')
    await piece?.trigger('keydown', { key: 'Enter' })
    await piece?.trigger('keydown', { key: ' ' })
    expect(wrapper.emitted('open')).toEqual([[['pos.civilians', 'quote.ran']], [['pos.civilians', 'quote.ran']], [['pos.civilians', 'quote.ran']]])
  })

  it('outlines every piece of a linked item', () => {
    const wrapper = mountParagraph({ selectedItem: 'pos.civilians' })
    expect(wrapper.findAll('.selected').map((piece) => piece.text()).join('')).toBe('civilians said “we ran”')
  })

  it('keeps a linked evidence span in one mark holding exactly its words, with the highlights inside', () => {
    const wrapper = mountParagraph({ highlight: at('denied it, but civilians') })
    const mark = wrapper.get('mark')
    expect(mark.text()).toBe('denied it, but civilians')
    expect(mark.findAll('[role="button"]').map((piece) => piece.text())).toEqual(['denied it', 'civilians'])
    expect(wrapper.get('.text').text()).toBe(text)
  })

  it('offers "Quiz me on this paragraph" and shows a problem with it', async () => {
    const wrapper = mountParagraph({ quizzable: true })
    await wrapper.get('button.quiz').trigger('click')
    expect(wrapper.emitted('quiz')).toEqual([[3]])
    expect(wrapper.get('button.quiz').text()).toBe('Quiz me on this paragraph (3)')
    await wrapper.setProps({ problem: 'No questions match these choices.' })
    expect(wrapper.get('[role="alert"]').text()).toBe('No questions match these choices.')
    expect(mountParagraph().find('button.quiz').exists()).toBe(false)
  })
})
