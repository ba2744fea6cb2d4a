import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { MemoryBackend } from '../../src/storage/backend'
import { dayOf, packDay, packDays } from '../../src/storage/attemptDays'
import { readHistory } from '../../src/storage/operations'
import type { AttemptDay } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'
import { IDBFactory, T0, answer, counterIds, openRepo } from './helpers'

describe('loading in two steps: the start, then the history', () => {
  it('the start has the cards, settings and session; the history has every attempt in time order', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    // Recorded out of time order, so the history's order is not simply the order of writing.
    await repo.recordAttempt(answer({ id: 'b', answeredAt: T0 + 2000, factIds: ['fact-b'] }))
    await repo.recordAttempt(answer({ id: 'a', answeredAt: T0 + 1000 }))
    await repo.saveSettings({ dailyGoal: 15 })
    await repo.saveQuiz({ version: 1, id: 'quiz-1' })
    const whole = await repo.load()
    repo.close()

    const reopened = await openRepo(factory)
    const start = await reopened.loadStart()
    expect(start).not.toHaveProperty('attempts')
    expect(start.cards).toEqual(whole.cards)
    expect(start.settings.dailyGoal).toBe(15)
    expect(start.quizzes).toEqual([{ id: 'quiz-1', value: { version: 1, id: 'quiz-1' } }])
    const history = await reopened.loadHistory()
    expect(history.attempts.map((attempt) => attempt.id)).toEqual(['a', 'b'])
    expect(history.attempts).toEqual(whole.attempts)
    reopened.close()
  })

  it('reads a history longer than one page completely, each attempt once', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const { settings } = await repo.loadStart()
    // An answer an hour: about 98 days, more than one page of days.
    const attempts = Array.from({ length: 2345 }, (_, n) => ({ ...answer({ id: `h-${String(n).padStart(5, '0')}`, answeredAt: T0 + n * 3_600_000 }) }))
    await repo.importMerge({ format: 'close-read-progress', version: 1, exportedAt: T0, attempts, cards: [], settings })
    repo.close()

    const reopened = await openRepo(factory)
    const { attempts: read } = await reopened.loadHistory()
    expect(read).toHaveLength(2345)
    expect(new Set(read.map((attempt) => attempt.id)).size).toBe(2345)
    expect(read.map((attempt) => attempt.id)).toEqual(attempts.map((attempt) => attempt.id))
    reopened.close()
  })

  it('quarantines what is unreadable in the history, page by page, and keeps the rest', async () => {
    const backend = new MemoryBackend()
    const DAY = 86_400_000
    const good = Array.from({ length: 7 }, (_, n) => answer({ id: `m-${n}`, answeredAt: T0 + n * DAY }))
    const damagedDay = packDay(dayOf(T0 + 3 * DAY), [good[3] as Attempt, { ...(good[3] as Attempt), id: 'm-3x', score: 2 }])
    await backend.transact(['attemptDays', 'attempts'], 'readwrite', async (tx) => {
      for (const day of packDays(good)) await tx('attemptDays').put(day)
      await tx('attemptDays').put(damagedDay)
      // Left from before v3: an attempt stored on its own that never validated.
      await tx('attempts').put({ id: 'old-x', score: 'abc' })
    })
    const stamp = { now: T0, newId: counterIds('q') }
    const read = await backend.transact(['attemptDays', 'attempts', 'quarantine'], 'readwrite', (tx) => readHistory(tx, stamp, 3))
    expect(read.attempts.map((attempt) => attempt.id)).toEqual(good.map((attempt) => attempt.id))
    expect(read.newlyQuarantined).toMatchObject([
      { store: 'attemptDays', key: damagedDay.day, raw: { id: 'm-3x', score: 2 } },
      { store: 'attempts', key: 'old-x', raw: { id: 'old-x', score: 'abc' } },
    ])
    const left = await backend.transact(['attemptDays', 'attempts'], 'readonly', async (tx) => ({
      days: (await tx('attemptDays').getAll()).map((record) => (record.value as AttemptDay).columns.id),
      single: await tx('attempts').getAllKeys(),
    }))
    expect(left).toEqual({ days: good.map((attempt) => [attempt.id]), single: [] })
  })
})
