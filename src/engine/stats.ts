// The numbers on the Progress page, from the attempt history and the fact cards. Plain TS: the
// clock (`now`) and the time zone (`utcOffset`, see statsCalendar.ts) are parameters.

import type { Attempt, FactCard } from '../domain/progress'
import { isMastered } from './mastery'
import { dayDate, localDay, type UtcOffset } from './statsCalendar'

export type { UtcOffset } from './statsCalendar'
export { isMastered, MASTERY_STABILITY_DAYS } from './mastery'

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

// ---- Totals ----------------------------------------------------------------------------------

export interface Totals {
  attempts: number
  correct: number
  /** points / attempts, 0 when there are none: the score, as on Results (src/engine/score.ts). */
  accuracy: number
  /** Sum of (partial) scores. */
  points: number
  questions: number
  facts: number
  studyMs: number
}

export function totals(attempts: readonly Attempt[]): Totals {
  const questions = new Set<string>()
  const facts = new Set<string>()
  let correct = 0
  let points = 0
  let studyMs = 0
  for (const attempt of attempts) {
    questions.add(attempt.questionId)
    for (const factId of attempt.factIds) facts.add(factId)
    if (attempt.correct) correct += 1
    points += attempt.score
    studyMs += attempt.responseMs
  }
  return {
    attempts: attempts.length,
    correct,
    accuracy: ratio(points, attempts.length),
    points,
    questions: questions.size,
    facts: facts.size,
    studyMs,
  }
}

// ---- Days ------------------------------------------------------------------------------------

export interface DayAccuracy {
  /** Local date, YYYY-MM-DD. */
  date: string
  attempts: number
  correct: number
  /** Sum of (partial) scores. */
  points: number
  /** points / attempts: the score, as on Results. */
  accuracy: number
}

function countByDay(attempts: readonly Attempt[], utcOffset: UtcOffset): Map<number, { attempts: number; correct: number; points: number }> {
  const days = new Map<number, { attempts: number; correct: number; points: number }>()
  for (const attempt of attempts) {
    const day = localDay(attempt.answeredAt, utcOffset)
    const tally = days.get(day) ?? { attempts: 0, correct: 0, points: 0 }
    tally.attempts += 1
    if (attempt.correct) tally.correct += 1
    tally.points += attempt.score
    days.set(day, tally)
  }
  return days
}

/** Accuracy on each local day with at least one answer, oldest first. */
export function accuracyByDay(attempts: readonly Attempt[], utcOffset: UtcOffset = 0): DayAccuracy[] {
  return [...countByDay(attempts, utcOffset)]
    .sort(([a], [b]) => a - b)
    .map(([day, tally]) => ({ date: dayDate(day), ...tally, accuracy: ratio(tally.points, tally.attempts) }))
}

/** Local dates with at least one answer, oldest first. */
export function studyDays(attempts: readonly Attempt[], utcOffset: UtcOffset = 0): string[] {
  return accuracyByDay(attempts, utcOffset).map((day) => day.date)
}

export interface Streak {
  /** Consecutive study days up to today; still counted from yesterday until today is over. */
  current: number
  longest: number
  studiedToday: boolean
}

export function streak(attempts: readonly Attempt[], now: number, utcOffset: UtcOffset = 0): Streak {
  const days = new Set(attempts.map((attempt) => localDay(attempt.answeredAt, utcOffset)))
  const today = localDay(now, utcOffset)
  const studiedToday = days.has(today)
  let current = 0
  for (let day = studiedToday ? today : today - 1; days.has(day); day--) current += 1
  let longest = 0
  for (const day of days) {
    if (days.has(day - 1)) continue
    let length = 1
    while (days.has(day + length)) length += 1
    longest = Math.max(longest, length)
  }
  return { current, longest, studiedToday }
}

export interface DailyGoal {
  date: string
  done: number
  goal: number
  /** done / goal, at most 1. */
  ratio: number
  met: boolean
}

