// Reproducible fake study histories for benchmarks and tests: the same seed gives the same attempts.

import { seededRandom } from '../questions/random'
import type { Attempt } from '../domain/progress'

const QUESTION_TYPES = ['single_choice', 'who_said', 'cloze', 'true_false', 'numeric', 'matching'] as const
const MODES = ['practice', 'test', 'review', 'quick'] as const

export interface SyntheticOptions {
  /** Time of the first answer (epoch ms). */
  start?: number
  facts?: number
  topics?: number
  /** Share of right answers, 0..1. */
  accuracy?: number
}

/**
 * `count` attempts over `facts` facts, in time order: answers seconds apart within a sitting,
 * sittings hours or days apart. Ids are `syn-<seed>-<n>`, so histories from different seeds are
 * disjoint and can be merged.
 */
export function syntheticAttempts(count: number, seed: number, options: SyntheticOptions = {}): Attempt[] {
  const { start = Date.UTC(2025, 0, 6, 8), facts = 60, topics = 6, accuracy = 0.75 } = options
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const attempts: Attempt[] = []
  let at = start
  for (let n = 0; n < count; n++) {
    // Every tenth answer or so starts a new sitting, up to three days later.
    at += random() < 0.1 ? Math.floor(random() * 3 * 24 * 3600_000) : 5_000 + Math.floor(random() * 40_000)
    const fact = Math.floor(random() * facts)
    const factIds = random() < 0.2 ? [`fact-${fact}`, `fact-${(fact + 1) % facts}`] : [`fact-${fact}`]
    const correct = random() < accuracy
    const questionType = pick(QUESTION_TYPES)
    attempts.push({
      id: `syn-${seed}-${n}`,
      questionId: `${questionType}:fact-${fact}`,
      questionType,
      factIds,
      topics: [`topic-${fact % topics}`],
      correct,
      score: correct ? 1 : random() < 0.3 ? 0.5 : 0,
      responseMs: 2_000 + Math.floor(random() * 40_000),
      answeredAt: at,
      sessionId: `syn-${seed}-session-${Math.floor(n / 10)}`,
      mode: pick(MODES),
    })
  }
  return attempts
}
