// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import ResultCodeCard from '../../../src/components/classroom/ResultCodeCard.vue'
import ClassResultsTable from '../../../src/components/classroom/ClassResultsTable.vue'
import { buildClassTable } from '../../../src/classroom/classTable'
import { decodeQuizLink, encodeQuizLink } from '../../../src/classroom/quizLink'
import { decodeResultCode } from '../../../src/classroom/resultCode'
import { planQuiz } from '../../../src/engine/quizPlan'
import { submitAnswer } from '../../../src/engine/answer'
import type { QuizSession } from '../../../src/domain/quiz'
import { createSession } from '../../../src/engine/session'
import { submittedFor } from '../../../src/support/submittedQuizzes'
import { bank, index, question, rightResponse, sampleQuiz, wrongResponse } from '../../classroom/helpers'

const link = sampleQuiz({ questionIds: index.ids.slice(0, 4), order: 'shuffled', timeLimit: { kind: 'off' } })
const code = encodeQuizLink(link, index)
const fingerprint = (decodeQuizLink(code, index) as { ok: true; value: { fingerprint: number } }).value.fingerprint

/** A student's finished session: shuffled order, questions 0 and 2 of the link right, 1 wrong, 3 skipped. */
function playedSession(): QuizSession {
  const plan = planQuiz(bank, { kind: 'link', code, title: link.title, questionIds: link.questionIds, shuffle: true, timeLimit: { kind: 'off' } }, 99)
  if (!plan.ok) throw new Error(plan.message)
  let session = createSession('s', plan.config, 1_000)
  for (const id of plan.config.questionIds) {
    const position = link.questionIds.indexOf(id)
    if (position === 3) continue
    const q = question(id)
    session = { ...submitAnswer({ ...session, position: session.config.questionIds.indexOf(id) }, q, position === 1 ? wrongResponse(q) : rightResponse(q), 5_000).session }
  }
  return { ...session, finishedAt: 91_000 }
}

describe('the result code at the end of a linked quiz', () => {
  it('turns the name and answers into a code the teacher grades to the same marks', async () => {
    const session = playedSession()
    const wrapper = mount(ResultCodeCard, { props: { session, bank, linkCode: code }, global: { stubs: { QrCode: true } } })
    expect(wrapper.find('textarea').exists()).toBe(false)
    await wrapper.find('#student-name').setValue('  Ana  ')
    await wrapper.find('form').trigger('submit')
    const resultCode = (wrapper.find('textarea').element as HTMLTextAreaElement).value
    const questions = link.questionIds.map(question)
    const decoded = decodeResultCode(resultCode, new Map([[fingerprint, { title: link.title, questions }]]), fingerprint)
    if (!decoded.ok) throw new Error(decoded.message)
    expect(decoded.value.name).toBe('Ana')
    expect(decoded.value.durationSeconds).toBe(90)

    const table = mount(ClassResultsTable, { props: { table: buildClassTable([decoded.value], questions) } })
    const marks = table.findAll('tbody td').slice(2).map((cell) => cell.find('.visually-hidden').text())
    expect(marks).toEqual(['Ana, Q1: right', 'Ana, Q2: wrong', 'Ana, Q3: right', 'Ana, Q4: not answered'])
    expect(table.find('td.score').text()).toBe('2 / 4')
  })

  it('brings the new code and its QR into view and moves the focus to them', async () => {
    localStorage.clear()
    const wrapper = mount(ResultCodeCard, { props: { session: playedSession(), bank, linkCode: code }, global: { stubs: { QrCode: true } }, attachTo: document.body })
    await wrapper.find('#student-name').setValue('Ben')
    await wrapper.find('form').trigger('submit')
    await nextTick()
    expect(document.activeElement).toBe(wrapper.find('[data-testid="result-code-made"]').element)
    expect(wrapper.find('[data-testid="result-code-made"] textarea').exists()).toBe(true)
    wrapper.unmount()
  })

  it('says when typed that a name is too long, instead of cutting it', async () => {
    localStorage.clear()
    const wrapper = mount(ResultCodeCard, { props: { session: playedSession(), bank, linkCode: code }, global: { stubs: { QrCode: true } } })
    const input = wrapper.find('#student-name')
    expect(input.attributes('maxlength')).toBeUndefined()
    await input.setValue('Ñ'.repeat(31))
    expect(wrapper.find('#student-name-problem').text()).toBe('That name is too long for a result code: take off 1 letter, or use a nickname.')
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    await input.setValue('Ñ'.repeat(30))
    expect(wrapper.find('#student-name-problem').exists()).toBe(false)
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined()
  })

  it('remembers on the device that the quiz was submitted, and shows the same code after a reload', async () => {
    localStorage.clear()
    const session = playedSession()
    const wrapper = mount(ResultCodeCard, { props: { session, bank, linkCode: code }, global: { stubs: { QrCode: true } } })
    expect(submittedFor(fingerprint)).toBeUndefined()
    await wrapper.find('#student-name').setValue('Ana')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('made')).toHaveLength(1)
    const made = (wrapper.find('textarea').element as HTMLTextAreaElement).value
    expect(submittedFor(fingerprint)).toMatchObject({ name: 'Ana', code: made, sessionId: session.id })

    const again = mount(ResultCodeCard, { props: { session, bank, linkCode: code }, global: { stubs: { QrCode: true } } })
    await again.vm.$nextTick()
    expect((again.find('textarea').element as HTMLTextAreaElement).value).toBe(made)
    expect(again.emitted('made')).toHaveLength(1)
  })

  it('says so when the quiz link in the session cannot be read', () => {
    const wrapper = mount(ResultCodeCard, { props: { session: playedSession(), bank, linkCode: 'broken' } })
    expect(wrapper.find('[role="alert"]').text()).toContain('damaged or incomplete')
  })
})
