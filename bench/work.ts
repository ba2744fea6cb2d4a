// Timings of the app's own work, run by scripts/bench.mjs in Node (medians of many runs).
// IndexedDB here is fake-indexeddb: its timings show our code's cost, not a phone's disk.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { knowledge } from '../src/content/knowledge'
import { checkAnswer } from '../src/engine/checkAnswer'
import { buildQuestionBank } from '../src/questions/bank'
import { BANK_SEED } from '../src/questions/loadBank'
import type { Question, Response } from '../src/questions/types'
import { openProgressRepository } from '../src/storage/progressRepository'
import { syntheticAttempts } from '../src/storage/synthetic'

export interface Timing {
  task: string
  runs: number
  medianMs: number
  p90Ms: number
  targetMs: number
}

async function time(task: string, runs: number, targetMs: number, work: (i: number) => unknown): Promise<Timing> {
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

function rightResponse(question: Question): Response {
  switch (question.type) {
    case 'multi_select':
      return { kind: 'choices', choiceIds: question.answer }
    case 'numeric':
      return { kind: 'text', text: String(question.answer.value) }
    case 'cloze':
      return { kind: 'text', text: question.answer.accepted[0] ?? '' }
    case 'matching':
      return { kind: 'pairs', pairs: question.answer }
    case 'ordering':
      return { kind: 'order', itemIds: question.answer }
    default:
      return { kind: 'choice', choiceId: question.answer }
  }
}

export async function runWorkBench(): Promise<Timing[]> {
  const bank = buildQuestionBank(knowledge, { seed: BANK_SEED })
  const results: Timing[] = []
  results.push(await time(`generate the question bank (${bank.length} questions)`, 50, 16, (i) => buildQuestionBank(knowledge, { seed: i })))
  results.push(await time('check one answer (any type)', 2000, 16, (i) => checkAnswer(bank[i % bank.length] as Question, rightResponse(bank[i % bank.length] as Question))))

  const repo = await openProgressRepository({ indexedDB: new IDBFactory(), locks: null, channel: null })
  await repo.load()
  const attempts = syntheticAttempts(200, 7)
  results.push(
    await time('record one answer (attempt + FSRS cards, durable write)', attempts.length, 16, async (i) => {
      const { id, ...input } = attempts[i]!
      await repo.recordAttempt(input)
    }),
  )
  repo.close()

  const factory = new IDBFactory()
  const seeded = await openProgressRepository({ indexedDB: factory, locks: null, channel: null })
  await seeded.importMerge({ format: 'close-read-progress', version: 1, exportedAt: 0, attempts: syntheticAttempts(10_000, 1), cards: [], settings: (await seeded.load()).settings })
  seeded.close()
  results.push(
    await time('load a year of progress (10,000 attempts) at start-up', 10, 100, async () => {
      const repo = await openProgressRepository({ indexedDB: factory, locks: null, channel: null })
      await repo.load()
      repo.close()
    }),
  )
  return results
}
