import { describe, expect, it } from 'vitest'
import { summarizeSession } from '../../src/engine/results'
import { formatPoints, scoreLine, scorePercent } from '../../src/engine/score'
import { totals } from '../../src/engine/stats'
import { gradeSubmission } from '../../src/classroom/classTable'
import { createSession } from '../../src/engine/session'
import { submitAnswer } from '../../src/engine/answer'
import type { Question, Response } from '../../src/domain/question'
import type { QuizSession } from '../../src/domain/quiz'
import { multiSelect, singleChoice, trueFalse } from './fixtures'

describe('one scoring model', () => {
  it('writes points and percentages one way', () => {
    expect(formatPoints(4.0833)).toBe('4.1')
    expect(formatPoints(3)).toBe('3')
    expect(scorePercent(4.0833, 10)).toBe(41)
    expect(scoreLine(6.5, 10)).toBe('6.5 of 10 points · 65%')
  })

  it('gives Results, Progress and the teacher’s table the same figures for the same answers', () => {
    const questions: Question[] = [singleChoice, trueFalse, multiSelect]
    const responses: Response[] = [
      { kind: 'choice', choiceId: singleChoice.answer as string },
      { kind: 'choice', choiceId: 'nope' },
      // Two of the three right answers, no wrong pick: partly right.
      { kind: 'choices', choiceIds: multiSelect.answer.slice(0, 2) },
    ]
    let session: QuizSession = createSession('s', { mode: 'test', title: 't', source: 's', questionIds: questions.map((q) => q.id), timeLimit: { kind: 'off' } }, 0)
    questions.forEach((question, index) => {
      session = { ...submitAnswer(session, question, responses[index]!, 1000 * (index + 1)).session, position: Math.min(index + 1, questions.length - 1) }
    })
    const results = summarizeSession(session, new Map(questions.map((q) => [q.id, q])), 10_000)
    expect(results.correct).toBe(1)
    expect(results.partly).toBe(1)
    const attempts = Object.values(session.answers).map((answer) => ({ ...answer, questionType: 'x', factIds: [], topics: [], mode: 'test' as const }))
    const progress = totals(attempts as never)
    const teacher = gradeSubmission({ name: 'A', durationSeconds: 10, answers: new Map(responses.map((r, i) => [i, r])) } as never, questions)
    expect(formatPoints(results.points)).toBe(formatPoints(teacher.points))
    expect(scorePercent(results.points, results.total)).toBe(Math.round(progress.accuracy * 100))
    expect(scoreLine(results.points, results.total)).toBe('1.7 of 3 points · 56%')
  })
})
