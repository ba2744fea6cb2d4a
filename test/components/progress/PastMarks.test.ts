// @vitest-environment happy-dom
// "Your last marks" on the Progress page: the date, the score per layer, the marks read-only beside the article's.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import PastMarks from '../../../src/components/progress/PastMarks.vue'
import type { Attempt } from '../../../src/domain/progress'
import { loadQuestionBank } from '../../../src/questions/bankNow'
import type { MarkLayersQuestion } from '../../../src/questions/types/mark_layers/model'
import { createAppRouter } from '../../../src/router'
import { formatMoment } from '../../../src/support/dates'

const questions = loadQuestionBank().questions
const question = questions.find((q): q is MarkLayersQuestion => q.type === 'mark_layers')!
const at = Date.UTC(2026, 2, 10, 9, 30)
const attempt: Attempt = {
  id: 'a-1',
  questionId: question.id,
  questionType: question.type,
  factIds: question.factIds,
  topics: question.topics,
  correct: false,
  score: 0.2,
  responseMs: 60_000,
  answeredAt: at,
  marks: [{ first: 0, last: 2, layer: 'author' }],
}
const mountIt = (attempts: Attempt[]) =>
  mount(PastMarks, { props: { attempts, questions }, global: { plugins: [createAppRouter(createMemoryHistory())] } })

describe('PastMarks', () => {
  it('shows each marked paragraph with its date and score, the marks read-only, the article’s layers on request', async () => {
    const wrapper = mountIt([attempt])
    const entry = wrapper.get('[data-testid="past-marks"]')
    expect(entry.get('summary').text()).toContain(`Paragraph ${question.paragraph}`)
    expect(entry.get('summary').text()).toContain(formatMoment(at))
    expect(entry.get('summary').text()).toMatch(/\d+%/)
    expect(entry.get('.lines').text()).toContain('You found')
    // Read only: no palette, no remove buttons; the learner's mark is listed with its layer.
    expect(entry.find('.palette').exists()).toBe(false)
    expect(entry.find('button.remove').exists()).toBe(false)
    expect(entry.get('.marks').text()).toContain("Author's position")
    await entry.get('button.show-article').trigger('click')
    expect(entry.find('.article-layers').exists()).toBe(true)
    expect(entry.get('a.again').attributes('href')).toBe(`/article#p${question.paragraph}`)
  })

  it('shows nothing when no paragraph was marked', () => {
    const { marks: _, ...plain } = attempt
    expect(mountIt([plain]).find('section').exists()).toBe(false)
  })
})
