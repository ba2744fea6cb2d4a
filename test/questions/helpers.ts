// Shared by the question-bank tests: the bank at the app's seed, and right and wrong responses.
import { article, bundledPack } from '../../src/content/bundledArticle'
import { itemsById, knowledge } from '../../src/content/knowledge'
import type { KnowledgeItem } from '../../src/content/schema'
import { BANK_SEED, buildQuestionBank } from '../../src/questions/bank'
import { kindOf } from '../../src/questions/types/registry'
import { markLayersKind } from '../../src/questions/types/mark_layers'
import { LAYERS } from '../../src/content/layers'
import type { Question, Response } from '../../src/domain/question'

export const paragraphs = article.paragraphs
export const bank: Question[] = buildQuestionBank(bundledPack, { seed: BANK_SEED })

export function itemOf(id: string): KnowledgeItem {
  const item = itemsById.get(id)
  if (!item) throw new Error(`unknown item ${id}`)
  return item
}

/** Every text a learner sees before answering. */
export function shownText(q: Question): string {
  const parts = [q.prompt]
  if ('choices' in q) parts.push(...q.choices.map((c) => c.text))
  if (q.type === 'cloze') parts.push(q.before, q.after)
  if (q.type === 'matching' || q.type === 'source_match') parts.push(...q.left.map((c) => c.text), ...q.right.map((c) => c.text))
  if (q.type === 'ordering') parts.push(...q.items.map((c) => c.text))
  // mark_layers shows the paragraph it asks to mark.
  if (q.type === 'mark_layers') parts.push(q.passage)
  if (q.type === 'word_choice') parts.push(q.sentence, ...q.holders.map((c) => c.text), ...q.rewordings.map((c) => c.text))
  return parts.join('\n')
}

export function correctResponse(q: Question): Response {
  return kindOf(q).rightResponse(q)
}

/** Plausible wrong answers: every distractor, and near misses of the right set, pairing or order. */
export function wrongResponses(q: Question, clozeWords: readonly string[]): Response[] {
  switch (q.type) {
    case 'multi_select': {
      const wrong = q.choices.filter((c) => !q.answer.includes(c.id)).map((c) => c.id)
      return [
        { kind: 'choices', choiceIds: q.answer.slice(1).length > 0 ? q.answer.slice(1) : wrong },
        ...wrong.map((id) => ({ kind: 'choices' as const, choiceIds: [...q.answer, id] })),
      ]
    }
    case 'numeric':
      return [String(q.answer.value + 1), String(q.answer.value * 10)].map((text) => ({ kind: 'text', text }))
    case 'cloze':
      return clozeWords.map((text) => ({ kind: 'text', text }))
    case 'matching':
    case 'source_match': {
      const [a, b] = q.left
      if (!a || !b) return []
      return [{ kind: 'pairs', pairs: { ...q.answer, [a.id]: q.answer[b.id] as string, [b.id]: q.answer[a.id] as string } }]
    }
    case 'ordering':
      return [{ kind: 'order', itemIds: [q.answer[1], q.answer[0], ...q.answer.slice(2)] as string[] }]
    case 'prove_it': {
      const lastWord = q.passage.split(/\s+/).filter(Boolean).length - 1
      const outside = [0, lastWord].filter((at) => q.answer.keys.every((key) => at < key.first || at > key.last))
      return outside.map((at) => ({ kind: 'words', first: at, last: at }))
    }
    case 'mark_layers': {
      // Each of the article's marks with a layer none of its words accepts.
      const marks = markLayersKind.rightResponse(q).marks.map((mark) => {
        const accepted = new Set(q.answer.keys.filter((key) => key.first <= mark.last && key.last >= mark.first).flatMap((key) => key.layers))
        return { ...mark, layer: LAYERS.find((layer) => !accepted.has(layer)) ?? mark.layer }
      })
      return [{ kind: 'marks', marks }]
    }
    case 'word_choice': {
      const lastWord = q.sentence.split(/\s+/).filter(Boolean).length - 1
      const at = [0, lastWord].find((i) => q.answer.keys.every((key) => i < key.first || i > key.last)) ?? 0
      const holder = q.holders.find((c) => c.id !== q.answer.holder)!.id
      return [{ kind: 'word_choice', first: at, last: at, holder, rewording: q.answer.rewording }]
    }
    case 'explain': {
      // A self-check that leaves out a point, or every point.
      const ids = q.answer.checklist.map((point) => point.id)
      return [
        { kind: 'written', text: 'It shows the war.', compared: true, ticks: [] },
        { kind: 'written', text: 'It shows the war.', compared: true, ticks: ids.slice(1) },
      ]
    }
    default:
      return q.choices.filter((c) => c.id !== q.answer).map((c) => ({ kind: 'choice', choiceId: c.id }))
  }
}

export { knowledge }
