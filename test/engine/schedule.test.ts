import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SLOW_MS,
  EASY_MIN_STABILITY_DAYS,
  Rating,
  SLOW_MS,
  applyAttempt,
  cardsAfterAttempt,
  dueFacts,
  forecast,
  fromFsrsCard,
  newFactCard,
  rateAttempt,
  replayAttempts,
  slowThresholdMs,
  toFsrsCard,
  reviewLabel,
} from '../../src/engine/schedule'
import { QUESTION_TYPES } from '../../src/questions/types/registry'
import type { Attempt, FactCard } from '../../src/domain/progress'

const DAY = 86_400_000
const T0 = Date.UTC(2025, 2, 3, 9, 0, 0)

function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'a1',
    questionId: 'who_said:quote-1',
    questionType: 'who_said',
    factIds: ['quote-1'],
    topics: ['exodus'],
    correct: true,
    score: 1,
    responseMs: 5_000,
    answeredAt: T0,
    ...overrides,
  }
}

function card(overrides: Partial<FactCard> = {}): FactCard {
  return { ...newFactCard('quote-1', T0), ...overrides }
}

describe('rateAttempt', () => {
  it('wrong -> Again, right but slow -> Hard, right -> Good', () => {
    expect(rateAttempt(attempt({ correct: false, score: 0 }))).toBe(Rating.Again)
    expect(rateAttempt(attempt({ responseMs: SLOW_MS.who_said + 1 }))).toBe(Rating.Hard)
    expect(rateAttempt(attempt({ responseMs: SLOW_MS.who_said }))).toBe(Rating.Good)
  })

  it('counts partial credit as wrong', () => {
    expect(rateAttempt(attempt({ questionType: 'matching', correct: false, score: 0.75 }))).toBe(Rating.Again)
  })

  it('gives kinds with more to read more time before an answer counts as slow', () => {
    expect(slowThresholdMs('true_false')).toBeLessThan(slowThresholdMs('who_said'))
    expect(slowThresholdMs('who_said')).toBeLessThan(slowThresholdMs('matching'))
    expect(slowThresholdMs('some_future_type')).toBe(DEFAULT_SLOW_MS)
    for (const type of QUESTION_TYPES) expect(SLOW_MS[type]).toBeGreaterThan(0)
    expect(rateAttempt(attempt({ questionType: 'matching', responseMs: 30_000 }))).toBe(Rating.Good)
    expect(rateAttempt(attempt({ questionType: 'true_false', responseMs: 30_000 }))).toBe(Rating.Hard)
  })

  it('Easy only for a fast right answer on a mature card', () => {
    const fast = attempt({ responseMs: 2_000 })
    const mature = card({ state: 2, stability: EASY_MIN_STABILITY_DAYS })
    expect(rateAttempt(fast, mature)).toBe(Rating.Easy)
    expect(rateAttempt(fast, card({ state: 2, stability: 5 }))).toBe(Rating.Good)
    expect(rateAttempt(fast)).toBe(Rating.Good)
    expect(rateAttempt(attempt({ responseMs: 12_000 }), mature)).toBe(Rating.Good)
  })

  it('uses the learner’s own rating when there is one', () => {
    expect(rateAttempt(attempt({ correct: false, rating: 3 }))).toBe(Rating.Good)
  })
})