/** Answers given today (local day) against the daily goal. */
export function dailyGoalProgress(attempts: readonly Attempt[], now: number, goal: number, utcOffset: UtcOffset = 0): DailyGoal {
  const today = localDay(now, utcOffset)
  const done = attempts.filter((attempt) => localDay(attempt.answeredAt, utcOffset) === today).length
  return { date: dayDate(today), done, goal, ratio: Math.min(1, ratio(done, goal)), met: done >= goal }
}

// ---- Mastery ---------------------------------------------------------------------------------

export interface TopicMastery {
  topic: string
  facts: number
  /** Facts answered at least once. */
  seen: number
  mastered: number
  /** mastered / facts */
  ratio: number
}

/**
 * Mastery per topic. `factsByTopic` (from the content) gives each topic's full list of facts, so
 * unseen facts count against it; without it the facts come from the attempts themselves.
 */
export function masteryByTopic(
  attempts: readonly Attempt[],
  cards: readonly FactCard[],
  factsByTopic?: Readonly<Record<string, readonly string[]>>,
): TopicMastery[] {
  const topics = new Map<string, Set<string>>()
  const add = (topic: string, factId: string) => {
    const facts = topics.get(topic) ?? new Set<string>()
    facts.add(factId)
    topics.set(topic, facts)
  }
  if (factsByTopic) {
    for (const [topic, factIds] of Object.entries(factsByTopic)) for (const factId of factIds) add(topic, factId)
  } else {
    for (const attempt of attempts) for (const topic of attempt.topics) for (const factId of attempt.factIds) add(topic, factId)
  }
  const seenFacts = new Set(attempts.flatMap((attempt) => attempt.factIds))
  const cardByFact = new Map(cards.map((card) => [card.factId, card]))
  return [...topics]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([topic, facts]) => {
      const factList = [...facts]
      const mastered = factList.filter((factId) => isMastered(cardByFact.get(factId))).length
      return {
        topic,
        facts: facts.size,
        seen: factList.filter((factId) => seenFacts.has(factId)).length,
        mastered,
        ratio: ratio(mastered, facts.size),
      }
    })
}

// ---- Weakest facts ---------------------------------------------------------------------------

export interface FactWeakness {
  factId: string
  attempts: number
  correct: number
  accuracy: number
  /** Times FSRS saw the fact forgotten after it had been learnt. */
  lapses: number
  lastAnsweredAt: number
}

/**
 * Facts that gave the most trouble: lowest accuracy first, then most lapses, then most attempts.
 * Only facts with at least `minAttempts` answers and at least one miss are listed.
 */
export function weakestFacts(
  attempts: readonly Attempt[],
  cards: readonly FactCard[],
  { minAttempts = 2, limit = 5 }: { minAttempts?: number; limit?: number } = {},
): FactWeakness[] {
  const byFact = new Map<string, FactWeakness>()
  const lapses = new Map(cards.map((card) => [card.factId, card.lapses]))
  for (const attempt of attempts) {
    for (const factId of new Set(attempt.factIds)) {
      const entry = byFact.get(factId) ?? { factId, attempts: 0, correct: 0, accuracy: 0, lapses: 0, lastAnsweredAt: 0 }
      entry.attempts += 1
      if (attempt.correct) entry.correct += 1
      entry.lastAnsweredAt = Math.max(entry.lastAnsweredAt, attempt.answeredAt)
      byFact.set(factId, entry)
    }
  }
  return [...byFact.values()]
    .map((entry) => ({ ...entry, accuracy: ratio(entry.correct, entry.attempts), lapses: lapses.get(entry.factId) ?? 0 }))
    .filter((entry) => entry.attempts >= minAttempts && (entry.correct < entry.attempts || entry.lapses > 0))
    .sort(
      (a, b) =>
        a.accuracy - b.accuracy ||
        b.lapses - a.lapses ||
        b.attempts - a.attempts ||
        (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0),
    )
    .slice(0, limit)
}
