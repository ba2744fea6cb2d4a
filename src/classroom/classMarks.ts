// The class's "Mark the text" answers, for the teacher: each student's score per layer (the same
// tallies the student's own feedback gives, src/questions/types/mark_layers/score.ts) and a heat map
// of the paragraph's words, each counted once per student who mis-marked it.
import { LAYERS, type Layer } from '../content/layers'
import type { Question, Response } from '../domain/question'
import { scoreResponse, usableMarks } from '../questions/types/mark_layers/check'
import { layerLabel } from '../questions/types/mark_layers/describe'
import type { LayerMark, MarkLayersQuestion } from '../questions/types/mark_layers/model'
import type { LayerTally } from '../questions/types/mark_layers/score'
import { wordsOf } from '../questions/types/shared/words'
import type { ResultSubmission } from './resultCode'

export interface StudentLayerScores {
  label: string
  /** The student answered this question (a blank one has no score). */
  answered: boolean
  /** 0..1, as graded (the F1 of the marks' precision and the keys' recall). */
  score: number
  perLayer: Record<Layer, LayerTally>
}

export interface MarkQuestionScores {
  /** The question's position in the quiz (0-based). */
  position: number
  question: MarkLayersQuestion
  /** The layers worth a column: the paragraph has one, or some student marked with it. */
  layers: Layer[]
  students: StudentLayerScores[]
}

const isMarkLayers = (question: Question): question is MarkLayersQuestion => question.type === 'mark_layers'
const marksOf = (response: Response | undefined) => (response?.kind === 'marks' ? response : undefined)

/** Every mark_layers question of the quiz, each student's score per layer; `labels` as the class table names the rows. */
export function classLayerScores(
  submissions: readonly ResultSubmission[],
  questions: readonly Question[],
  labels: readonly string[] = submissions.map((submission) => submission.name),
): MarkQuestionScores[] {
  const out: MarkQuestionScores[] = []
  questions.forEach((question, position) => {
    if (!isMarkLayers(question)) return
    const students = submissions.map((submission, i): StudentLayerScores => {
      const response = marksOf(submission.answers.get(position))
      const score = scoreResponse(question, response)
      return { label: labels[i] ?? submission.name, answered: usableMarks(question, response).length > 0, score: score.score, perLayer: score.perLayer }
    })
    const keyed = new Set(question.answer.keys.filter((key) => !key.optional).map((key) => key.layers[0]))
    const layers = LAYERS.filter((layer) => keyed.has(layer) || students.some((student) => student.perLayer[layer].marks > 0))
    out.push({ position, question, layers, students })
  })
  return out
}

export interface HeatWord {
  text: string
  /** Students who mis-marked this word. */
  count: number
}

export interface HeatRun {
  first: number
  last: number
  /** The run's words, as the article has them. */
  text: string
  count: number
  /** The article's layer for these words ("Author's position"), or "no layer". */
  article: string
  /** What those students gave these words most often, word by word ("Reported fact", "not marked"). */
  given: string
}

export interface MarkHeatMap {
  /** Students who answered (the share's denominator). */
  answered: number
  words: HeatWord[]
  /** Runs of neighbouring words mis-marked by the same number of students with the same article layer; most mis-marked first. */
  runs: HeatRun[]
}

interface WordKey {
  /** Layers any key over the word accepts. */
  accepts: Set<Layer>
  /** A required key covers it: leaving it unmarked is a miss. */
  required: boolean
  /** The article's layer as the shortest key over it says, or '' for none. */
  article: Layer | ''
}

function wordKeys(question: MarkLayersQuestion, count: number): WordKey[] {
  const out: WordKey[] = Array.from({ length: count }, () => ({ accepts: new Set<Layer>(), required: false, article: '' as Layer | '' }))
  const shortestFirst = [...question.answer.keys].sort((a, b) => b.last - b.first - (a.last - a.first))
  for (const key of shortestFirst) {
    for (let w = Math.max(0, key.first); w <= Math.min(count - 1, key.last); w++) {
      const word = out[w]!
      for (const layer of key.layers) word.accepts.add(layer)
      if (!key.optional) word.required = true
      word.article = key.layers[0]!
    }
  }
  return out
}

/** What one student gave a word: the layers of their marks over it, or '' when none. */
function givenAt(marks: readonly LayerMark[], w: number): Layer[] {
  return marks.filter((mark) => mark.first <= w && w <= mark.last).map((mark) => mark.layer)
}

/** A word is mis-marked when a mark over it has a layer the article does not give it, or the article gives it one and no mark does. */
export function isMisMarked(key: WordKey, given: readonly Layer[]): boolean {
  return given.some((layer) => !key.accepts.has(layer)) || (key.required && !given.some((layer) => key.accepts.has(layer)))
}

const givenText = (given: readonly Layer[]) => (given.length === 0 ? 'not marked' : [...new Set(given)].map(layerLabel).join(' and '))

/** The heat map of one mark_layers question over the class's responses (a blank response counts for nothing). */
export function markHeatMap(question: MarkLayersQuestion, responses: readonly (Response | undefined)[]): MarkHeatMap {
  const words = wordsOf(question.passage)
  const keys = wordKeys(question, words.length)
  const counts = words.map(() => 0)
  /** Per word, what the students who mis-marked it gave it. */
  const gave = words.map(() => new Map<string, number>())
  let answered = 0
  for (const response of responses) {
    const marks = usableMarks(question, marksOf(response))
    if (marks.length === 0) continue
    answered++
    for (let w = 0; w < words.length; w++) {
      const given = givenAt(marks, w)
      if (!isMisMarked(keys[w]!, given)) continue
      counts[w]!++
      const text = givenText(given)
      gave[w]!.set(text, (gave[w]!.get(text) ?? 0) + 1)
    }
  }

  const runs: HeatRun[] = []
  const runGave: Map<string, number>[] = []
  for (let w = 0; w < words.length; w++) {
    const count = counts[w]!
    if (count === 0) continue
    const previous = runs[runs.length - 1]
    const continues = previous && previous.last === w - 1 && previous.count === count && keys[w - 1]!.article === keys[w]!.article
    if (!continues) {
      const article = keys[w]!.article
      runs.push({ first: w, last: w, text: '', count, article: article ? layerLabel(article) : 'no layer', given: '' })
      runGave.push(new Map())
    }
    runs[runs.length - 1]!.last = w
    const tally = runGave[runGave.length - 1]!
    for (const [text, n] of gave[w]!) tally.set(text, (tally.get(text) ?? 0) + n)
  }
  runs.forEach((run, i) => {
    run.given = [...runGave[i]!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
  })
  for (const run of runs) run.text = question.passage.slice(words[run.first]!.start, words[run.last]!.end)
  runs.sort((a, b) => b.count - a.count || a.first - b.first)
  return { answered, words: words.map((word, w) => ({ text: word.text, count: counts[w]! })), runs }
}

/** The class's responses to the question at `position`, in row order. */
export const responsesAt = (submissions: readonly ResultSubmission[], position: number): (Response | undefined)[] =>
  submissions.map((submission) => submission.answers.get(position))
