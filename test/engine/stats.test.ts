import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newFactCard, replayAttempts } from '../../src/engine/schedule'
import {
  MASTERY_STABILITY_DAYS,
  accuracyByDay,
  dailyGoalProgress,
  isMastered,
  masteryByTopic,
  streak,
  studyDays,
  totals,
  weakestFacts,
} from '../../src/engine/stats'
import { localDay } from '../../src/engine/statsCalendar'
import type { Attempt } from '../../src/domain/progress'

const HOUR = 3_600_000
const DAY = 24 * HOUR

let count = 0
function at(iso: string, overrides: Partial<Attempt> = {}): Attempt {
  count += 1
  return {
    id: `a${count}`,
    questionId: 'q',
    questionType: 'who_said',
    factIds: ['fact-a'],
    topics: ['exodus'],
    correct: true,
    score: 1,
    responseMs: 4_000,
    answeredAt: Date.parse(iso),
    ...overrides,
  }
}

describe('days and streaks', () => {
  // 23:30 UTC on the 3rd is the 4th in UTC+2 and still the 3rd in UTC-5.
  const attempts = [at('2025-03-02T10:00:00Z'), at('2025-03-03T12:00:00Z'), at('2025-03-03T23:30:00Z', { correct: false, score: 0 })]

  it('groups answers by local calendar day', () => {
    expect(accuracyByDay(attempts, 0)).toEqual([
      { date: '2025-03-02', attempts: 1, correct: 1, points: 1, accuracy: 1 },
      { date: '2025-03-03', attempts: 2, correct: 1, points: 1, accuracy: 0.5 },
    ])
    expect(accuracyByDay(attempts, 120)).toEqual([
      { date: '2025-03-02', attempts: 1, correct: 1, points: 1, accuracy: 1 },
      { date: '2025-03-03', attempts: 1, correct: 1, points: 1, accuracy: 1 },
      { date: '2025-03-04', attempts: 1, correct: 0, points: 0, accuracy: 0 },
    ])
    expect(studyDays(attempts, -300)).toEqual(['2025-03-02', '2025-03-03'])
  })

  it('counts the streak across day boundaries in the learner’s time zone', () => {
    const now = Date.parse('2025-03-04T09:00:00Z')
    expect(streak(attempts, now, 120)).toEqual({ current: 3, longest: 3, studiedToday: true })
    // In UTC the 4th has no answer yet: the streak is still alive from yesterday.
    expect(streak(attempts, now, 0)).toEqual({ current: 2, longest: 2, studiedToday: false })
    // Two days without study break it.
    expect(streak(attempts, Date.parse('2025-03-05T09:00:00Z'), 0)).toEqual({ current: 0, longest: 2, studiedToday: false })
  })

  it('keeps the longest run when the current one is shorter', () => {
    const history = ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-10', '2025-01-11'].map((day) => at(`${day}T08:00:00Z`))
    expect(streak(history, Date.parse('2025-01-11T20:00:00Z'))).toEqual({ current: 2, longest: 4, studiedToday: true })
    expect(streak([], Date.parse('2025-01-11T20:00:00Z'))).toEqual({ current: 0, longest: 0, studiedToday: false })
  })

  it('takes the offset per instant, so days stay right across a daylight-saving change', () => {
    // Europe/Berlin: UTC+1 until 2025-03-30 01:00 UTC, UTC+2 after.
    const berlin = (t: number) => (t < Date.parse('2025-03-30T01:00:00Z') ? 60 : 120)
    const history = [at('2025-03-29T22:30:00Z'), at('2025-03-30T22:30:00Z')]
    expect(studyDays(history, berlin)).toEqual(['2025-03-29', '2025-03-31'])
  })

  it('a streak is never longer than the number of study days, nor than the longest run', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * DAY }), { maxLength: 40 }), fc.integer({ min: -720, max: 840 }), (times, offset) => {
        const history = times.map((t) => at('2025-01-01T00:00:00Z', { answeredAt: Date.parse('2025-01-01T00:00:00Z') + t }))
        const result = streak(history, Date.parse('2025-03-02T12:00:00Z'), offset)
        expect(result.current).toBeLessThanOrEqual(result.longest)
        expect(result.longest).toBeLessThanOrEqual(studyDays(history, offset).length)
      }),
    )
  })

  it('localDay puts midnight in the new day', () => {
    expect(localDay(Date.parse('2025-03-03T00:00:00Z'), 0) - localDay(Date.parse('2025-03-02T23:59:59Z'), 0)).toBe(1)
  })
})

describe('daily goal and totals', () => {
  it('counts today’s answers against the goal', () => {
    const now = Date.parse('2025-03-03T18:00:00Z')
    const history = [at('2025-03-02T18:00:00Z'), at('2025-03-03T07:00:00Z'), at('2025-03-03T08:00:00Z')]
    expect(dailyGoalProgress(history, now, 4)).toEqual({ date: '2025-03-03', done: 2, goal: 4, ratio: 0.5, met: false })
    expect(dailyGoalProgress(history, now, 2).met).toBe(true)
    expect(dailyGoalProgress(history, now, 1).ratio).toBe(1)
  })

  it('adds up answers, points, questions, facts and time', () => {
    const history = [
      at('2025-03-03T07:00:00Z', { questionId: 'q1', factIds: ['a', 'b'], responseMs: 1000 }),
      at('2025-03-03T07:01:00Z', { questionId: 'q2', factIds: ['b'], correct: false, score: 0.5, responseMs: 2000 }),
    ]
    // The score counts partial credit, as Results do: 1.5 points over 2 answers.
    expect(totals(history)).toEqual({ attempts: 2, correct: 1, accuracy: 0.75, points: 1.5, questions: 2, facts: 2, studyMs: 3000 })
    expect(totals([]).accuracy).toBe(0)
  })
})

