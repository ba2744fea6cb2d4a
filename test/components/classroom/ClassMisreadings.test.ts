// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ClassMisreadings from '../../../src/components/classroom/ClassMisreadings.vue'
import { classMisreadings } from '../../../src/classroom/classMisreadings'
import { buildClassTable } from '../../../src/classroom/classTable'
import type { ResultSubmission } from '../../../src/classroom/resultCode'
import type { Question } from '../../../src/domain/question'
import { bank, rightResponse } from '../../classroom/helpers'

type WhoSaid = Extract<Question, { type: 'who_said' }>
const whoSaid = bank.questions.find((q): q is WhoSaid => q.type === 'who_said' && q.choices.some((c) => c.misreading === 'wrong-speaker')) as WhoSaid
const ordering = bank.questions.find((q) => q.type === 'ordering') as Extract<Question, { type: 'ordering' }>
const questions: Question[] = [whoSaid, ordering]
const wrongSpeaker = { kind: 'choice', choiceId: whoSaid.choices.find((c) => c.misreading === 'wrong-speaker')!.id }
const wrongOrder = { kind: 'order', itemIds: [...ordering.answer].reverse() }

function sub(name: string, answers: [number, unknown][]): ResultSubmission {
  return { quizFingerprint: 1, name, durationSeconds: 60, answers: new Map(answers) as ResultSubmission['answers'] }
}

const table = buildClassTable(
  [
    sub('Ana', [[0, wrongSpeaker], [1, wrongOrder]]),
    sub('Ben', [[0, wrongSpeaker], [1, rightResponse(ordering)]]),
    sub('Cy', [[0, rightResponse(whoSaid)]]),
  ],
  questions,
)

describe('the class’s misreadings', () => {
  it('are counted per question and per student from the re-graded answers', () => {
    const found = classMisreadings(table)
    expect(found.byQuestion).toEqual([
      { number: 1, questionId: whoSaid.id, tallies: [{ misreading: 'wrong-speaker', count: 2 }] },
      { number: 2, questionId: ordering.id, tallies: [{ misreading: 'wrong-time', count: 1 }] },
    ])
    expect(found.byStudent).toEqual([
      { label: 'Ana', tallies: [{ misreading: 'wrong-speaker', count: 1 }, { misreading: 'wrong-time', count: 1 }] },
      { label: 'Ben', tallies: [{ misreading: 'wrong-speaker', count: 1 }] },
    ])
    expect(found.total).toEqual([{ misreading: 'wrong-speaker', count: 2 }, { misreading: 'wrong-time', count: 1 }])
  })

  it('shows both tables to the teacher, in words', () => {
    const wrapper = mount(ClassMisreadings, { props: { table } })
    expect(wrapper.get('h2').text()).toBe('Misreadings')
    const [byStudent, byQuestion] = wrapper.findAll('table')
    expect(byStudent!.get('caption').text()).toBe('By student')
    expect(byStudent!.findAll('tbody tr').map((tr) => tr.text())).toEqual(['AnaThe wrong speaker ×1, the wrong time ×1', 'BenThe wrong speaker ×1'])
    expect(byQuestion!.findAll('tbody tr').map((tr) => tr.text())).toEqual(['Q1The wrong speaker ×2', 'Q2The wrong time ×1'])
    expect(wrapper.text()).toContain('Whole class: The wrong speaker ×2, the wrong time ×1.')
  })

  it('says so when no wrong answer stands for one', () => {
    const clean = buildClassTable([sub('Cy', [[0, rightResponse(whoSaid)]])], questions)
    const wrapper = mount(ClassMisreadings, { props: { table: clean } })
    expect(wrapper.text()).toContain('No wrong answer in these results stands for a misreading.')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
