import { describe, expect, it } from 'vitest'
import { questionSpeech } from '../../src/questions/speech'
import { loadQuestionBank } from '../../src/questions/bankNow'
import type { Question } from '../../src/domain/question'
import { QUESTION_TYPES } from '../../src/questions/types/registry'

const questions = loadQuestionBank().questions
const first = <T extends Question['type']>(type: T) => questions.find((q) => q.type === type) as Question & { type: T }

describe('Read aloud text', () => {
  it('reads the prompt of every type', () => {
    for (const type of QUESTION_TYPES) expect(questionSpeech(first(type)).startsWith(first(type).prompt), type).toBe(true)
  })

  it('reads the numbered choices', () => {
    const q = first('single_choice')
    const text = questionSpeech(q)
    q.choices.forEach((choice, i) => expect(text).toContain(`${i + 1}: ${choice.text}.`))
  })

  it('reads the gap sentence of a cloze with the blank', () => {
    const q = first('cloze')
    expect(questionSpeech(q)).toContain(`${q.before} blank ${q.after}`.trim())
  })

  it('reads both sides of a matching', () => {
    const q = first('matching')
    const text = questionSpeech(q)
    q.left.forEach((item, i) => expect(text).toContain(`${i + 1}: ${item.text}.`))
    for (const item of q.right) expect(text).toContain(item.text)
    expect(text.indexOf('Partners:')).toBeGreaterThan(text.indexOf(q.left.at(-1)!.text))
  })

  it('reads the items of an ordering in the order shown', () => {
    const q = first('ordering')
    const text = questionSpeech(q)
    const at = q.items.map((item) => text.indexOf(`: ${item.text}.`))
    expect(at.every((i) => i > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('reads the unit a number is asked in', () => {
    const q = questions.find((c) => c.type === 'numeric' && c.answer.unit) as Question & { type: 'numeric' }
    expect(questionSpeech(q)).toContain(`Answer in ${q.answer.unit}.`)
  })
})
