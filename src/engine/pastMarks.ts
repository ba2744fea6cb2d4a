// The learner's last Mark the text answer for each paragraph, as stored with its attempt
// (Attempt.marks, schema v5), scored again against this version's key for the Progress page.
import { LAYERS, type Layer } from '../content/layers'
import type { Attempt } from '../domain/progress'
import type { Question } from '../domain/question'
import { scoreResponse, usableMarks } from '../questions/types/mark_layers/check'
import { tallyLines } from '../questions/types/mark_layers/describe'
import type { LayerMark, MarkLayersQuestion } from '../questions/types/mark_layers/model'

export interface PastMarks {
  question: MarkLayersQuestion
  answeredAt: number
  /** The stored marks this version can show (inside the paragraph, a layer it knows). */
  marks: LayerMark[]
  /** Stored marks left out: a layer this version does not know, or words outside the paragraph. */
  leftOut: number
  /** 0..1 against the key as it is now. */
  score: number
  /** "You found 2 of 3 of the author's views." a layer at a time, as the feedback said it. */
  lines: string[]
}

const isLayer = (layer: string): layer is Layer => (LAYERS as readonly string[]).includes(layer)

/** One entry per paragraph marked at least once, the latest answer, in paragraph order. */
export function lastMarks(attempts: readonly Attempt[], questions: readonly Question[]): PastMarks[] {
  const byId = new Map(questions.filter((q): q is MarkLayersQuestion => q.type === 'mark_layers').map((q) => [q.id, q]))
  const latest = new Map<string, Attempt>()
  for (const attempt of attempts) {
    if (!attempt.marks || !byId.has(attempt.questionId)) continue
    const before = latest.get(attempt.questionId)
    if (!before || attempt.answeredAt >= before.answeredAt) latest.set(attempt.questionId, attempt)
  }
  return [...latest.values()]
    .map((attempt): PastMarks => {
      const question = byId.get(attempt.questionId)!
      const known = (attempt.marks ?? []).flatMap((mark) => (isLayer(mark.layer) ? [{ first: mark.first, last: mark.last, layer: mark.layer }] : []))
      const response = { kind: 'marks' as const, marks: known }
      const marks = usableMarks(question, response).filter((mark, i) => mark.first === known[i]?.first && mark.last === known[i]?.last)
      const score = scoreResponse(question, { kind: 'marks', marks })
      return {
        question,
        answeredAt: attempt.answeredAt,
        marks,
        leftOut: (attempt.marks?.length ?? 0) - marks.length,
        score: score.score,
        lines: marks.length > 0 ? tallyLines(score) : [],
      }
    })
    .sort((a, b) => a.question.paragraph - b.question.paragraph)
}
