// A built or stored bank's questions with what the pages show beside them; shared by the app's loader
// (loadBank.ts) and the tests' and tools' one-piece build (bankNow.ts).
import type { ArticlePack } from '../content/article'
import type { FactInfo, QuestionBank } from './bankTypes'
import type { Question } from '../domain/question'

/** The bank's questions with what the pages show beside them (topics, the facts they train). */
export function bankOf(questions: Question[], pack: Pick<ArticlePack, 'knowledge' | 'itemsById'>): QuestionBank {
  return {
    questions,
    // Topics are exactly id, label and description (TopicSchema is strict): no copy to trim them.
    topics: pack.knowledge.topics,
    facts: trainedFacts(questions, pack.itemsById),
  }
}

/** Every knowledge item some question trains, as the Progress page names it. */
function trainedFacts(questions: readonly Question[], itemsById: ArticlePack['itemsById']): Record<string, FactInfo> {
  const facts: Record<string, FactInfo> = {}
  for (const question of questions) {
    for (const id of question.factIds) {
      const item = itemsById.get(id)
      if (item && !facts[id]) facts[id] = { id, summary: item.summary, topics: [...item.topics] }
    }
  }
  return facts
}
