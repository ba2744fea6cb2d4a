import { describe, expect, it } from 'vitest'
import { escapeGift, toGift } from '../../src/classroom/gift'
import type { ExportBundle } from '../../src/classroom/exportBundle'
import { loadQuestionBank } from '../../src/questions/bankNow'
import type { ChoiceQuestion, Question } from '../../src/domain/question'
import { readGift, unescape, type GiftQuestion } from './giftReader'

const bank = loadQuestionBank().questions
const everything: ExportBundle = { title: 'Close Read: Everything', questions: bank }

function textOf(choices: { id: string; text: string }[], id: string | undefined) {
  return choices.find((choice) => choice.id === id)?.text
}

/** What the bank says each question's answers are, in the reader's terms. */
function expectMatchesBank(read: GiftQuestion, question: Question) {
  expect(read.title).toBe(question.id)
  expect(read.format).toBe('plain')
  expect(read.generalFeedback).toContain(question.explanation)
  for (const span of question.evidence) expect(read.generalFeedback).toContain(span.text)
  switch (question.type) {
    case 'multi_select': {
      expect(read.kind).toBe('choice')
      expect(read.answers.map((answer) => answer.text)).toEqual(question.choices.map((choice) => choice.text))
      const positive = read.answers.filter((answer) => (answer.weight ?? 0) > 0).map((answer) => answer.text)
      expect(positive.sort()).toEqual(question.answer.map((id) => textOf(question.choices, id)).sort())
      const total = read.answers.reduce((sum, answer) => sum + Math.max(0, answer.weight ?? 0), 0)
      expect(total).toBeCloseTo(100, 3)
      break
    }
    case 'numeric':
      expect(read.kind).toBe('numerical')
      expect(read.number).toEqual({ value: question.answer.value, tolerance: 0 })
      expect(read.text.startsWith(question.prompt)).toBe(true)
      break
    case 'cloze':
      expect(read.kind).toBe('shortanswer')
      expect(read.answers.map((answer) => answer.text)).toEqual(question.answer.accepted)
      expect(read.text).toContain(`${question.before}_____${question.after}`)
      break
    case 'matching':
    case 'source_match':
      expect(read.kind).toBe('matching')
      expect(read.answers.map((answer) => [answer.text, answer.match])).toEqual(
        question.left.map((left) => [left.text, textOf(question.right, question.answer[left.id])]),
      )
      break
    case 'ordering':
      expect(read.kind).toBe('matching')
      expect(read.answers.map((answer) => [answer.text, answer.match])).toEqual(
        question.items.map((item) => [item.text, String(question.answer.indexOf(item.id) + 1)]),
      )
      break
    case 'prove_it':
      // No way to select words in GIFT: a short answer whose model answer is the words that prove it.
      expect(read.kind).toBe('shortanswer')
      expect(read.text).toContain(question.passage)
      expect(read.answers).toHaveLength(1)
      expect(question.passage).toContain(read.answers[0]?.text)
      break
    case 'mark_layers':
      // No format can hold marks on a text: an essay, graded by hand, the article's layers as the model answer.
      expect(read.kind).toBe('essay')
      expect(read.text).toContain(question.passage)
      expect(read.generalFeedback).toMatch(/^Model answer: /)
      break
    case 'explain':
      // A written answer: an essay, graded by hand, the model answer and the checklist in the feedback.
      expect(read.kind).toBe('essay')
      expect(read.text).toBe(question.prompt)
      expect(read.generalFeedback).toContain(`Model answer: ${question.answer.model}`)
      for (const point of question.answer.checklist) expect(read.generalFeedback).toContain(point.point)
      break
    case 'true_false':
      expect(read.kind).toBe('truefalse')
      expect(read.truth).toBe(question.answer === 'true')
      expect(read.text).toBe(question.prompt)
      break
    case 'word_choice':
      // A tap and two picks in one: the neutral rewording goes out as the choice, with the sentence in its text.
      expect(read.kind).toBe('choice')
      expect(read.text).toContain(question.sentence)
      expect(read.answers.filter((answer) => answer.right).map((answer) => answer.text)).toEqual([textOf(question.rewordings, question.answer.rewording)])
      break
    default:
      expect(read.kind).toBe('choice')
      expect(read.text).toBe(question.prompt)
      expect(read.answers.map((answer) => answer.text)).toEqual(question.choices.map((choice) => choice.text))
      expect(read.answers.filter((answer) => answer.right).map((answer) => answer.text)).toEqual([textOf(question.choices, question.answer)])
  }
}

describe('GIFT export', () => {
  it('escapes every GIFT special character and the backslash, and reads back the same', () => {
    const nasty = 'a ~ b = c # d { e } f : g \\ h \\: i\nj'
    expect(escapeGift(nasty)).toBe('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h \\\\\\: i\\nj')
    expect(unescape(escapeGift(nasty))).toBe(nasty)
  })

  it('writes every question of the bank, and each reads back with the bank’s answers', () => {
    const read = readGift(toGift(everything, '2026-12-01'))
    expect(read).toHaveLength(bank.length)
    read.forEach((question, index) => expectMatchesBank(question, bank[index] as Question))
  })

  it('covers every GIFT type the bank needs', () => {
    const kinds = new Set(readGift(toGift(everything, '2026-12-01')).map((question) => question.kind))
    expect([...kinds].sort()).toEqual(['choice', 'essay', 'matching', 'numerical', 'shortanswer', 'truefalse'])
  })

  it('says in its header comment how ordering questions were written', () => {
    const header = toGift(everything, '2026-12-01').split('\n').filter((line) => line.startsWith('//'))
    expect(header.join('\n')).toMatch(/Ordering questions .* matching/)
    expect(header.join('\n')).toMatch(/Marking questions .* essays/)
    expect(header[0]).toBe('// Close Read: Everything')
  })

  it('keeps special characters in a teacher’s question, and turns an answer’s “->” into an arrow (Moodle would read pairs), and names the teacher’s set instead of the article', () => {
    const base = bank.find((question) => question.type === 'single_choice') as ChoiceQuestion
    const tricky: ChoiceQuestion = {
      ...base,
      id: 'set:abc:q1',
      prompt: 'Is {x} = 2: yes ~ or # no? C:\\path',
      choices: [
        { id: 'a', text: '=100%' },
        { id: 'b', text: '~50% -> half' },
      ],
      answer: 'b',
      evidence: [],
      explanation: 'Because: {reasons}.',
    }
    const [read] = readGift(toGift({ title: 'T', questions: [tricky], origin: () => ({ teacherSetTitle: 'Unit 3: Maps' }) }, 'today'))
    expect(read?.title).toBe('set:abc:q1')
    expect(read?.text).toBe(tricky.prompt)
    expect(read?.answers).toEqual([
      { text: '=100%', right: false, weight: undefined },
      { text: '~50% → half', right: true, weight: undefined },
    ])
    expect(read?.generalFeedback).toBe('Because: {reasons}. From “Unit 3: Maps”, written by a teacher.')
  })
})
