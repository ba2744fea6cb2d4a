// Medians of repeated runs, for `npm run bench`. Reports only: nothing here fails on a figure.

export interface Timing {
  task: string
  runs: number
  medianMs: number
  p90Ms: number
  /** NaN: a figure for comparison, with no target of its own. */
  targetMs: number
}

/** The median and 90th percentile of some samples (ms). */
export function percentiles(samples: readonly number[]): { medianMs: number; p90Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return { medianMs: at(0.5), p90Ms: at(0.9) }
}

export async function time(task: string, runs: number, targetMs: number, work: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work(i)
    samples.push(performance.now() - start)
  }
  return { task, runs, ...percentiles(samples), targetMs }
}
