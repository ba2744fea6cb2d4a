// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import QuestionPicker from '../../../src/components/classroom/QuestionPicker.vue'
import { buildQuizSets } from '../../../src/engine/selection'
import { QUESTION_TYPES } from '../../../src/questions/types/registry'
import { bank } from '../../classroom/helpers'

const sets = buildQuizSets(bank.questions, bank.topics)

function mountPicker() {
  const picked = ref<string[]>([])
  const wrapper = mount(QuestionPicker, {
    props: { questions: bank.questions, sets, types: [...QUESTION_TYPES], modelValue: picked.value, 'onUpdate:modelValue': (ids: string[]) => { picked.value = ids; void wrapper.setProps({ modelValue: ids }) } },
    attachTo: document.body,
  })
  return { wrapper, picked }
}

describe('hand-picking questions', () => {
  it('filters by type and words, previews, ticks, reorders and removes with buttons', async () => {
    const { wrapper, picked } = mountPicker()
    const selects = wrapper.findAll('select')
    await selects[1]!.setValue('cloze')
    const clozes = bank.questions.filter((q) => q.type === 'cloze')
    expect(wrapper.get('[data-testid="picker-count"]').text()).toBe(`${clozes.length} questions found.`)
    const boxes = wrapper.findAll('.candidates input[type="checkbox"]')
    await boxes[0]!.setValue(true)
    await boxes[2]!.setValue(true)
    await boxes[1]!.setValue(true)
    expect(picked.value).toEqual([clozes[0]!.id, clozes[2]!.id, clozes[1]!.id])
    // A preview shows the answer without ticking.
    expect(wrapper.find('.preview').text()).toContain('Answer:')

    await wrapper.get('[aria-label="Move question 3 up"]').trigger('click')
    expect(picked.value).toEqual([clozes[0]!.id, clozes[1]!.id, clozes[2]!.id])
    // The focus follows the moved question.
    expect(document.activeElement?.id).toBe('picked-up-1')
    await wrapper.get('[aria-label="Move question 1 down"]').trigger('click')
    expect(picked.value).toEqual([clozes[1]!.id, clozes[0]!.id, clozes[2]!.id])
    await wrapper.get('[aria-label="Remove question 2"]').trigger('click')
    expect(picked.value).toEqual([clozes[1]!.id, clozes[2]!.id])
    expect(wrapper.findAll('[data-testid="picked-list"] li')).toHaveLength(2)
    // Unticking in the list removes it too.
    await wrapper.findAll('.candidates input[type="checkbox"]')[1]!.setValue(false)
    expect(picked.value).toEqual([clozes[2]!.id])

    await wrapper.get('#picker-search').setValue('zzqxj')
    expect(wrapper.get('[data-testid="picker-count"]').text()).toBe('0 questions found.')
    wrapper.unmount()
  })

  it('filters by set and paragraph, and ticks all that were found', async () => {
    const { wrapper, picked } = mountPicker()
    const selects = wrapper.findAll('select')
    await selects[0]!.setValue(sets[1]!.id)
    await selects[2]!.setValue('2')
    const expected = bank.questions.filter((q) => sets[1]!.questionIds.includes(q.id) && q.evidence.some((e) => e.paragraph === 2))
    expect(wrapper.get('[data-testid="picker-count"]').text()).toContain(`${expected.length} question`)
    if (expected.length > 0) {
      await wrapper.get('.found button').trigger('click')
      expect(picked.value).toEqual(expected.map((q) => q.id))
    }
    wrapper.unmount()
  })
})
