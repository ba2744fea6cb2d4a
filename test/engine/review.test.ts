import { describe, expect, it } from 'vitest'
import { latestAttempts, masteredQuestionCount, mistakeQuestionIds, reviewQuestionIds } from '../../src/engine/review'
import { newFactCard } from '../../src/engine/schedule'
import type { Question } from '../../src/domain/question'
import type { Attempt, FactCard } from '../../src/domain/progress'
import { cloze, singleChoice, whoSaid } from './fixtures'

function attempt(questionId: string, correct: boolean, answeredAt: number, factIds = ['f1']): Attempt {
  return { id: `${questionId}-${answeredAt}`, questionId, questionType: 'single_choice', factIds, topics: ['t'], correct, score: correct ? 1 : 0, responseMs: 1000, answeredAt }
}

describe('latestAttempts and mistakes', () => {
  it('keeps the latest attempt per question, whatever the order they arrive in', () => {
    const latest = latestAttempts([attempt('q1', false, 20), attempt('q1', true, 10), attempt('q2', true, 5)])
    expect(latest.get('q1')?.answeredAt).toBe(20)
    expect(latest.size).toBe(2)
  })

  it('lists questions whose latest answer was wrong, most recent first, and forgets fixed ones', () => {
    const attempts = [attempt('q1', false, 10), attempt('q2', false, 30), attempt('q3', false, 20), attempt('q3', true, 40)]
    expect(mistakeQuestionIds(attempts)).toEqual(['q2', 'q1'])
  })
})

describe('mastery and review', () => {
  const questions: Question[] = [
    { ...singleChoice, factIds: ['f1'] },
    { ...whoSaid, factIds: ['f1'] },
    { ...cloze, factIds: ['f2'] },
  ]

  it('counts a question as mastered only when all of its facts are', () => {
    const mastered: FactCard = { ...newFactCard('f1', 0), state: 2, stability: 30 }
    expect(masteredQuestionCount(questions, new Map([['f1', mastered]]))).toBe(2)
    expect(masteredQuestionCount(questions, new Map())).toBe(0)
  })

  it('offers one question per due fact, the one asked least recently', () => {
    const cards = [{ ...newFactCard('f1', 0), due: 100 }, { ...newFactCard('f2', 0), due: 10_000 }]
    const attempts = [attempt(singleChoice.id, true, 50)]
    expect(reviewQuestionIds(questions, cards, attempts, 1_000)).toEqual([whoSaid.id])
    expect(reviewQuestionIds(questions, cards, attempts, 20_000)).toEqual([whoSaid.id, cloze.id])
  })
})
