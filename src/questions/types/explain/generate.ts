// explain: one written task per ExplainTask of the knowledge base (question, model answer, checklist),
// grounded in the task's own verbatim spans and tied to the items it is about.
import type { KnowledgeItem } from '../../../content/schema'
import type { GeneratorContext } from '../../generators/context'
import { grounding, idsCitedIn } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import type { ExplainQuestion } from './model'
import { citeText } from './text'

export function generate(context: GeneratorContext): ExplainQuestion[] {
  return (context.knowledge.explain ?? []).map((task) => {
    const items = task.items.map((id) => context.items.get(id)).filter((item): item is KnowledgeItem => item !== undefined)
    const grounded = grounding(context, items, task.evidence)
    return {
      id: questionId('explain', [task.id]),
      type: 'explain',
      prompt: task.question,
      explanation: `A good answer tells the author’s views apart from the words and accounts of the people in the article, keeps the article’s hedges and cites ${citeText(task.paragraphs)}.`,
      ...grounded,
      // With the quotations the model answer cites (it names whose words they are).
      factIds: [...new Set([...task.items, ...idsCitedIn(context, task.model)])],
      topics: grounded.topics.length > 0 ? grounded.topics : [context.knowledge.topics[0]?.id ?? ''],
      paragraphs: task.paragraphs.slice(),
      answer: { model: task.model, checklist: task.checklist.map((point) => ({ ...point })) },
      difficulty: 3,
    }
  })
}
