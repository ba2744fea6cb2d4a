import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import type { AttemptInput } from '../../src/storage/progressRepository'
import { defaultSettings } from '../../src/storage/schema'
import { IDBFactory, T0, answer, counterIds, openRepo, storedAttempts } from './helpers'

describe('openProgressRepository', () => {
  it('starts empty, with default settings, saving to IndexedDB', async () => {
    const repo = await openRepo(new IDBFactory())
    const loaded = await repo.load()
    expect(loaded).toEqual({
      attempts: [],
      cards: [],
      settings: defaultSettings(),
      quizzes: [],
      quarantined: [],
      status: { persistent: true },
    })
    repo.close()
  })

  it('keeps attempts, cards, settings and the session across a reload', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const first = await repo.recordAttempt(answer({ id: 'a1', factIds: ['fact-a', 'fact-b'] }))
    await repo.recordAttempt(answer({ id: 'a2', correct: false, score: 0 }))
    await repo.saveSettings({ theme: 'dark', quizLength: 20 })
    await repo.saveQuiz({ version: 1, id: 'quiz-1', position: 2 })
    repo.close()

    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['a1', 'a2'])
    expect(first.cards.map((card) => card.factId)).toEqual(['fact-a', 'fact-b'])
    expect(loaded.cards).toEqual([...replayAttempts(loaded.attempts).values()].sort((a, b) => a.factId.localeCompare(b.factId)))
    expect(loaded.settings).toMatchObject({ theme: 'dark', quizLength: 20, textSize: 'normal' })
    expect(loaded.quizzes).toEqual([{ id: 'quiz-1', value: { version: 1, id: 'quiz-1', position: 2 } }])
    expect(await reopened.loadQuiz('quiz-1')).toEqual({ version: 1, id: 'quiz-1', position: 2 })
    reopened.close()
  })

  it('gives an attempt an id from the injected id function when it has none', async () => {
    const repo = await openRepo(new IDBFactory(), { newId: counterIds('uuid') })
    const withoutId: AttemptInput = answer()
    delete withoutId.id
    const recorded = await repo.recordAttempt(withoutId)
    expect(recorded.attempt.id).toBe('uuid-1')
    repo.close()
  })

  it('records an attempt once, even if the call is repeated', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const input = answer({ id: 'same' })
    await repo.recordAttempt(input)
    const again = await repo.recordAttempt(input)
    expect(again.duplicate).toBe(true)
    expect((await repo.load()).cards[0]?.reps).toBe(1)
    expect(await storedAttempts(factory)).toHaveLength(1)
    repo.close()
  })

  it('an id already recorded on another day is a duplicate too: one attempt, one card update', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const first = answer({ id: 'twice', answeredAt: T0 })
    await repo.recordAttempt(first)
    const again = await repo.recordAttempt({ ...first, answeredAt: T0 + 3 * 86_400_000 })
    expect(again).toMatchObject({ duplicate: true, attempt: { id: 'twice', answeredAt: T0 } })
    const loaded = await repo.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['twice'])
    expect(loaded.cards[0]?.reps).toBe(1)
    // So the export still imports.
    const exported = await repo.exportAll()
    const fresh = await openRepo(new IDBFactory())
    await expect(fresh.importMerge(exported)).resolves.toMatchObject({ addedAttempts: [expect.objectContaining({ id: 'twice' })] })
    fresh.close()
    repo.close()
  })

  it('stores the learner’s own rating with the attempt, so a replay gives the same card', async () => {
    const repo = await openRepo(new IDBFactory())
    const recorded = await repo.recordAttempt(answer({ responseMs: 1000 }), 2)
    expect(recorded.attempt.rating).toBe(2)
    expect(replayAttempts([recorded.attempt]).get('fact-a')).toEqual(recorded.cards[0])
    repo.close()
  })

  it('refuses an attempt that is not valid, naming the field', async () => {
    const repo = await openRepo(new IDBFactory())
    await expect(repo.recordAttempt(answer({ score: 2 }))).rejects.toThrow('score: expected a number between 0 and 1')
    await expect(repo.saveSettings({ quizLength: 3 })).rejects.toThrow('quizLength: expected a whole number from 5 to 50')
    await expect(repo.saveQuiz([1, 2] as unknown as object)).rejects.toThrow('expected a JSON object')
    await expect(repo.saveQuiz({ version: 1 })).rejects.toThrow('expected a text id')
    expect((await repo.load()).attempts).toEqual([])
    repo.close()
  })

  it('changes only the settings given, so two tabs changing different settings keep both', async () => {
    const factory = new IDBFactory()
    const tabA = await openRepo(factory)
    const tabB = await openRepo(factory)
    await Promise.all([tabA.saveSettings({ theme: 'dark' }), tabB.saveSettings({ dailyGoal: 25 })])
    expect((await tabA.load()).settings).toMatchObject({ theme: 'dark', dailyGoal: 25 })
    tabA.close()
    tabB.close()
  })

  it('keeps each quiz under its own id, and removes only the one asked', async () => {
    const repo = await openRepo(new IDBFactory())
    await repo.saveQuiz({ version: 1, id: 'a' })
    await repo.saveQuiz({ version: 1, id: 'b' })
    await repo.removeQuiz('a')
    expect(await repo.loadQuiz('a')).toBeNull()
    expect(await repo.listQuizzes()).toEqual([{ id: 'b', value: { version: 1, id: 'b' } }])
    repo.close()
  })

  it('keeps a session value raw, including fields the storage layer knows nothing about', async () => {
    const repo = await openRepo(new IDBFactory())
    const session = { version: 7, id: 's', nested: { list: [1, 'two', null, true] }, finishedAt: undefined }
    await repo.saveQuiz(session)
    expect(await repo.loadQuiz('s')).toEqual({ version: 7, id: 's', nested: { list: [1, 'two', null, true] } })
    repo.close()
  })

  it('writes progress with strict durability', async () => {
    const factory = new IDBFactory()
    const seen: string[] = []
    const original = IDBDatabase.prototype.transaction
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (args[1] === 'readwrite') seen.push(args[2]?.durability ?? 'default')
      return original.apply(this, args)
    }
    try {
      const repo = await openRepo(factory)
      await repo.recordAttempt(answer({ answeredAt: T0 }))
      repo.close()
    } finally {
      IDBDatabase.prototype.transaction = original
    }
    expect(seen.length).toBeGreaterThan(0)
    expect(new Set(seen)).toEqual(new Set(['strict']))
  })
})
