// Timings of the app's own work, run by scripts/bench.mjs in Node (medians of many runs).
// IndexedDB here is fake-indexeddb: its timings show our code's cost; bench/browser.ts times the
// same storage work on Chromium's real IndexedDB.
import { bundledPack } from '../src/content/bundledArticle'
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { checkAnswer } from '../src/questions/checkAnswer'
import { BANK_SEED, buildQuestionBank } from '../src/questions/bank'
import { kindOf } from '../src/questions/types/registry'
import type { Question, Response } from '../src/domain/question'
import { storageTimings } from './storageWork'
import { time, type Timing } from './timing'

function rightResponse(question: Question): Response {
  return kindOf(question).rightResponse(question)
}

export async function runWorkBench(): Promise<Timing[]> {
  const results: Timing[] = []
  // The app builds the bank once a visit, before the engine has optimised any of it. Here, in a fresh
  // Node process, that build also compiles each function on its first call and reaches every import
  // through Vite's module runner, which the app does not pay: its own figure is Chromium's, running
  // the built chunk from the service worker's cache (bench/browser.ts). This one is for comparison.
  const build = (seed: number) => buildQuestionBank(bundledPack, { seed })
  let bank: Question[] = []
  results.push(await time('generate the question bank: the first build in a fresh Node process (for comparison)', 1, NaN, () => (bank = build(BANK_SEED))))
  results.push(await time(`generate the question bank (${bank.length} questions)`, 50, 16, (i) => build(i)))
  // Those 50 still include the engine's warm-up, which takes longer when other programs share
  // the CPU (it optimises on a background thread). After 200 builds the code is optimised: these
  // show what the work itself costs.
  for (let i = 50; i < 200; i++) build(i)
  results.push(await time('generate the question bank: after 200 builds (warm)', 50, 16, (i) => build(200 + i)))
  results.push(await time('check one answer (any type)', 2000, 16, (i) => checkAnswer(bank[i % bank.length] as Question, rightResponse(bank[i % bank.length] as Question))))

  results.push(...(await storageTimings(async () => new IDBFactory(), 'fake-indexeddb in Node')))
  return results
}
