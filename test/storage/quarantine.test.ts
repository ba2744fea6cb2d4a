import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import { dayOf, packDay } from '../../src/storage/attemptDays'
import { quarantineDownload, repairSettings, sortProgress } from '../../src/storage/quarantine'
import { defaultSettings, type AttemptDay } from '../../src/storage/schema'
import { IDBFactory, T0, answer, openRepo, putRaw, rawRecords, storedAttempts } from './helpers'

describe('corrupt records', () => {
  it('are moved raw into quarantine with their store, key and reason; the rest loads', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.recordAttempt(answer({ id: 'good-1' }))
    await repo.recordAttempt(answer({ id: 'good-2', factIds: ['fact-b'] }))
    repo.close()
    const badScore = { ...answer({ id: 'bad-score' }), score: 7 }
    const notAnAttempt = { id: 'junk', hello: 'world', when: new Date(T0) }
    await putRaw(factory, 'attempts', [{ value: badScore }, { value: notAnAttempt }])

    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['good-1', 'good-2'])
    expect(loaded.quarantined).toHaveLength(2)
    const byKey = new Map(loaded.quarantined.map((item) => [item.key, item]))
    expect(byKey.get('bad-score')).toMatchObject({ store: 'attempts', raw: badScore, message: 'score: expected a number between 0 and 1' })
    expect(byKey.get('junk')?.raw).toEqual(notAnAttempt)
    expect(byKey.get('junk')?.message).toContain('questionId: missing; questionType: missing')
    // Moved, not copied: storage holds only valid attempts now; nothing was deleted outright.
    expect((await storedAttempts(factory)).map((attempt) => attempt.id).sort()).toEqual(['good-1', 'good-2'])
    expect(await rawRecords(factory, 'quarantine')).toHaveLength(2)

    // A second load finds nothing new to set aside, and still reports what is in quarantine.
    const again = await reopened.load()
    expect(again.quarantined.map((item) => item.key).sort()).toEqual(['bad-score', 'junk'])
    reopened.close()
  })

  it('a day with a bad entry gives up only that entry and is rewritten with the rest', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    for (const id of ['d-1', 'd-2', 'd-3']) await repo.recordAttempt(answer({ id }))
    repo.close()
    const [stored] = (await rawRecords(factory, 'attemptDays')) as AttemptDay[]
    if (!stored) throw new Error('no day stored')
    // The second entry's score is out of range, and the third's id column entry is missing.
    const damaged = { ...stored, columns: { ...stored.columns, score: [1, 7, 1], id: ['d-1', 'd-2'] } }
    await putRaw(factory, 'attemptDays', [{ value: damaged }])

    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['d-1'])
    expect(loaded.quarantined.map(({ store, key, message }) => ({ store, key, message }))).toEqual([
      { store: 'attemptDays', key: stored.day, message: 'score: expected a number between 0 and 1' },
      { store: 'attemptDays', key: stored.day, message: 'id: missing' },
    ])
    // Each entry is kept as it was found, every field it had.
    expect(loaded.quarantined[0]?.raw).toMatchObject({ id: 'd-2', score: 7, questionId: 'who_said:fact-a' })
    expect(loaded.quarantined[1]?.raw).not.toHaveProperty('id')
    expect(loaded.quarantined[1]?.raw).toMatchObject({ score: 1, answeredAt: stored.columns.answeredAt[2] })
    expect((await storedAttempts(factory)).map((attempt) => attempt.id)).toEqual(['d-1'])
    expect((await reopened.load()).quarantined).toHaveLength(2)
    reopened.close()
  })

  it('a day that cannot be read as one is quarantined whole; other days load', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.recordAttempt(answer({ id: 'kept', answeredAt: T0 }))
    repo.close()
    const broken = { day: dayOf(T0) + 1, columns: { id: ['x'], score: 'not a list' } }
    await putRaw(factory, 'attemptDays', [{ value: broken }, { value: { day: dayOf(T0) + 2, note: 'no columns' } }])

    const reopened = await openRepo(factory)
    const history = await reopened.loadHistory()
    expect(history.attempts.map((attempt) => attempt.id)).toEqual(['kept'])
    expect(history.quarantined).toMatchObject([
      { store: 'attemptDays', key: dayOf(T0) + 1, raw: broken, message: 'columns.score: expected a list' },
      { store: 'attemptDays', key: dayOf(T0) + 2, raw: { note: 'no columns' } },
    ])
    expect(((await rawRecords(factory, 'attemptDays')) as AttemptDay[]).map((day) => day.day)).toEqual([dayOf(T0)])
    reopened.close()
  })

  it('a day with fields this version does not know keeps them aside, whole, and still counts its attempts', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.recordAttempt(answer({ id: 'h-1' }))
    repo.close()
    const [stored] = (await rawRecords(factory, 'attemptDays')) as AttemptDay[]
    if (!stored) throw new Error('no day stored')
    const withHint = { ...stored, columns: { ...stored.columns, hint: ['look at paragraph 2'] } }
    await putRaw(factory, 'attemptDays', [{ value: withHint }])

    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(['h-1'])
    expect(loaded.quarantined).toMatchObject([{ store: 'attemptDays', key: stored.day, raw: withHint }])
    expect(loaded.quarantined[0]?.message).toContain('columns.hint')
    // Written back as the app writes days; a second load has nothing new to set aside.
    expect(await rawRecords(factory, 'attemptDays')).toEqual([stored])
    expect((await reopened.load()).quarantined).toHaveLength(1)
    reopened.close()
  })

  it('a corrupt card is quarantined and rebuilt from the fact’s attempts', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    const attempts = [
      (await repo.recordAttempt(answer({ id: 'x1', answeredAt: T0 }))).attempt,
      (await repo.recordAttempt(answer({ id: 'x2', answeredAt: T0 + 86_400_000 }))).attempt,
    ]
    repo.close()
    await putRaw(factory, 'cards', [{ value: { factId: 'fact-a', due: 'soon' } }])

    // The start of a load does not read the history, except to rebuild a card like this one.
    const reopened = await openRepo(factory)
    const start = await reopened.loadStart()
    expect(start.quarantined).toMatchObject([{ store: 'cards', key: 'fact-a', raw: { factId: 'fact-a', due: 'soon' } }])
    expect(start.cards).toEqual([replayAttempts(attempts).get('fact-a')])
    const loaded = await reopened.load()
    expect(loaded.quarantined).toHaveLength(1)
    expect(loaded.cards).toEqual(start.cards)
    reopened.close()
  })

  it('a corrupt card met while recording is quarantined and the answer still counts', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.recordAttempt(answer({ id: 'y1' }))
    await putRaw(factory, 'cards', [{ value: { factId: 'fact-a', reps: -1 } }])
    const recorded = await repo.recordAttempt(answer({ id: 'y2' }))
    expect(recorded.cards[0]?.reps).toBe(2)
    expect(await repo.listQuarantine()).toMatchObject([{ store: 'cards', key: 'fact-a' }])
    repo.close()
  })

  it('bad settings keep every readable field; the raw value goes to quarantine', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.saveSettings({ theme: 'dark' })
    repo.close()
    const raw = { theme: 'dark', textSize: 'huge', quizLength: 12, dailyGoal: -3 }
    await putRaw(factory, 'settings', [{ key: 'current', value: raw }])

    const reopened = await openRepo(factory)
    const loaded = await reopened.load()
    expect(loaded.settings).toEqual({ ...defaultSettings(), theme: 'dark', quizLength: 12 })
    expect(loaded.quarantined).toHaveLength(1)
    expect(loaded.quarantined[0]).toMatchObject({ store: 'settings', raw })
    expect(loaded.quarantined[0]?.message).toBe('textSize: expected normal, large or larger; dailyGoal: expected a whole number from 1 to 500')
    reopened.close()
  })

  it('a session that is not a JSON object is quarantined and the learner starts with none', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.saveQuiz({ version: 1, id: 'q1' })
    repo.close()
    await putRaw(factory, 'session', [{ key: 'current', value: ['not', 'a', 'session'] }])
    const reopened = await openRepo(factory)
    expect(await reopened.loadQuiz('current')).toBeNull()
    expect(await reopened.listQuarantine()).toMatchObject([{ store: 'session', key: 'current', raw: ['not', 'a', 'session'] }])
    // The good one is still offered.
    expect((await reopened.listQuizzes()).map((quiz) => quiz.id)).toEqual(['q1'])
    reopened.close()
  })

  it('a corrupt snapshot is quarantined when snapshots are listed', async () => {
    const factory = new IDBFactory()
    const repo = await openRepo(factory)
    await repo.takeSnapshot()
    await putRaw(factory, 'snapshots', [{ value: { id: 'broken', takenAt: 'never' } }])
    const list = await repo.listSnapshots()
    expect(list).toHaveLength(1)
    expect(await repo.listQuarantine()).toMatchObject([{ store: 'snapshots', key: 'broken' }])
    expect(await repo.restoreSnapshot('broken')).toBeUndefined()
    repo.close()
  })

  it('can be downloaded as JSON, and leaves quarantine only on the learner’s word', async () => {
    const factory = new IDBFactory()
    await openRepo(factory).then((repo) => repo.close())
    await putRaw(factory, 'attempts', [{ value: { id: 'odd', blob: new Map([['k', 1n]]), at: new Date(T0), n: NaN } }])
    const repo = await openRepo(factory)
    const { quarantined } = await repo.load()
    const file = JSON.parse(await repo.downloadQuarantine())
    expect(file.format).toBe('close-read-quarantine')
    expect(file.items[0]).toMatchObject({
      store: 'attempts',
      key: 'odd',
      raw: { id: 'odd', blob: { $map: [['k', '1n']] }, at: new Date(T0).toISOString(), n: 'NaN' },
    })
    await repo.discardQuarantined(quarantined.map((item) => item.id))
    expect(await repo.listQuarantine()).toEqual([])
    repo.close()
  })
})

