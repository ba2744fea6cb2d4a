// Times bank generation, for benchmarks and curiosity; the clock comes in as a parameter.
import { buildQuestionBank, type BankOptions, type BankSource } from './bank'

export interface BankTiming {
  runs: number
  questions: number
  totalMs: number
  meanMs: number
}

/** Builds the bank `runs` times (seeds seed, seed + 1, …) and reports how long it took by `now` (ms). */
export function timeBankGeneration(source: BankSource, options: BankOptions & { runs?: number; now: () => number }): BankTiming {
  const runs = Math.max(1, options.runs ?? 10)
  let questions = 0
  const start = options.now()
  for (let i = 0; i < runs; i++) questions = buildQuestionBank(source, { ...options, seed: options.seed + i }).length
  const totalMs = options.now() - start
  return { runs, questions, totalMs, meanMs: totalMs / runs }
}
