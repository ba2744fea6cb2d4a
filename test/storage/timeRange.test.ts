// Bug 1 of issue 31: a time that passes validation but that Date cannot hold (answeredAt: 1e16)
// blanked the Progress page for good. Every time field is bounded to what Date can show.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { dayDate, localDay } from '../../src/engine/statsCalendar'
import { parseImportValue } from '../../src/storage/backup'
import { packDay } from '../../src/storage/attemptDays'
import { AttemptSchema, FactCardSchema, MAX_EPOCH_MS, SnapshotSchema, check } from '../../src/storage/schema'
import { IDBFactory, T0, answer, openRepo, putRaw } from './helpers'

const FAR = [1e16, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, Number.NaN, -1]

describe('time fields', () => {
  it('accept any time Date can show as a calendar day, and refuse the rest', () => {
    const attempt = { ...answer(), id: 'a' }
    expect(check(AttemptSchema, { ...attempt, answeredAt: MAX_EPOCH_MS }).ok).toBe(true)
    expect(() => dayDate(localDay(MAX_EPOCH_MS, 14 * 60))).not.toThrow()
    for (const time of FAR) {
      expect(check(AttemptSchema, { ...attempt, answeredAt: time }).ok, String(time)).toBe(false)
    }
    const card = { factId: 'f', due: T0, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 2 }
    expect(check(FactCardSchema, { ...card, due: 1e16 }).ok).toBe(false)
    expect(check(FactCardSchema, { ...card, lastReview: 1e16 }).ok).toBe(false)
  })

  it('a backup with a far-future time in any time field is refused with a message, naming the field', () => {
    const file = { format: 'close-read-progress', version: 1, exportedAt: T0, attempts: [{ ...answer(), id: 'a' }], cards: [], settings: {} }
    expect(parseImportValue(file).ok).toBe(true)
    const cases: [string, unknown][] = [
      ['attempts[0].answeredAt', { ...file, attempts: [{ ...answer(), id: 'a', answeredAt: 1e16 }] }],
      ['exportedAt', { ...file, exportedAt: 1e16 }],
      ['cards[0].due', { ...file, cards: [{ factId: 'f', due: 1e16, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 2 }] }],
    ]
    for (const [path, value] of cases) {
      const parsed = parseImportValue(value)
      expect(parsed.ok, path).toBe(false)
      if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(`${path}: expected a time`)
    }
    expect(check(SnapshotSchema, { id: 's', takenAt: 1e16, reason: 'manual', data: file }).ok).toBe(false)
  })

  it('stored records with a far-future time are quarantined on load, and the rest still loads', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.recordAttempt(answer({ id: 'good' }))
    repo.close()
    const far = { ...answer(), id: 'far', answeredAt: 1e16 }
    // A day record holding the far-future attempt (as a corrupted store or an old import left it).
    await putRaw(factory, 'attemptDays', [{ value: packDay(Math.floor(1e16 / 86_400_000), [far]) }])
    await putRaw(factory, 'cards', [
      { value: { factId: 'fact-far', due: 1e16, stability: 1, difficulty: 1, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 2 } },
    ])
    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['good'])
    expect(loaded.cards.map((card) => card.factId)).not.toContain('fact-far')
    expect(loaded.quarantined.map((item) => item.store).sort()).toEqual(['attemptDays', 'cards'])
    for (const item of loaded.quarantined) expect(item.message).toContain('expected a time')
    reopened.close()
  })
})