describe('mastery', () => {
  it('a fact is mastered once FSRS holds it for a week: right answers on two days are enough, one sitting is not', () => {
    const sameDay = [at('2025-03-03T08:00:00Z'), at('2025-03-03T08:05:00Z'), at('2025-03-03T08:20:00Z')]
    expect(isMastered(replayAttempts(sameDay).get('fact-a'))).toBe(false)
    const twoDays = [...sameDay, at('2025-03-04T08:00:00Z')]
    const card = replayAttempts(twoDays).get('fact-a')
    expect(card?.stability).toBeGreaterThanOrEqual(MASTERY_STABILITY_DAYS)
    expect(isMastered(card)).toBe(true)
    const thenWrong = [...twoDays, at('2025-03-08T08:00:00Z', { correct: false, score: 0 })]
    expect(isMastered(replayAttempts(thenWrong).get('fact-a'))).toBe(false)
    expect(isMastered(newFactCard('x', 0))).toBe(false)
  })

  it('per topic: mastered over all facts, from the content when given', () => {
    const history = [
      at('2025-03-03T08:00:00Z', { factIds: ['f1'], topics: ['exodus'] }),
      at('2025-03-04T08:00:00Z', { factIds: ['f1'], topics: ['exodus'] }),
      at('2025-03-04T08:01:00Z', { factIds: ['f2'], topics: ['exodus', 'blockade'] }),
    ]
    const cards = [...replayAttempts(history).values()]
    expect(masteryByTopic(history, cards)).toEqual([
      { topic: 'blockade', facts: 1, seen: 1, mastered: 0, ratio: 0 },
      { topic: 'exodus', facts: 2, seen: 2, mastered: 1, ratio: 0.5 },
    ])
    expect(masteryByTopic(history, cards, { exodus: ['f1', 'f2', 'f3', 'f4'], ceasefire: ['f9'] })).toEqual([
      { topic: 'ceasefire', facts: 1, seen: 0, mastered: 0, ratio: 0 },
      { topic: 'exodus', facts: 4, seen: 2, mastered: 1, ratio: 0.25 },
    ])
  })
})

describe('weakestFacts', () => {
  it('lists the facts with the lowest accuracy first, then the most lapses, with a minimum number of answers', () => {
    const wrong = { correct: false, score: 0 }
    const history = [
      at('2025-03-01T08:00:00Z', { factIds: ['often-wrong'], ...wrong }),
      at('2025-03-01T08:01:00Z', { factIds: ['often-wrong'], ...wrong }),
      at('2025-03-01T08:02:00Z', { factIds: ['often-wrong'] }),
      at('2025-03-01T08:03:00Z', { factIds: ['once-wrong'], ...wrong }),
      at('2025-03-01T08:04:00Z', { factIds: ['once-wrong'] }),
      at('2025-03-01T08:05:00Z', { factIds: ['just-once'], ...wrong }),
      at('2025-03-01T08:06:00Z', { factIds: ['always-right'] }),
      at('2025-03-02T08:06:00Z', { factIds: ['always-right'] }),
    ]
    const cards = [...replayAttempts(history).values()]
    const weakest = weakestFacts(history, cards)
    expect(weakest.map((fact) => fact.factId)).toEqual(['often-wrong', 'once-wrong'])
    expect(weakest[0]).toMatchObject({ attempts: 3, correct: 1, accuracy: 1 / 3 })
    expect(weakestFacts(history, cards, { minAttempts: 1 }).map((fact) => fact.factId)).toEqual(['just-once', 'often-wrong', 'once-wrong'])
    expect(weakestFacts(history, cards, { limit: 1 })).toHaveLength(1)
  })

  it('ranks equal accuracy by lapses', () => {
    const history = [at('2025-03-01T08:00:00Z', { factIds: ['x'], correct: false, score: 0 }), at('2025-03-01T08:01:00Z', { factIds: ['x'] })]
    history.push(at('2025-03-01T08:00:00Z', { factIds: ['y'], correct: false, score: 0 }), at('2025-03-01T08:01:00Z', { factIds: ['y'] }))
    const cards = [...replayAttempts(history).values()].map((card) => (card.factId === 'y' ? { ...card, lapses: 3 } : card))
    expect(weakestFacts(history, cards).map((fact) => fact.factId)).toEqual(['y', 'x'])
  })
})

describe('big histories', () => {
  it('stay fast enough for the Progress page (10,000 answers)', () => {
    const history = Array.from({ length: 10_000 }, (_, i) =>
      at('2025-01-01T00:00:00Z', { answeredAt: Date.parse('2025-01-01T00:00:00Z') + i * 7 * 60_000, factIds: [`f${i % 150}`], topics: [`t${i % 8}`], correct: i % 3 !== 0 }),
    )
    const started = performance.now()
    const cards = [...replayAttempts(history).values()]
    masteryByTopic(history, cards)
    weakestFacts(history, cards)
    streak(history, history.at(-1)?.answeredAt ?? 0, 60)
    accuracyByDay(history, 60)
    expect(performance.now() - started).toBeLessThan(3_000)
  })
})
