// @vitest-environment happy-dom
// "Prove it" after a bank question: the paragraph of its evidence, selected by touch or keyboard, graded against the evidence.
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ProveItPanel from '../../../src/components/quiz/ProveItPanel.vue'
import { article } from '../../../src/content/bundledArticle'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import { spanOfRange, wordsOf } from '../../../src/questions/types/shared/words'

const bank = loadQuestionBank().questions
const question = bank.find((q) => q.id === 'numeric:fact.fled-28000')!
const evidence = question.evidence[0]!
const words = wordsOf(article.paragraphs[evidence.paragraph - 1]!)
const key = spanOfRange(words, evidence.start, evidence.end)!

async function key_(target: Element, key: string, shiftKey = false) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }))
  await nextTick()
}

describe('ProveItPanel', () => {
  it('is offered for a bank question with evidence, not for one worked in the text or without evidence', () => {
    expect(mount(ProveItPanel, { props: { question } }).find('button.open').exists()).toBe(true)
    const proveIt = bank.find((q) => q.type === 'prove_it')!
    expect(mount(ProveItPanel, { props: { question: proveIt } }).find('button.open').exists()).toBe(false)
    expect(mount(ProveItPanel, { props: { question: { ...question, evidence: [] } } }).find('button.open').exists()).toBe(false)
  })

  it('grades a selection made by touch, outlines the proof and says why', async () => {
    const wrapper = mount(ProveItPanel, { props: { question }, attachTo: document.body })
    await wrapper.get('button.open').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('not recorded')
    const spans = wrapper.findAll('.word')
    await spans[key.first]!.trigger('click')
    await spans[key.last]!.trigger('click')
    await wrapper.get('button.primary').trigger('click')
    expect(wrapper.get('.verdict').text()).toContain('Right')
    expect(wrapper.get('.verdict').text()).toContain(question.explanation)
    expect(wrapper.findAll('.word.proof')).toHaveLength(key.last - key.first + 1)
    wrapper.unmount()
  })

  it('grades a selection made by keyboard; a word outside the proof is wrong', async () => {
    const wrapper = mount(ProveItPanel, { props: { question }, attachTo: document.body })
    await wrapper.get('button.open').trigger('click')
    await flushPromises()
    const passage = wrapper.get('.passage').element as HTMLElement
    expect(document.activeElement).toBe(passage)
    await key_(passage, 'End')
    await key_(passage, 'Enter')
    expect(wrapper.get('.verdict').text()).toContain('Not these words')
    await wrapper.get('.verdict button').trigger('click')
    await key_(passage, 'Home')
    for (let i = 0; i < key.first; i++) await key_(passage, 'ArrowRight')
    for (let i = key.first; i < key.last; i++) await key_(passage, 'ArrowRight', true)
    await key_(passage, 'Enter')
    expect(wrapper.get('.verdict').text()).toContain('Right')
    wrapper.unmount()
  })
})
