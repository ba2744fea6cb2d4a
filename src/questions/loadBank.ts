// The app's question bank, built once on first use from the shipped knowledge base. The app
// imports this module lazily, so the generators stay out of the first page's bundle.
import { itemsById, knowledge } from '../content/knowledge'
import { nextTask } from '../idle'
import { buildQuestionBankInSteps } from './bank'
import type { FactInfo, QuestionBank } from './bankTypes'
import type { Question } from './types'

/** Fixed, so the bank (choice order, distractors, true/false variants) is the same on every device. */
export const BANK_SEED = 1729

let cached: QuestionBank | undefined
let building: Promise<QuestionBank> | undefined

/** The bank for the app: built a generator at a time, each in a task of its own, so the page stays responsive. */
export function loadQuestionBankInSteps(): Promise<QuestionBank> {
  if (cached) return Promise.resolve(cached)
  building ??= buildQuestionBankInSteps(knowledge, { seed: BANK_SEED }, nextTask).then((questions) => (cached ??= bankOf(questions)))
  return building
}

/** The bank's questions with what the pages show beside them (topics, the facts they train). */
export function bankOf(questions: Question[]): QuestionBank {
  return {
    questions,
    topics: knowledge.topics.map(({ id, label, description }) => ({ id, label, description })),
    facts: trainedFacts(questions),
  }
}

/** Every knowledge item some question trains, as the Progress page names it. */
function trainedFacts(questions: readonly Question[]): Record<string, FactInfo> {
  const facts: Record<string, FactInfo> = {}
  for (const question of questions) {
    for (const id of question.factIds) {
      const item = itemsById.get(id)
      if (item && !facts[id]) facts[id] = { id, summary: item.summary, topics: [...item.topics] }
    }
  }
  return facts
}
