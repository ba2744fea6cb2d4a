// word_choice: tap a judgement word, say whose it is, pick the neutral rewording (three parts, partial credit).
import type { ResponseOf } from '../../../domain/question'
import type { QuestionKind } from '../kind'
import { quoted } from '../../generators/text'
import { choiceText, idsOf, indexIn, letter, letterOf, spokenNumbered } from '../shared/text'
import { spanText, wordsOf } from '../shared/words'
import { checkWordChoice } from './check'
import { rewordingQuestion, whoseQuestion } from './text'
import type { WordChoiceQuestion } from './model'

type WordChoiceResponse = ResponseOf<'word_choice'>

function read(value: unknown): WordChoiceResponse | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { kind, first, last, holder, rewording } = value as Record<string, unknown>
  const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= -1
  return kind === 'word_choice' && isIndex(first) && isIndex(last) && typeof holder === 'string' && typeof rewording === 'string'
    ? { kind, first, last, holder, rewording }
    : undefined
}


const word = (q: WordChoiceQuestion): string => {
  const key = q.answer.keys[0]
  return key ? quoted(spanText(q.sentence, wordsOf(q.sentence), key)) : ''
}

/** On paper and in flashcards: the sentence, then the two questions; the letters run on across both. */
const paperText = (q: WordChoiceQuestion): string =>
  `${q.prompt} “${q.sentence}” Then: ${whoseQuestion(q)} (${letter(0)}–${letter(q.holders.length - 1)}) ${rewordingQuestion(q)} (${letter(q.holders.length)}–${letter(q.holders.length + q.rewordings.length - 1)})`

export const wordChoiceKind: QuestionKind<WordChoiceQuestion, WordChoiceResponse> = {
  type: 'word_choice',
  label: 'Word choice',
  readResponse: read,
  check: (question, response) => checkWordChoice(question, response),
  rightResponse: (question) => ({ kind: 'word_choice', ...(question.answer.keys[0] ?? { first: 0, last: 0 }), holder: question.answer.holder, rewording: question.answer.rewording }),
  emptyResponse: () => ({ kind: 'word_choice', first: -1, last: -1, holder: '', rewording: '' }),
  isReady: (_question, response) => response.first >= 0 && response.last >= 0 && response.holder !== '' && response.rewording !== '',
  hint: () => 'Tap a word, then answer the two questions about the word named.',
  component: () => import('./WordChoiceAnswer.vue'),
  options: (question) => [...question.holders, ...question.rewordings],
  speech: (question) => [
    `Paragraph ${question.paragraph}: ${question.sentence}`,
    `${whoseQuestion(question)} ${spokenNumbered(question.holders)}`,
    `${rewordingQuestion(question)} ${spokenNumbered(question.rewordings)}`,
  ],
  display: (question) => ({ passage: question.sentence, options: [...question.holders, ...question.rewordings].map((c) => c.text) }),
  paper: { instruction: 'Underline a word that carries a judgement, then circle one letter for each question.', line: 'none' },
  promptText: paperText,
  answerText: (question, separator) =>
    [word(question), choiceText(question.holders, question.answer.holder), choiceText(question.rewordings, question.answer.rewording)].join(separator),
  answerKey: (question) =>
    `${word(question)}; ${letterOf(question.holders, question.answer.holder)}; ${letter(question.holders.length + question.rewordings.findIndex((c) => c.id === question.answer.rewording))}`,
  // No format holds a tap and two picks in one question: the neutral rewording goes out as the choice,
  // with the sentence and the word in its text.
  exportShape: (question) => ({
    shape: 'choice',
    text: `In paragraph ${question.paragraph}, the article writes: “${question.sentence}” ${rewordingQuestion(question)}`,
    choices: question.rewordings.map((c) => ({ text: c.text, right: c.id === question.answer.rewording })),
  }),
  gradingKey: (question) => [question.id, question.type, question.paragraph, question.answer.keys, idsOf(question.holders), idsOf(question.rewordings), question.answer.holder, question.answer.rewording],
  writeResponse: (writer, question, response) => {
    const count = wordsOf(question.sentence).length
    if (response.first < 0 || response.last < response.first || response.last >= count) throw new RangeError('No selection to write')
    writer.varint(response.first).varint(response.last - response.first)
    writer.varint(indexIn(idsOf(question.holders), response.holder)).varint(indexIn(idsOf(question.rewordings), response.rewording))
  },
  readCodedResponse: (reader, question) => {
    const count = wordsOf(question.sentence).length
    const first = reader.varint(count - 1)
    const last = first + reader.varint(count - 1 - first)
    const holders = idsOf(question.holders)
    const rewordings = idsOf(question.rewordings)
    const holder = holders[reader.varint(holders.length - 1)] as string
    const rewording = rewordings[reader.varint(rewordings.length - 1)] as string
    return { kind: 'word_choice', first, last, holder, rewording }
  },
}
