// @vitest-environment happy-dom
// Marking a paragraph by touch (a layer, then the first and last word), by keyboard (arrows, Shift,
// a layer's letter), and through the sentence list a screen reader uses.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import LayerMarker, { type Mark } from '../../../src/components/quiz/LayerMarker.vue'

const passage = 'Officials said the war ended. The author calls it a “debacle” and more.'

function mountMarker(disabled = false, articleMarks?: Mark[]) {
  const marks = ref<Mark[]>([])
  const submits = ref(0)
  const Host = defineComponent(() => () =>
    h(LayerMarker, {
      passage,
      label: 'Paragraph 1',
      disabled,
      articleMarks,
      modelValue: marks.value,
      'onUpdate:modelValue': (value: Mark[]) => (marks.value = value),
      onSubmit: () => (submits.value += 1),
    }),
  )
  return { wrapper: mount(Host, { attachTo: document.body }), marks, submits }
}

async function key(target: Element, key: string, shiftKey = false) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }))
  await nextTick()
}

describe('LayerMarker', () => {
  it('marks by touch: a layer, then the first and last word; marking over a mark cuts it', async () => {
    const { wrapper, marks } = mountMarker()
    await wrapper.get('.palette .hl-unconfirmed').trigger('click')
    const words = () => wrapper.findAll('.passage .word')
    await words()[0]!.trigger('click')
    await words()[4]!.trigger('click')
    expect(marks.value).toEqual([{ first: 0, last: 4, layer: 'unconfirmed' }])
    await wrapper.get('.palette .hl-author').trigger('click')
    await words()[5]!.trigger('click')
    await words()[12]!.trigger('click')
    await wrapper.get('.palette .hl-quote').trigger('click')
    await words()[10]!.trigger('click')
    await words()[10]!.trigger('click')
    expect(marks.value).toEqual([
      { first: 0, last: 4, layer: 'unconfirmed' },
      { first: 5, last: 9, layer: 'author' },
      { first: 10, last: 10, layer: 'quote' },
      { first: 11, last: 12, layer: 'author' },
    ])
    // Every mark carries its letter and its name in words, not colour alone.
    expect(wrapper.findAll('.passage .badge').map((b) => b.text())).toEqual(['U', 'P', 'Q', 'P'])
    expect(wrapper.get('.marks').text()).toContain('Unconfirmed or denied')
    await wrapper.findAll('.marks .remove')[2]!.trigger('click')
    expect(marks.value.map((m) => m.layer)).toEqual(['unconfirmed', 'author', 'author'])
    wrapper.unmount()
  })

  it('marks by keyboard: arrows move, Shift extends, a letter marks, Delete clears, Enter submits', async () => {
    const { wrapper, marks, submits } = mountMarker()
    const p = wrapper.get('.passage').element as HTMLElement
    p.focus()
    await key(p, 'Home')
    await key(p, 'ArrowRight', true)
    await key(p, 'ArrowRight', true)
    await key(p, 'u')
    expect(marks.value).toEqual([{ first: 0, last: 2, layer: 'unconfirmed' }])
    await key(p, 'End')
    await key(p, 'ArrowLeft', true)
    await key(p, '5')
    expect(marks.value[1]).toEqual({ first: 11, last: 12, layer: 'author' })
    await key(p, 'ArrowRight', true)
    await key(p, 'Delete')
    expect(marks.value).toEqual([{ first: 0, last: 2, layer: 'unconfirmed' }])
    await key(p, 'Enter')
    expect(submits.value).toBe(1)
    wrapper.unmount()
  })

  it('marks a whole sentence from the list, one menu per sentence', async () => {
    const { wrapper, marks } = mountMarker()
    const selects = wrapper.findAll('.by-sentence select')
    expect(selects).toHaveLength(2)
    expect(wrapper.findAll('.by-sentence label')[1]!.text()).toBe('The author calls it a “debacle” and more.')
    await selects[1]!.setValue('author')
    expect(marks.value).toEqual([{ first: 5, last: 12, layer: 'author' }])
    expect((wrapper.findAll('.by-sentence select')[1]!.element as HTMLSelectElement).value).toBe('author')
    wrapper.unmount()
  })

  it('once checked, shows the article’s layers beside the learner’s on request', async () => {
    const { wrapper } = mountMarker(true, [{ first: 0, last: 4, layer: 'unconfirmed' }])
    expect(wrapper.find('.palette').exists()).toBe(false)
    expect(wrapper.find('.article-layers').exists()).toBe(false)
    await wrapper.get('.show-article').trigger('click')
    expect(wrapper.get('.article-layers').text()).toContain('Unconfirmed or denied')
    expect(wrapper.get('.article-layers').text()).toContain('“Officials said the war ended.”')
    wrapper.unmount()
  })
})
