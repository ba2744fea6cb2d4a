import { describe, expect, it } from 'vitest'
import { formatDuration, PASS_MARK, summarizeSession } from '../../src/engine/results'
import { submitAnswer } from '../../src/engine/answer'
import { advance, createSession, finishSession } from '../../src/engine/session'
import type { Question } from '../../src/domain/question'
import { multiSelect, singleChoice, trueFalse } from './fixtures'

const tagged = {
  single: { ...singleChoice, topics: ['history'] },
  tf: { ...trueFalse, topics: ['history', 'witnesses'] },
  multi: { ...multiSelect, topics: ['witnesses'] },
}
const byId = new Map<string, Question>(Object.values(tagged).map((question) => [question.id, question]))

describe('summarizeSession', () => {
  it('adds up points, partial credit, topics, types, time and what was missed', () => {
    const ids = [tagged.single.id, tagged.tf.id, tagged.multi.id]
    let session = createSession('s', { mode: 'test', title: 't', source: 'x', questionIds: ids, timeLimit: { kind: 'off' } }, 1_000)
    session = advance(submitAnswer(session, tagged.single, { kind: 'choice', choiceId: 'a' }, 2_000).session, 2_000)
    session = advance(submitAnswer(session, tagged.tf, { kind: 'choice', choiceId: 'true' }, 3_000).session, 3_000)
    const partial = multiSelect.answer.slice(0, 1)
    session = submitAnswer(session, tagged.multi, { kind: 'choices', choiceIds: partial }, 4_000).session
    session = finishSession(session, 61_000)

    const results = summarizeSession(session, byId, 99_999)
    expect(results.total).toBe(3)
    expect(results.answered).toBe(3)
    expect(results.correct).toBe(1)
    const multiScore = session.answers[tagged.multi.id]!.score
    expect(multiScore).toBeGreaterThan(0)
    expect(multiScore).toBeLessThan(1)
    expect(results.points).toBeCloseTo(1 + multiScore)
    expect(results.ratio).toBeCloseTo((1 + multiScore) / 3)
    expect(results.passed).toBe(results.ratio >= PASS_MARK)
    expect(results.durationMs).toBe(60_000)
    expect(results.byTopic.find((tally) => tally.key === 'history')).toEqual({ key: 'history', total: 2, correct: 1, points: 1 })
    expect(results.byType.map((tally) => tally.key).sort()).toEqual(['multi_select', 'single_choice', 'true_false'])
    expect(results.missedIds).toEqual([tagged.tf.id, tagged.multi.id])
  })

  it('counts unanswered questions as missed and passes at the pass mark', () => {
    const session = createSession('s', { mode: 'test', title: 't', source: 'x', questionIds: [tagged.single.id], timeLimit: { kind: 'off' } }, 0)
    const results = summarizeSession(session, byId, 5_000)
    expect(results).toMatchObject({ total: 1, answered: 0, correct: 0, ratio: 0, passed: false, durationMs: 5_000 })
    expect(results.missedIds).toEqual([tagged.single.id])
  })
})

describe('formatDuration', () => {
  it('reads like a person would say it', () => {
    expect(formatDuration(0)).toBe('0 s')
    expect(formatDuration(38_400)).toBe('38 s')
    expect(formatDuration(245_000)).toBe('4 min 05 s')
  })
})
