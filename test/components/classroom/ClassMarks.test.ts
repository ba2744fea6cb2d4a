// @vitest-environment happy-dom
// The teacher's view of a class's Mark the text answers: scores per layer, the heat map, in words.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ClassLayerScores from '../../../src/components/classroom/ClassLayerScores.vue'
import ClassMarkHeatMap from '../../../src/components/classroom/ClassMarkHeatMap.vue'
import ClassMarksSection from '../../../src/components/classroom/ClassMarksSection.vue'
import { classLayerScores, markHeatMap } from '../../../src/classroom/classMarks'
import type { ResultSubmission } from '../../../src/classroom/resultCode'
import type { Response } from '../../../src/domain/question'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import type { LayerMark, MarkLayersQuestion } from '../../../src/questions/types/mark_layers/model'

const bank = loadQuestionBank().questions
const base = bank.find((q): q is MarkLayersQuestion => q.type === 'mark_layers')!
const singleChoice = bank.find((q) => q.type === 'single_choice')!
const tiny: MarkLayersQuestion = {
  ...base,
  paragraph: 9,
  passage: 'one two three four five six',
  answer: { keys: [{ first: 0, last: 2, layers: ['author'], why: '' }, { first: 4, last: 4, layers: ['quote'], why: '' }] },
}
const marks = (...list: LayerMark[]): Response => ({ kind: 'marks', marks: list })
const submission = (name: string, response?: Response): ResultSubmission => ({ quizFingerprint: 1, name, durationSeconds: 30, answers: new Map(response ? [[1, response]] : []) })
const class_ = [
  submission('Ana', marks({ first: 0, last: 2, layer: 'author' }, { first: 4, last: 4, layer: 'quote' })),
  submission('Ben', marks({ first: 0, last: 3, layer: 'reported' })),
  submission('Cy'),
]

describe('ClassLayerScores', () => {
  it('gives each student a row and each layer a column, every cell in words', () => {
    const [scores] = classLayerScores(class_, [singleChoice, tiny], ['Ana', 'Ben', 'Cy'])
    const wrapper = mount(ClassLayerScores, { props: { scores: scores!, number: 2 } })
    expect(wrapper.get('caption').text()).toBe('Q2: each student, layer by layer')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Name', 'Score', 'Reported fact', 'Attributed quote', "Author's position"])
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((cell) => cell.text()))
    expect(rows[0]).toEqual(['Ana', '100%', '–', '1 of 1 found', '1 of 1 found'])
    expect(rows[1]).toEqual(['Ben', '0%', '1 wrong mark', '0 of 1 found', '0 of 1 found'])
    expect(rows[2]).toEqual(['Cy', 'Not answered', '–', '–', '–'])
  })
})

describe('ClassMarkHeatMap', () => {
  const map = markHeatMap(tiny, [...class_.map((s) => s.answers.get(1)), marks({ first: 1, last: 2, layer: 'author' })])

  it('shades the mis-marked words and writes each run’s count after it', () => {
    const wrapper = mount(ClassMarkHeatMap, { props: { map, number: 2 } })
    const passage = wrapper.get('[data-testid="heat-passage"]')
    expect(passage.text().replace(/\s+/g, ' ')).toBe('one2 two three1 four1 five2 six')
    const shaded = passage.findAll('mark')
    expect(shaded.map((m) => m.get('.count').text())).toEqual(['2', '1', '1', '2'])
    // 2 of 3 is half or more, 1 of 3 a quarter or more.
    expect(shaded.map((m) => m.classes().find((c) => c.startsWith('heat-')))).toEqual(['heat-3', 'heat-2', 'heat-2', 'heat-3'])
  })

  it('lists the runs for screen readers, most mis-marked first, with the article’s layer and the answer most given', () => {
    const wrapper = mount(ClassMarkHeatMap, { props: { map, number: 2 } })
    expect(wrapper.get('[data-testid="heat-passage"]').attributes('aria-hidden')).toBe('true')
    const rows = wrapper.findAll('table.runs tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()))
    // "one": one student called it a fact, one left it unmarked (a tie: either may be named).
    expect(rows[0]!.slice(0, 3)).toEqual(['“one”', '2 of 3', "Author's position"])
    expect(rows[1]).toEqual(['“five”', '2 of 3', 'Attributed quote', 'not marked'])
    expect(rows).toHaveLength(4)
  })

  it('says so when nobody mis-marked a word', () => {
    const clean = markHeatMap(tiny, [class_[0]!.answers.get(1)])
    const wrapper = mount(ClassMarkHeatMap, { props: { map: clean, number: 1 } })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toContain('No student mis-marked')
  })
})

describe('ClassMarksSection', () => {
  it('shows one section per Mark the text question of the quiz, none for other questions', () => {
    const wrapper = mount(ClassMarksSection, { props: { submissions: class_, questions: [singleChoice, tiny], labels: ['Ana', 'Ben', 'Ana (2)'] } })
    const sections = wrapper.findAll('[data-testid="class-marks"]')
    expect(sections).toHaveLength(1)
    expect(sections[0]!.get('h2').text()).toBe('Mark the text: Q2, paragraph 9')
    expect(sections[0]!.text()).toContain('Ana (2)')
  })
})
