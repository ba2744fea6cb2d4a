// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WeakFacts from '../../../src/components/progress/WeakFacts.vue'
import type { FactWeakness } from '../../../src/engine/stats'

const weakness = (factId: string, overrides: Partial<FactWeakness> = {}): FactWeakness => ({
  factId,
  attempts: 4,
  correct: 1,
  accuracy: 0.25,
  lapses: 0,
  lastAnsweredAt: 0,
  ...overrides,
})
const SUMMARIES: Record<string, string> = { 'fact-a': 'Over 100,000 people left in a week.', 'fact-b': 'The blockade lasted nine months.' }
const summaryOf = (factId: string) => SUMMARIES[factId] ?? factId

describe('WeakFacts', () => {
  it('says nothing stands out when no fact is weak', () => {
    const wrapper = mount(WeakFacts, { props: { facts: [], summaryOf } })
    expect(wrapper.text()).toBe('Nothing stands out yet: facts you miss more than once will appear here.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('names each weak fact with its record, and asks to practise the one chosen', async () => {
    const wrapper = mount(WeakFacts, { props: { facts: [weakness('fact-a'), weakness('fact-b', { attempts: 3, correct: 2, lapses: 2 })], summaryOf } })
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.get('.summary').text())).toEqual([SUMMARIES['fact-a'], SUMMARIES['fact-b']])
    expect(items[0]!.get('.numbers').text()).toBe('1 of 4 right')
    expect(items[1]!.get('.numbers').text()).toBe('2 of 3 right · forgotten 2×')

    // Every button shows "Practise this"; its accessible name also says which fact.
    expect(items.map((item) => item.get('button').text())).toEqual([`Practise this: ${SUMMARIES['fact-a']}`, `Practise this: ${SUMMARIES['fact-b']}`])
    expect(items[1]!.get('button .visually-hidden').text()).toBe(`: ${SUMMARIES['fact-b']}`)
    expect(items[1]!.get('button').text().startsWith('Practise this')).toBe(true)
    await items[1]!.get('button').trigger('click')
    expect(wrapper.emitted('practise')).toEqual([['fact-b']])
  })
})
