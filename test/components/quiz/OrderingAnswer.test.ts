// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import OrderingAnswer from '../../../src/components/quiz/OrderingAnswer.vue'

const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Event ${id.toUpperCase()}` }))

/** Rows 50 px tall, stacked from the top of the page, whatever order they are in now. */
function layOut(list: Element) {
  Array.from(list.children).forEach((row, i) => {
    ;(row as HTMLElement).getBoundingClientRect = () => ({ top: i * 50, height: 50, bottom: i * 50 + 50, left: 0, right: 300, width: 300, x: 0, y: i * 50, toJSON: () => ({}) })
  })
}

function mountOrdering(disabled = false) {
  let order = ['a', 'b', 'c', 'd']
  const wrapper = mount(OrderingAnswer, {
    props: { items, disabled, modelValue: order, 'onUpdate:modelValue': (next: string[]) => void wrapper.setProps({ modelValue: (order = next) }) },
    attachTo: document.body,
  })
  return { wrapper, order: () => order }
}

const pointer = (type: string, clientY: number, pointerType = 'touch') => new PointerEvent(type, { clientY, pointerType, isPrimary: true, bubbles: true, button: 0 })

describe('ordering by dragging', () => {
  it('moves an item by its grip with a finger, row by row as it passes the others, and says where it landed', async () => {
    const { wrapper, order } = mountOrdering()
    const list = wrapper.find('ol').element
    layOut(list)
    wrapper.findAll('[data-testid="drag-grip"]')[0]!.element.dispatchEvent(pointer('pointerdown', 25))
    await nextTick()
    window.dispatchEvent(pointer('pointermove', 80))
    await nextTick()
    expect(order()).toEqual(['b', 'a', 'c', 'd'])
    layOut(list)
    window.dispatchEvent(pointer('pointermove', 140))
    await nextTick()
    layOut(list)
    window.dispatchEvent(pointer('pointerup', 140))
    await nextTick()
    expect(order()).toEqual(['b', 'c', 'a', 'd'])
    expect(wrapper.find('[aria-live]').text()).toBe('Event A: now position 3 of 4.')
    // The drag is over: moving the pointer changes nothing.
    window.dispatchEvent(pointer('pointermove', 190))
    await nextTick()
    expect(order()).toEqual(['b', 'c', 'a', 'd'])
    wrapper.unmount()
  })

  it('keeps the grips out of the accessibility tree, 44 px wide, and gone once the answer is checked', () => {
    const { wrapper } = mountOrdering()
    const grips = wrapper.findAll('[data-testid="drag-grip"]')
    expect(grips).toHaveLength(4)
    expect(grips.every((grip) => grip.attributes('aria-hidden') === 'true')).toBe(true)
    // The Up and Down buttons stay: dragging is never the only way.
    expect(wrapper.findAll('button')).toHaveLength(8)
    wrapper.unmount()
    const done = mountOrdering(true)
    expect(done.wrapper.findAll('[data-testid="drag-grip"]')).toHaveLength(0)
    done.wrapper.unmount()
  })

  it('ignores a right click or a second finger', async () => {
    const { wrapper, order } = mountOrdering()
    layOut(wrapper.find('ol').element)
    wrapper.find('[data-testid="drag-grip"]').element.dispatchEvent(new PointerEvent('pointerdown', { clientY: 25, pointerType: 'mouse', button: 2, isPrimary: true }))
    window.dispatchEvent(pointer('pointermove', 180))
    await nextTick()
    expect(order()).toEqual(['a', 'b', 'c', 'd'])
    wrapper.unmount()
  })
})
