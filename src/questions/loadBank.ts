// The app's question bank, built once on first use from the shipped knowledge base. The app
// imports this module lazily, so the generators stay out of the first page's bundle.
import { itemsById, knowledge } from '../content/knowledge'
import { buildQuestionBank } from './bank'
import type { FactInfo, QuestionBank } from './bankTypes'
import type { Question } from './types'

/** Fixed, so the bank (choice order, distractors, true/false variants) is the same on every device. */
export const BANK_SEED = 1729

let cached: QuestionBank | undefined

export function loadQuestionBank(): QuestionBank {
  if (!cached) {
    const questions = buildQuestionBank(knowledge, { seed: BANK_SEED })
    cached = {
      questions,
      topics: knowledge.topics.map(({ id, label, description }) => ({ id, label, description })),
      facts: trainedFacts(questions),
    }
  }
  return cached
}

/** Every knowledge item some question trains, as the Progress page names it. */
function trainedFacts(questions: readonly Question[]): Record<string, FactInfo> {
  const facts: Record<string, FactInfo> = {}
  for (const id of questions.flatMap((question) => question.factIds)) {
    const item = itemsById.get(id)
    if (item && !facts[id]) facts[id] = { id, summary: item.summary, topics: [...item.topics] }
  }
  return facts
}