describe('sortProgress (pure)', () => {
  it('sorts valid attempts by time and cards by fact, and asks for nothing to be written when all is well', () => {
    const a = { ...answer({ id: 'b', answeredAt: T0 + 5 }) }
    const b = { ...answer({ id: 'a', answeredAt: T0 + 5 }) }
    const c = { ...answer({ id: 'c', answeredAt: T0 }) }
    const day = packDay(dayOf(T0), [a])
    const sorted = sortProgress({ attemptDays: [{ key: day.day, value: day }], attempts: [b, c].map((value) => ({ key: value.id, value })) })
    expect(sorted.attempts.map((attempt) => attempt.id)).toEqual(['c', 'a', 'b'])
    expect(sorted.rejected).toEqual([])
    expect(sorted.repaired).toEqual({ cards: [], clearSession: false, days: [] })
  })

  it('repairSettings: missing settings are defaults without complaint; a non-object is replaced', () => {
    expect(repairSettings(undefined)).toEqual({ settings: defaultSettings() })
    expect(repairSettings({ theme: 'light' })).toEqual({ settings: { ...defaultSettings(), theme: 'light' } })
    expect(repairSettings('dark')).toMatchObject({ settings: defaultSettings(), message: 'expected settings (an object)' })
  })

  it('quarantineDownload writes what JSON can hold', () => {
    const text = quarantineDownload([{ id: 'q', store: 'cards', key: 'k', raw: new Uint8Array([1, 2]), message: 'm', quarantinedAt: 1 }], 2)
    expect(JSON.parse(text).items[0].raw).toEqual({ $bytes: [1, 2] })
  })
})
