// Spaced review by fact, not by question: a who-said question and a cloze on the same quote train
// the same memory, so both update the one FSRS card of that fact. Plain TS; `now` is a parameter.

import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs'
import type { QuestionType } from '../domain/question'
import type { Attempt, FactCard } from '../domain/progress'

export { Rating }

// No fuzz: the same history must always give the same cards (merging recomputes them).
const scheduler = fsrs({ enable_fuzz: false })

/**
 * A right answer slower than this counts as Hard: about the time to read the question and its
 * options with care once, more for kinds with more to read or to arrange. A table here, not a facet
 * of each type: the progress store (on Home, idle) schedules without loading the question types.
 */
export const SLOW_MS: Readonly<Record<QuestionType, number>> = {
  true_false: 12_000,
  single_choice: 20_000,
  who_said: 20_000,
  whose_position: 20_000,
  fact_or_position: 20_000,
  numeric: 25_000,
  cloze: 25_000,
  multi_select: 30_000,
  matching: 45_000,
  ordering: 45_000,
  // A paragraph to read, then the words to find in it.
  prove_it: 60_000,
  // Claims to read and sources to match.
  source_match: 60_000,
  paraphrase_check: 40_000,
  // Two passages to read, then four pairs of sources.
  competing_claims: 45_000,
  // A paragraph to read and mark part by part.
  mark_layers: 120_000,
  // A word to find, then two questions on it.
  word_choice: 45_000,
  // Parts of the piece to weigh against one another.
  structure: 30_000,
  // Two or three sentences to write, then a model answer to compare them with.
  explain: 180_000,
}
/** For a question type this version does not know (e.g. from a newer app's export). */
export const DEFAULT_SLOW_MS = 25_000
/** Easy needs a fast answer (under a quarter of the slow mark) on a card already held this long. */
export const EASY_FRACTION_OF_SLOW = 0.25
export const EASY_MIN_STABILITY_DAYS = 21

export function slowThresholdMs(questionType: string): number {
  return (SLOW_MS as Record<string, number | undefined>)[questionType] ?? DEFAULT_SLOW_MS
}

type RatedAttempt = Pick<Attempt, 'correct' | 'responseMs' | 'questionType' | 'rating'>

/** A "mature" card: in review and expected to be recalled for three weeks or more. */
export function isMatureCard(card: FactCard | undefined): boolean {
  return card !== undefined && card.state === State.Review && card.stability >= EASY_MIN_STABILITY_DAYS
}

/**
 * The grade of an answer: the learner's own rating when they gave one; otherwise wrong -> Again,
 * right but slow -> Hard, right -> Good, right and fast on a mature card -> Easy.
 * Partial credit (score < 1 without `correct`) counts as wrong: the memory was not there whole.
 */
export function rateAttempt(attempt: RatedAttempt, card?: FactCard): Grade {
  if (attempt.rating !== undefined) return attempt.rating as Grade
  if (!attempt.correct) return Rating.Again
  const slow = slowThresholdMs(attempt.questionType)
  if (attempt.responseMs > slow) return Rating.Hard
  if (isMatureCard(card) && attempt.responseMs < slow * EASY_FRACTION_OF_SLOW) return Rating.Easy
  return Rating.Good
}

// ---- Card conversion -------------------------------------------------------------------------

export function toFsrsCard(card: FactCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.lastReview !== undefined ? { last_review: new Date(card.lastReview) } : {}),
  }
}

export function fromFsrsCard(factId: string, card: Card): FactCard {
  const stored: FactCard = {
    factId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as FactCard['state'],
  }
  if (card.last_review) stored.lastReview = card.last_review.getTime()
  return stored
}

/** A fact never reviewed, due at once. */
export function newFactCard(factId: string, now: number): FactCard {
  return fromFsrsCard(factId, createEmptyCard(new Date(now)))
}

// ---- Applying answers ------------------------------------------------------------------------

/**
 * The card of `factId` after `attempt`. The review time is `now` (by default the time of the
 * answer, so replaying a history gives the same cards), never before the card's last review:
 * attempts from another device can arrive out of order and FSRS cannot go back in time.
 */
export function applyAttempt(factId: string, card: FactCard | undefined, attempt: Attempt, now = attempt.answeredAt): FactCard {
  const reviewAt = Math.max(now, card?.lastReview ?? now)
  const current = card ? toFsrsCard(card) : createEmptyCard(new Date(reviewAt))
  const next = scheduler.next(current, new Date(reviewAt), rateAttempt(attempt, card)).card
  return fromFsrsCard(factId, next)
}

/** The cards of every fact of `attempt` after it (each fact once, in the attempt's order). */
export function cardsAfterAttempt(cards: ReadonlyMap<string, FactCard>, attempt: Attempt, now = attempt.answeredAt): FactCard[] {
  return [...new Set(attempt.factIds)].map((factId) => applyAttempt(factId, cards.get(factId), attempt, now))
}

/** Deterministic replay order: by time of answer, then id. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Cards rebuilt from a history of attempts, ordered by answeredAt then id, so the result does not
 * depend on the order the attempts were recorded or merged in. `onlyFacts` limits the rebuild.
 */
export function replayAttempts(attempts: readonly Attempt[], onlyFacts?: ReadonlySet<string>): Map<string, FactCard> {
  const cards = new Map<string, FactCard>()
  for (const attempt of [...attempts].sort(compareAttempts)) {
    for (const factId of new Set(attempt.factIds)) {
      if (onlyFacts && !onlyFacts.has(factId)) continue
      cards.set(factId, applyAttempt(factId, cards.get(factId), attempt))
    }
  }
  return cards
}

// What is due, the 7-day forecast and the review label need no FSRS maths: they live in ./cards and
// ./forecast (no ts-fsrs there), so Home, Study and Progress can use them without loading the scheduler.
export { dueFacts, reviewLabel } from './cards'
export { forecast, type ForecastDay } from './forecast'
