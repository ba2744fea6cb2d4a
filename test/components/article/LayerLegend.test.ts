// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LayerLegend from '../../../src/components/article/LayerLegend.vue'
import { LAYERS, type Layer } from '../../../src/content/annotations'

const counts: Record<Layer, number> = { reported: 33, quote: 23, unconfirmed: 14, actor: 20, author: 17 }

describe('LayerLegend', () => {
  it('has one labelled toggle per layer with its count, and the names highlights point at', () => {
    const wrapper = mount(LayerLegend, { props: { modelValue: [...LAYERS], counts } })
    const toggles = wrapper.findAll('label.toggle')
    // The sample is hidden from screen readers: each checkbox is named by its layer and count.
    expect(toggles.map((toggle) => toggle.findAll('span:not([aria-hidden])').map((span) => span.text()).join(' '))).toEqual([
      'Reported fact (33)',
      'Attributed quote (23)',
      'Unconfirmed or denied (14)',
      "Actor's position (20)",
      "Author's position (17)",
    ])
    expect(toggles.map((toggle) => toggle.get('[aria-hidden="true"]').text())).toEqual(['● Abc', '“ Abc', '? Abc', '◆ Abc', '★ Abc'])
    for (const layer of LAYERS) expect(wrapper.find(`#layer-name-${layer}`).exists()).toBe(true)
    expect(wrapper.findAll<HTMLInputElement>('input[type="checkbox"]').every((box) => box.element.checked)).toBe(true)
  })

  it('switches a layer off and on again', async () => {
    const wrapper = mount(LayerLegend, {
      props: { modelValue: [...LAYERS], counts, 'onUpdate:modelValue': (value: Layer[]) => wrapper.setProps({ modelValue: value }) },
    })
    await wrapper.get('[data-layer="quote"] input').setValue(false)
    expect(wrapper.props('modelValue')).toEqual(['reported', 'unconfirmed', 'actor', 'author'])
    await wrapper.get('[data-layer="quote"] input').setValue(true)
    expect(wrapper.props('modelValue')).toContain('quote')
    expect(wrapper.props('modelValue')).toHaveLength(5)
  })
})
