import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/question'
import { checkAnswer, UNCHECKABLE } from '../../../src/questions/checkAnswer'
import { isQuestionType, kindFor, kindOf, QUESTION_TYPES, readAnyResponse } from '../../../src/questions/types/registry'
import { bank } from '../helpers'


describe('the question type registry', () => {
  it('has one kind per type, each named for its own type', () => {
    expect(new Set(QUESTION_TYPES).size).toBe(QUESTION_TYPES.length)
    for (const type of QUESTION_TYPES) expect(kindFor(type).type).toBe(type)
  })

  it('generates questions of every type, each of its kind’s own type', () => {
    for (const type of QUESTION_TYPES) expect(bank.some((question) => question.type === type), type).toBe(true)
  })

  it('gives every question an empty response its own kind reads back, and that is not ready unless the type allows checking it as shown', () => {
    for (const question of bank) {
      const kind = kindOf(question)
      const empty = kind.emptyResponse(question)
      expect(kind.readResponse(empty), question.id).toEqual(empty)
      expect(readAnyResponse(empty), question.id).toEqual(empty)
      // Only ordering starts from an answer (the items as shown); every other type waits for input.
      expect(kind.isReady(question, empty), question.id).toBe(question.type === 'ordering')
    }
  })

  it('names the right answer of every question without an answer given', () => {
    for (const question of bank) {
      const result = checkAnswer(question, undefined)
      expect(result.correct).toBe(false)
      expect(result.expected, question.id).not.toBe('')
      expect(result.invalid, question.id).toBeTruthy()
    }
  })

  it('refuses a type it does not know, and checks such a question as uncheckable', () => {
    expect(isQuestionType('essay')).toBe(false)
    expect(isQuestionType('toString')).toBe(false)
    for (const type of ['essay', 'toString']) {
      const stray = { ...(bank[0] as Question), type } as unknown as Question
      expect(() => kindOf(stray)).toThrow(TypeError)
      expect(checkAnswer(stray, { kind: 'choice', choiceId: 'a' })).toMatchObject({ correct: false, invalid: UNCHECKABLE })
    }
  })
})
