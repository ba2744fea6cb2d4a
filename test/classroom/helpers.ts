import { indexBank } from '../../src/classroom/bankIndex'
import type { LinkedQuiz } from '../../src/classroom/quizLink'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { kindOf } from '../../src/questions/types/registry'
import { markLayersKind } from '../../src/questions/types/mark_layers'
import { LAYERS } from '../../src/content/layers'
import type { Question, Response } from '../../src/domain/question'

export const bank = loadQuestionBank()
export const index = indexBank(bank.questions)

/** The 20 questions with the longest ids in the real bank. */
export const longestIds = [...bank.questions].map((q) => q.id).sort((a, b) => b.length - a.length).slice(0, 20)

export function sampleQuiz(overrides: Partial<LinkedQuiz> = {}): LinkedQuiz {
  return { questionIds: longestIds, seed: 0xdeadbeef, order: 'shuffled', timeLimit: { kind: 'quiz', seconds: 600 }, title: 'Week 3: the exodus', ...overrides }
}

export function question(id: string): Question {
  return index.questionsById.get(id) as Question
}

/** The right response to a question, from its own answer key. */
export function rightResponse(q: Question): Response {
  return kindOf(q).rightResponse(q)
}

/** A wrong response of the right kind. */
export function wrongResponse(q: Question): Response {
  switch (q.type) {
    case 'multi_select':
      return { kind: 'choices', choiceIds: q.choices.filter((c) => !q.answer.includes(c.id)).map((c) => c.id).slice(0, 1) }
    case 'numeric':
      return { kind: 'text', text: String(q.answer.value + 7919) }
    case 'cloze':
      return { kind: 'text', text: 'zzzz' }
    case 'matching':
    case 'source_match': {
      const rights = Object.values(q.answer)
      const lefts = Object.keys(q.answer)
      return { kind: 'pairs', pairs: Object.fromEntries(lefts.map((left, i) => [left, rights[(i + 1) % rights.length] as string])) }
    }
    case 'ordering':
      return { kind: 'order', itemIds: [...q.answer].reverse() }
    case 'prove_it': {
      // A word away from every key: the passage's last word when the keys end before it, else its first.
      const lastWord = q.passage.split(/\s+/).filter(Boolean).length - 1
      const at = q.answer.keys.every((key) => key.last < lastWord) ? lastWord : 0
      return { kind: 'words', first: at, last: at }
    }
    case 'mark_layers': {
      // Each of the article's marks with a layer none of its words accepts.
      const marks = markLayersKind.rightResponse(q).marks.map((mark) => {
        const accepted = new Set(q.answer.keys.filter((key) => key.first <= mark.last && key.last >= mark.first).flatMap((key) => key.layers))
        return { ...mark, layer: LAYERS.find((layer) => !accepted.has(layer)) ?? mark.layer }
      })
      return { kind: 'marks', marks }
    }
    case 'word_choice': {
      // A word outside every judgement span, and the wrong holder and rewording.
      const lastWord = q.sentence.split(/\s+/).filter(Boolean).length - 1
      const at = [0, lastWord].find((i) => q.answer.keys.every((key) => i < key.first || i > key.last)) ?? 0
      const holder = q.holders.find((c) => c.id !== q.answer.holder)!.id
      const rewording = q.rewordings.find((c) => c.id !== q.answer.rewording)!.id
      return { kind: 'word_choice', first: at, last: at, holder, rewording }
    }
    case 'explain':
      // Written, compared, nothing ticked.
      return { kind: 'written', text: 'It shows the war.', compared: true, ticks: [] }
    default:
      return { kind: 'choice', choiceId: (q.choices.find((c) => c.id !== q.answer) as { id: string }).id }
  }
}
