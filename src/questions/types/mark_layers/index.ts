// mark_layers: mark a paragraph's words with the five layers; scored span by span against the knowledge base (score.ts).
import { LAYERS, type Layer } from '../../../content/layers'
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { wordsOf } from '../shared/words'
import { checkMarkLayers } from './check'
import { layerLabel, marksText } from './describe'
import type { LayerMark, MarkLayersQuestion } from './model'
import { keyMarks } from './score'

/** The letter of each layer on paper and in keys: R, Q, U, A, P. */
export const LAYER_LETTERS: Record<Layer, string> = { reported: 'R', quote: 'Q', unconfirmed: 'U', actor: 'A', author: 'P' }

const isLayer = (value: unknown): value is Layer => typeof value === 'string' && (LAYERS as readonly string[]).includes(value)
const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0

function readMarks(value: unknown): ResponseOf<'marks'> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { kind, marks } = value as Record<string, unknown>
  if (kind !== 'marks' || !Array.isArray(marks)) return undefined
  const read: LayerMark[] = []
  for (const mark of marks) {
    if (typeof mark !== 'object' || mark === null) return undefined
    const { first, last, layer } = mark as Record<string, unknown>
    if (!isIndex(first) || !isIndex(last) || last < first || !isLayer(layer)) return undefined
    read.push({ first, last, layer })
  }
  return { kind: 'marks', marks: read }
}

const PAPER = `Mark each part of the paragraph with its layer: ${LAYERS.map((layer) => `${LAYER_LETTERS[layer]} ${layerLabel(layer).toLowerCase()}`).join(', ')}.`

const keyText = (question: MarkLayersQuestion, separator: string) => marksText(question.passage, keyMarks(question.answer.keys), separator)

export const markLayersKind: QuestionKind<MarkLayersQuestion, ResponseOf<'marks'>> = {
  type: 'mark_layers',
  label: 'Mark the text',
  long: true,
  readResponse: readMarks,
  check: (question, response) => checkMarkLayers(question, response),
  rightResponse: (question) => ({ kind: 'marks', marks: keyMarks(question.answer.keys) }),
  emptyResponse: () => ({ kind: 'marks', marks: [] }),
  isReady: (_question, response) => response.marks.length > 0,
  hint: () => 'Pick a layer, then tap the first and the last word of a part of the paragraph. Mark every part you can.',
  component: () => import('./MarkLayersAnswer.vue'),
  options: () => [],
  speech: (question) => [`Paragraph ${question.paragraph}: ${question.passage}`, `The layers: ${LAYERS.map(layerLabel).join(', ')}.`],
  display: (question) => ({ passage: question.passage }),
  paper: { instruction: PAPER, line: 'none' },
  promptText: (question) => `${question.prompt}\n\n${question.passage}`,
  answerText: keyText,
  answerKey: (question) =>
    keyMarks(question.answer.keys)
      .map((mark) => `${LAYER_LETTERS[mark.layer]} ${marksText(question.passage, [mark], '').replace(/^[^:]*: /, '')}`)
      .join('; '),
  // No quiz format can hold marks on a text: an essay (Moodle grades it by hand) with the article's layers as the model answer.
  exportShape: (question) => ({ shape: 'essay', text: `${question.prompt} ${PAPER} ${question.passage}`, model: keyText(question, '; ') }),
  gradingKey: (question) => [question.id, question.type, question.paragraph, question.answer.keys.map((key) => [key.first, key.last, key.layers, !!key.optional])],
  writeResponse: (writer, question, response) => {
    const count = wordsOf(question.passage).length
    if (response.marks.length > count) throw new RangeError('More marks than words')
    writer.varint(response.marks.length)
    for (const mark of response.marks) {
      if (mark.first < 0 || mark.last < mark.first || mark.last >= count || !isLayer(mark.layer)) throw new RangeError('A mark outside the passage')
      writer.varint(mark.first).varint(mark.last - mark.first).varint(LAYERS.indexOf(mark.layer))
    }
  },
  readCodedResponse: (reader, question) => {
    const count = wordsOf(question.passage).length
    const marks: LayerMark[] = []
    const total = reader.varint(count)
    for (let i = 0; i < total; i++) {
      const first = reader.varint(count - 1)
      const last = first + reader.varint(count - 1 - first)
      marks.push({ first, last, layer: LAYERS[reader.varint(LAYERS.length - 1)] as Layer })
    }
    return { kind: 'marks', marks }
  },
}
