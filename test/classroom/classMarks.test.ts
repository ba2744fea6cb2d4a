// The teacher's view of a class's "Mark the text" answers: scores per layer and the heat map.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LAYERS } from '../../src/content/layers'
import { classLayerScores, markHeatMap, responsesAt } from '../../src/classroom/classMarks'
import type { ResultSubmission } from '../../src/classroom/resultCode'
import type { Response } from '../../src/domain/question'
import type { LayerMark, MarkLayersQuestion } from '../../src/questions/types/mark_layers/model'
import { keyMarks } from '../../src/questions/types/mark_layers/score'
import { wordsOf } from '../../src/questions/types/shared/words'
import { bank } from './helpers'

const markQuestions = bank.questions.filter((q): q is MarkLayersQuestion => q.type === 'mark_layers')
const singleChoice = bank.questions.find((q) => q.type === 'single_choice')!

/** A small hand-made paragraph: "A B C D E F": words 0-2 the author's view, 4 a quotation. */
const tiny: MarkLayersQuestion = {
  ...markQuestions[0]!,
  passage: 'one two three four five six',
  answer: {
    keys: [
      { first: 0, last: 2, layers: ['author'], why: 'The author’s word.' },
      { first: 4, last: 4, layers: ['quote'], why: 'Quoted.' },
    ],
  },
}
const marks = (...list: LayerMark[]): Response => ({ kind: 'marks', marks: list })
const submission = (name: string, answers: [number, Response][]): ResultSubmission => ({ quizFingerprint: 1, name, durationSeconds: 60, answers: new Map(answers) })

describe('classLayerScores', () => {
  it('scores every student on every mark_layers question of the quiz, layer by layer, blank ones as not answered', () => {
    const quiz = [singleChoice, tiny]
    const class_ = [
      submission('Ana', [[1, marks({ first: 0, last: 2, layer: 'author' }, { first: 4, last: 4, layer: 'quote' })]]),
      submission('Ben', [[1, marks({ first: 0, last: 2, layer: 'reported' })]]),
      submission('Cy', []),
    ]
    const [scores] = classLayerScores(class_, quiz, ['Ana', 'Ben', 'Cy'])
    expect(classLayerScores(class_, quiz)).toHaveLength(1)
    expect(scores!.position).toBe(1)
    expect(scores!.layers).toEqual(['reported', 'quote', 'author'])
    const [ana, ben, cy] = scores!.students
    expect(ana!.score).toBe(1)
    expect(ana!.perLayer.author).toEqual({ keys: 1, found: 1, marks: 1, right: 1 })
    expect(ben!.perLayer.author).toMatchObject({ keys: 1, found: 0 })
    expect(ben!.perLayer.reported).toEqual({ keys: 0, found: 0, marks: 1, right: 0 })
    expect(ben!.score).toBe(0)
    expect(cy!.answered).toBe(false)
  })

  it('a student who marks as the article does finds every key of every layer (property, every paragraph)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...markQuestions), (question) => {
        const [scores] = classLayerScores([submission('A', [[0, { kind: 'marks', marks: keyMarks(question.answer.keys) }]])], [question])
        const student = scores!.students[0]!
        expect(student.score).toBe(1)
        for (const layer of LAYERS) expect(student.perLayer[layer].found).toBe(student.perLayer[layer].keys)
      }),
      { numRuns: 30 },
    )
  })
})

describe('markHeatMap', () => {
  it('counts, per word, the students who marked it with a layer the article does not give it or left it unmarked', () => {
    const map = markHeatMap(tiny, [
      marks({ first: 0, last: 2, layer: 'author' }, { first: 4, last: 4, layer: 'quote' }),
      marks({ first: 0, last: 3, layer: 'reported' }),
      marks({ first: 1, last: 2, layer: 'author' }),
      undefined,
      { kind: 'marks', marks: [] },
    ])
    expect(map.answered).toBe(3)
    expect(map.words.map((w) => w.count)).toEqual([2, 1, 1, 1, 2, 0])
    expect(map.runs[0]).toMatchObject({ first: 0, last: 0, text: 'one', count: 2, article: "Author's position" })
    expect(map.runs[1]).toMatchObject({ first: 4, last: 4, text: 'five', count: 2, article: 'Attributed quote', given: 'not marked' })
    expect(map.runs).toContainEqual({ first: 3, last: 3, text: 'four', count: 1, article: 'no layer', given: 'Reported fact' })
    expect(map.runs).toContainEqual({ first: 1, last: 2, text: 'two three', count: 1, article: "Author's position", given: 'Reported fact' })
  })

  const responses = (question: MarkLayersQuestion) => {
    const count = wordsOf(question.passage).length
    const mark = fc
      .tuple(fc.nat(count - 1), fc.nat(count - 1), fc.constantFrom(...LAYERS))
      .map(([a, b, layer]): LayerMark => ({ first: Math.min(a, b), last: Math.max(a, b), layer }))
    return fc.array(fc.option(fc.array(mark, { maxLength: 6 }).map((list): Response => ({ kind: 'marks', marks: list })), { nil: undefined }), { maxLength: 8 })
  }
  const questionAndClass = fc.constantFrom(...markQuestions).chain((question) => fc.tuple(fc.constant(question), responses(question)))

  it('never counts a word more often than students answered; runs stay inside the paragraph and add up to the words’ counts (property)', () => {
    fc.assert(
      fc.property(questionAndClass, ([question, class_]) => {
        const map = markHeatMap(question, class_)
        const words = wordsOf(question.passage)
        expect(map.words).toHaveLength(words.length)
        for (const word of map.words) expect(word.count).toBeLessThanOrEqual(map.answered)
        let total = 0
        for (const run of map.runs) {
          expect(run.first).toBeGreaterThanOrEqual(0)
          expect(run.last).toBeLessThan(words.length)
          expect(run.count).toBeGreaterThan(0)
          expect(question.passage).toContain(run.text)
          for (let w = run.first; w <= run.last; w++) expect(map.words[w]!.count).toBe(run.count)
          total += run.count * (run.last - run.first + 1)
        }
        expect(total).toBe(map.words.reduce((sum, word) => sum + word.count, 0))
        for (let i = 1; i < map.runs.length; i++) expect(map.runs[i]!.count).toBeLessThanOrEqual(map.runs[i - 1]!.count)
      }),
      { numRuns: 60 },
    )
  })

  it('the article’s own marks heat no word; one more student adds at most one to a word (property)', () => {
    fc.assert(
      fc.property(questionAndClass, ([question, class_]) => {
        const right: Response = { kind: 'marks', marks: keyMarks(question.answer.keys) }
        const withRight = markHeatMap(question, [...class_, right])
        const without = markHeatMap(question, class_)
        expect(withRight.answered).toBe(without.answered + 1)
        expect(withRight.words.map((w) => w.count)).toEqual(without.words.map((w) => w.count))
        const extra = markHeatMap(question, [...class_, class_[0]])
        extra.words.forEach((word, w) => expect(word.count - without.words[w]!.count).toBeGreaterThanOrEqual(0))
        extra.words.forEach((word, w) => expect(word.count - without.words[w]!.count).toBeLessThanOrEqual(1))
      }),
      { numRuns: 60 },
    )
  })

  it('reads a quiz’s responses at one position, in row order', () => {
    const r = marks({ first: 0, last: 0, layer: 'author' })
    expect(responsesAt([submission('A', [[2, r]]), submission('B', [])], 2)).toEqual([r, undefined])
  })
})