describe('applyAttempt', () => {
  it('schedules by fact: a who-said and a cloze on the same quote share one card', () => {
    const whoSaid = attempt({ id: 'w', questionType: 'who_said', questionId: 'who_said:quote-1' })
    const cloze = attempt({ id: 'c', questionType: 'cloze', questionId: 'cloze:quote-1', answeredAt: T0 + DAY })
    const cards = replayAttempts([whoSaid, cloze])
    expect([...cards.keys()]).toEqual(['quote-1'])
    expect(cards.get('quote-1')).toMatchObject({ reps: 2, lastReview: T0 + DAY })
  })

  it('a wrong answer on a card in review is a lapse and brings it back soon', () => {
    let current = applyAttempt('quote-1', undefined, attempt())
    current = applyAttempt('quote-1', current, attempt({ answeredAt: T0 + 60_000 }))
    current = applyAttempt('quote-1', current, attempt({ answeredAt: T0 + 3 * DAY }))
    expect(current.state).toBe(2)
    const after = applyAttempt('quote-1', current, attempt({ correct: false, score: 0, answeredAt: T0 + 10 * DAY }))
    expect(after).toMatchObject({ lapses: 1, state: 3 })
    expect(after.due - (T0 + 10 * DAY)).toBeLessThan(DAY)
  })

  it('never reviews back in time: an older attempt arriving late is applied at the card’s last review', () => {
    const later = applyAttempt('quote-1', undefined, attempt({ answeredAt: T0 + DAY }))
    const late = applyAttempt('quote-1', later, attempt({ answeredAt: T0 }))
    expect(late.lastReview).toBe(T0 + DAY)
    expect(late.reps).toBe(2)
  })

  it('updates every fact of an attempt once', () => {
    const updated = cardsAfterAttempt(new Map(), attempt({ factIds: ['f1', 'f2', 'f1'] }))
    expect(updated.map((item) => item.factId)).toEqual(['f1', 'f2'])
  })

  it('replays the same cards whatever order the history arrives in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ fact: fc.constantFrom('f1', 'f2'), correct: fc.boolean(), gap: fc.integer({ min: 0, max: 5 * DAY }) }), {
          maxLength: 20,
        }),
        fc.integer(),
        (steps, shuffleSeed) => {
          let at = T0
          const history = steps.map((step, index) =>
            attempt({ id: `a${index}`, factIds: [step.fact], correct: step.correct, score: step.correct ? 1 : 0, answeredAt: (at += step.gap) }),
          )
          const shuffled = [...history].sort((a, b) => ((a.answeredAt * 31 + shuffleSeed) % 7) - ((b.answeredAt * 31 + shuffleSeed) % 7))
          expect(replayAttempts(shuffled)).toEqual(replayAttempts(history))
        },
      ),
    )
  })

  it('round-trips cards through the stored form', () => {
    const stored = applyAttempt('quote-1', undefined, attempt())
    expect(fromFsrsCard('quote-1', toFsrsCard(stored))).toEqual(stored)
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored)
  })
})

describe('dueFacts and forecast', () => {
  const cards = [
    card({ factId: 'overdue', due: T0 - DAY }),
    card({ factId: 'now', due: T0 }),
    card({ factId: 'tonight', due: T0 + 10 * 3_600_000 }),
    card({ factId: 'tomorrow', due: T0 + DAY }),
    card({ factId: 'in-six-days', due: T0 + 6 * DAY }),
    card({ factId: 'in-a-month', due: T0 + 30 * DAY }),
  ]

  it('lists cards due now, most overdue first', () => {
    expect(dueFacts(cards, T0).map((item) => item.factId)).toEqual(['overdue', 'now'])
  })

  it('counts cards per local day for the next seven days, overdue ones today', () => {
    expect(forecast(cards, T0)).toEqual([
      { date: '2025-03-03', due: 3 },
      { date: '2025-03-04', due: 1 },
      { date: '2025-03-05', due: 0 },
      { date: '2025-03-06', due: 0 },
      { date: '2025-03-07', due: 0 },
      { date: '2025-03-08', due: 0 },
      { date: '2025-03-09', due: 1 },
    ])
  })

  it('uses the local day: at UTC+5, 19:00 UTC is already tomorrow', () => {
    const evening = [card({ factId: 'x', due: Date.UTC(2025, 2, 3, 19) })]
    expect(forecast(evening, T0, 2, 0).map((day) => day.due)).toEqual([1, 0])
    expect(forecast(evening, T0, 2, 300)).toEqual([
      { date: '2025-03-03', due: 0 },
      { date: '2025-03-04', due: 1 },
    ])
  })
})

describe('card states without ts-fsrs', () => {
  it('are ts-fsrs’s own State values', async () => {
    const { State } = await import('ts-fsrs')
    const { CardState } = await import('../../src/engine/cards')
    expect(CardState).toEqual({ New: State.New, Learning: State.Learning, Review: State.Review, Relearning: State.Relearning })
  })
})

describe('reviewLabel', () => {
  it('counts facts, singular and plural', () => {
    expect(reviewLabel(1)).toBe('Review (1 fact due)')
    expect(reviewLabel(12)).toBe('Review (12 facts due)')
  })
})
