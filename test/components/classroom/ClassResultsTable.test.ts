// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { formatPoints } from '../../../src/engine/score'
import { describe, expect, it } from 'vitest'
import ClassResultsTable from '../../../src/components/classroom/ClassResultsTable.vue'
import { buildClassTable } from '../../../src/classroom/classTable'
import type { ResultSubmission } from '../../../src/classroom/resultCode'
import type { Question } from '../../../src/domain/question'
import { bank, rightResponse, wrongResponse } from '../../classroom/helpers'

const matching = bank.questions.find((q) => q.type === 'matching' && Object.keys(q.answer).length >= 3) as Extract<Question, { type: 'matching' }>
const other = bank.questions.find((q) => q.type === 'single_choice') as Question
const questions = [other, matching]
const lefts = Object.keys(matching.answer)
const rights = lefts.map((left) => matching.answer[left] as string)
const swapped = [...rights.slice(0, -2), rights.at(-1)!, rights.at(-2)!]

function sub(name: string, answers: [number, unknown][]): ResultSubmission {
  return { quizFingerprint: 1, name, durationSeconds: 60, answers: new Map(answers) as ResultSubmission['answers'] }
}

const table = buildClassTable(
  [
    sub('Ana', [[0, wrongResponse(other)], [1, { kind: 'pairs', pairs: Object.fromEntries(lefts.map((l, i) => [l, swapped[i]])) }]]),
    sub('Ben', [[0, rightResponse(other)]]),
    sub('Ana', [[0, rightResponse(other)]]),
  ],
  questions,
)

describe('the class table', () => {
  it('flags a repeated name', () => {
    const wrapper = mount(ClassResultsTable, { props: { table } })
    const names = wrapper.findAll('tbody th').map((th) => th.text())
    expect(names[0]).toBe('Ana')
    expect(names[2]).toContain('Ana (2)')
    expect(names[2]).toContain('name seen before')
  })

  it('opens a cell: the student\'s answer, the right answer, the exact partial score and the source', async () => {
    const wrapper = mount(ClassResultsTable, { props: { table }, attachTo: document.body, global: { stubs: { RouterLink: true } } })
    expect(wrapper.find('[data-testid="cell-detail"]').exists()).toBe(false)
    await wrapper.find('#cell-0-1').trigger('click')
    const detail = wrapper.find('[data-testid="cell-detail"]')
    expect(detail.find('h3').text()).toBe('Ana · Q2')
    expect(detail.find('[data-testid="mark"]').text()).toBe(`Partly right: ${lefts.length - 2} of ${lefts.length} pairs (score ${formatPoints((lefts.length - 2) / lefts.length)})`)
    expect(detail.find('[data-testid="expected"]').text()).toBe(table.columns[1]!.expected)
    expect(detail.find('[data-testid="given"]').text()).toBe(table.rows[0]!.marks[1]!.given)
    expect(detail.find('.source').exists()).toBe(true)
    expect(document.activeElement?.id).toBe('cell-detail')

    await wrapper.find('#cell-1-1').trigger('click')
    expect(wrapper.find('[data-testid="given"]').text()).toBe('Not answered')
    await wrapper.find('#cell-detail').trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[data-testid="cell-detail"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows a written answer whole, as text, with the student\'s own ticks', async () => {
    const explain = bank.questions.find((q) => q.type === 'explain') as Extract<Question, { type: 'explain' }>
    const text = 'In paragraph 6 Nairy tells Reuters\nhow the peacekeepers helped. <b>really</b> 🙏 '.padEnd(300, '.')
    const ticks = [explain.answer.checklist[0]!.id]
    const written = buildClassTable([sub('Cy', [[0, { kind: 'written', text, compared: true, ticks }]])], [explain])
    const wrapper = mount(ClassResultsTable, { props: { table: written }, attachTo: document.body, global: { stubs: { RouterLink: true } } })
    await wrapper.find('#cell-0-0').trigger('click')
    const detail = wrapper.get('[data-testid="cell-detail"]')
    expect(detail.get('[data-testid="given"]').element.textContent).toBe(text.trim())
    expect(detail.find('b').exists()).toBe(false)
    expect(detail.get('[data-testid="expected"]').text()).toBe(explain.answer.model)
    expect(detail.get('[data-testid="mark"]').text()).toContain(`Partly right: 1 of ${explain.answer.checklist.length} points`)
    wrapper.unmount()
  })

  it('says a teacher\'s question has no article sentence', async () => {
    const teacherQuestion = { ...other, id: 'teacher:x:1', evidence: [] } as Question
    const wrapper = mount(ClassResultsTable, { props: { table: buildClassTable([sub('Ana', [[0, rightResponse(other)]])], [teacherQuestion]) } })
    await wrapper.find('#cell-0-0').trigger('click')
    expect(wrapper.find('[data-testid="cell-detail"]').text()).toContain('Written by a teacher')
  })
})
