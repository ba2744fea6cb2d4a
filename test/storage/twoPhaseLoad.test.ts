import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { MemoryBackend } from '../../src/storage/backend'
import { readHistory } from '../../src/storage/operations'
import { IDBFactory, T0, answer, counterIds, openRepo } from './helpers'

describe('loading in two steps: the start, then the history', () => {
  it('the start has the cards, settings and session; the history has every attempt in time order', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    // Recorded out of time order, so the history's order is not simply the order of writing.
    await repo.recordAttempt(answer({ id: 'b', answeredAt: T0 + 2000, factIds: ['fact-b'] }))
    await repo.recordAttempt(answer({ id: 'a', answeredAt: T0 + 1000 }))
    await repo.saveSettings({ dailyGoal: 15 })
    await repo.saveSession({ version: 1, id: 'quiz-1' })
    const whole = await repo.load()
    repo.close()

    const reopened = await openRepo(factory)
    const start = await reopened.loadStart()
    expect(start).not.toHaveProperty('attempts')
    expect(start.cards).toEqual(whole.cards)
    expect(start.settings.dailyGoal).toBe(15)
    expect(start.session).toEqual({ version: 1, id: 'quiz-1' })
    const history = await reopened.loadHistory()
    expect(history.attempts.map((attempt) => attempt.id)).toEqual(['a', 'b'])
    expect(history.attempts).toEqual(whole.attempts)
    reopened.close()
  })

  it('reads a history longer than one page completely, each attempt once', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const { settings } = await repo.loadStart()
    const attempts = Array.from({ length: 2345 }, (_, n) => ({ ...answer({ id: `h-${String(n).padStart(5, '0')}`, answeredAt: T0 + n }) }))
    await repo.importMerge({ format: 'close-read-progress', version: 1, exportedAt: T0, attempts, cards: [], settings })
    repo.close()

    const reopened = await openRepo(factory)
    const { attempts: read } = await reopened.loadHistory()
    expect(read).toHaveLength(2345)
    expect(new Set(read.map((attempt) => attempt.id)).size).toBe(2345)
    expect(read.map((attempt) => attempt.id)).toEqual(attempts.map((attempt) => attempt.id))
    reopened.close()
  })

  it('quarantines an unreadable attempt met in the history, page by page, and keeps the rest', async () => {
    const backend = new MemoryBackend()
    const good = Array.from({ length: 7 }, (_, n) => answer({ id: `m-${n}`, answeredAt: T0 + n }))
    await backend.transact(['attempts'], 'readwrite', async (tx) => {
      for (const attempt of good) await tx('attempts').put(attempt)
      await tx('attempts').put({ id: 'm-3x', score: 'abc' })
    })
    const stamp = { now: T0, newId: counterIds('q') }
    const read = await backend.transact(['attempts', 'quarantine'], 'readwrite', (tx) => readHistory(tx, stamp, 3))
    expect(read.attempts.map((attempt) => attempt.id)).toEqual(good.map((attempt) => attempt.id))
    expect(read.newlyQuarantined).toMatchObject([{ store: 'attempts', key: 'm-3x', raw: { id: 'm-3x', score: 'abc' } }])
    const left = await backend.transact(['attempts'], 'readonly', (tx) => tx('attempts').getAllKeys())
    expect(left).toEqual(good.map((attempt) => attempt.id))
  })
})
