// The app's question bank in one piece of work, for tests and tools. The app itself builds it in
// steps (loadBank.ts), and this module stays out of its chunks.
import { bundledPack } from '../content/bundledArticle'
import { BANK_SEED, buildQuestionBank } from './bank'
import type { QuestionBank } from './bankTypes'
import { bankOf } from './bankOf'

let cached: QuestionBank | undefined

export function loadQuestionBank(): QuestionBank {
  cached ??= bankOf(buildQuestionBank(bundledPack, { seed: BANK_SEED }), bundledPack)
  return cached
}
