import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import { quarantineDownload, repairSettings, sortProgress } from '../../src/storage/quarantine'
import { defaultSettings } from '../../src/storage/schema'
import { IDBFactory, T0, answer, openRepo, putRaw, rawRecords } from './helpers'

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
    // Moved, not copied: the store holds only valid records now; nothing was deleted outright.
    expect(await rawRecords(factory, 'attempts')).toHaveLength(2)
    expect(await rawRecords(factory, 'quarantine')).toHaveLength(2)

    // A second load finds nothing new to set aside, and still reports what is in quarantine.
    const again = await reopened.load()
    expect(again.quarantined.map((item) => item.key).sort()).toEqual(['bad-score', 'junk'])
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
    await repo.saveSession({ version: 1 })
    repo.close()
    await putRaw(factory, 'session', [{ key: 'current', value: ['not', 'a', 'session'] }])
    const reopened = await openRepo(factory)
    expect(await reopened.loadSession()).toBeNull()
    expect(await reopened.listQuarantine()).toMatchObject([{ store: 'session', key: 'current', raw: ['not', 'a', 'session'] }])
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
    const sorted = sortProgress({ attempts: [a, b, c].map((value) => ({ key: value.id, value })) })
    expect(sorted.attempts.map((attempt) => attempt.id)).toEqual(['c', 'a', 'b'])
    expect(sorted.rejected).toEqual([])
    expect(sorted.repaired).toEqual({ cards: [], clearSession: false })
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
