// Medians of repeated runs, for `npm run bench`. Reports only: nothing here fails on a figure.

export interface Timing {
  task: string
  runs: number
  medianMs: number
  p90Ms: number
  targetMs: number
}

export async function time(task: string, runs: number, targetMs: number, work: (i: number) => unknown): Promise<Timing> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work(i)
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number
  return { task, runs, medianMs: at(0.5), p90Ms: at(0.9), targetMs }
}
