// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StudySetPicker from '../../../src/components/study/StudySetPicker.vue'
import { buildQuizSets } from '../../../src/engine/selection'
import { bank } from '../../questions/helpers'
import { knowledge } from '../../../src/content/knowledge'

describe('StudySetPicker', () => {
  const topics = knowledge.topics.map((t) => ({ id: t.id, label: t.label, description: t.description }))
  const sets = buildQuizSets(bank, topics)

  it('offers the five reading skills beside the topics, each under its heading', () => {
    const wrapper = mount(StudySetPicker, { props: { sets, modelValue: 'everything' } })
    expect(wrapper.findAll('.group').map((g) => g.text())).toEqual(['By skill', 'By topic'])
    const titles = wrapper.findAll('.title').map((t) => t.text())
    for (const skill of ['Who says it', 'Where it comes from', 'Word choice', 'Fact or position?', 'How it is built']) expect(titles).toContain(skill)
    expect(titles.indexOf('How it is built')).toBeLessThan(titles.indexOf(topics[0]!.label))
  })

  it('each skill set holds questions of its kinds only, and picking one selects it', async () => {
    const word = sets.find((s) => s.id === 'skill:word-choice')!
    expect(word.questionIds.length).toBeGreaterThan(0)
    expect(word.questionIds.every((id) => bank.find((q) => q.id === id)?.type === 'word_choice')).toBe(true)
    const wrapper = mount(StudySetPicker, { props: { sets, modelValue: 'everything' } })
    await wrapper.get('input[value="skill:word-choice"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([['skill:word-choice']])
  })
})
