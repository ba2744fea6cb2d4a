import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import { syntheticAttempts } from '../../src/storage/synthetic'
import { DB_VERSION } from '../../src/storage/idbBackend'
import { LATEST_VERSION, MIGRATIONS, migrateRecord, renameV1Attempt } from '../../src/storage/migrations'
import { AttemptDaySchema, AttemptSchema, FactCardSchema, SessionValueSchema, SettingsSchema, SnapshotSchema, check, type AttemptDay } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'
import { IDBFactory, openRepo, rawRecords, storedAttempts, withoutNulls, writeFixture, type StorageFixture } from './helpers'

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/storage')
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as StorageFixture)
  .sort((a, b) => a.version - b.version)

const SCHEMAS = {
  attemptDays: AttemptDaySchema,
  attempts: AttemptSchema,
  cards: FactCardSchema,
  snapshots: SnapshotSchema,
  settings: SettingsSchema,
  session: SessionValueSchema,
} as const

describe('stored-version fixtures', () => {
  it('exist for every version, one step per version', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1))
    expect(fixtures.map((fixture) => fixture.version)).toEqual(MIGRATIONS.map((step) => step.version))
  })

  describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('version %i', (version, fixture) => {
    it('migrates record by record to data the current schema accepts', () => {
      for (const [store, records] of Object.entries(fixture.stores)) {
        const schema = SCHEMAS[store as keyof typeof SCHEMAS]
        if (!schema) continue
        for (const record of records) {
          const value = store === 'settings' || store === 'session' ? (record as { value: unknown }).value : store === 'attemptDays' ? withoutNulls(record as AttemptDay) : record
          const migrated = migrateRecord(store, value, version)
          const checked = check(schema, migrated)
          expect(checked.ok ? '' : `${store}: ${checked.message}`).toBe('')
        }
      }
    })

    it('upgrades in IndexedDB and loads whole, with nothing quarantined', async () => {
      const factory = new IDBFactory()
      await writeFixture(factory, fixture)
      const repo = await openRepo(factory)
      const loaded = await repo.load()
      expect(loaded.quarantined).toEqual([])
      expect(loaded.status).toEqual({ persistent: true })
      const stored = [
        ...((fixture.stores.attemptDays ?? []) as AttemptDay[]).flatMap((day) => day.columns.id),
        ...((fixture.stores.attempts ?? []) as { id: string }[]).map((attempt) => attempt.id),
      ]
      expect(stored.length).toBeGreaterThan(0)
      expect(loaded.attempts.map((attempt) => attempt.id)).toEqual(stored)
      expect(loaded.cards).toHaveLength(fixture.stores.cards?.length ?? 0)
      expect(loaded.quizzes).toContainEqual({ id: 'quiz-2', value: expect.objectContaining({ version: 1, id: 'quiz-2' }) })
      // Every attempt field survived the renames.
      for (const attempt of loaded.attempts) {
        expect(attempt.factIds.length).toBeGreaterThan(0)
        expect(attempt.answeredAt).toBeGreaterThan(0)
      }
      repo.close()
    })
  })

  it('v1: settings did not exist yet, so they load as defaults; the renamed fields are indexed', async () => {
    const factory = new IDBFactory()
    const v1 = fixtures[0] as StorageFixture
    await writeFixture(factory, v1)
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(loaded.settings.theme).toBe('system')
    repo.close()
    const raw = await storedAttempts(factory)
    expect(raw[0]).toMatchObject({ questionType: 'who_said', factIds: ['fact-exodus-count'], responseMs: 4200 })
    expect(raw[0]).not.toHaveProperty('type')
  })

  it('the fixtures’ cards are what replaying their attempts gives (scheduling is stable across versions)', async () => {
    const factory = new IDBFactory()
    await writeFixture(factory, fixtures[0] as StorageFixture)
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(new Map(loaded.cards.map((card) => [card.factId, card]))).toEqual(replayAttempts(loaded.attempts))
    repo.close()
  })
})

describe('v3 -> v4: a saved quiz per quiz', () => {
  it('moves the quiz saved under "current" to its own id; one without an id stays where it was', async () => {
    const v3 = fixtures.find((fixture) => fixture.version === 3) as StorageFixture
    const factory = new IDBFactory()
    await writeFixture(factory, v3)
    const repo = await openRepo(factory)
    expect((await repo.listQuizzes()).map((quiz) => quiz.id)).toEqual(['quiz-2'])
    expect(await repo.loadQuiz('current')).toBeNull()
    repo.close()

    const other = new IDBFactory()
    await writeFixture(other, { ...v3, stores: { ...v3.stores, session: [{ key: 'current', value: { version: 1, note: 'no id' } }] } })
    const again = await openRepo(other)
    expect(await again.listQuizzes()).toEqual([{ id: 'current', value: { version: 1, note: 'no id' } }])
    again.close()
  })
})

describe('record migrations', () => {
  it('never throw and leave what they do not recognise as it was', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        for (const step of MIGRATIONS) {
          for (const rewrite of Object.values(step.records ?? {})) {
            const out = rewrite(raw)
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) expect(out).toBe(raw)
          }
        }
      }),
    )
  })

  it('rename v1 fields without losing any other field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (raw) => {
        const out = renameV1Attempt(raw) as Record<string, unknown>
        expect(Object.keys(out)).toHaveLength(Object.keys(raw).length)
        expect(new Set(Object.values(out))).toEqual(new Set(Object.values(raw)))
      }),
    )
  })

  it('keep the newer spelling when a record has both', () => {
    expect(renameV1Attempt({ id: 'x', at: 1, answeredAt: 2 })).toEqual({ id: 'x', at: 1, answeredAt: 2 })
  })

  it('go through every step to the latest version', () => {
    expect(LATEST_VERSION).toBe(DB_VERSION)
    expect(migrateRecord('attempts', { id: 'x', ms: 5 }, 0)).toEqual({ id: 'x', responseMs: 5 })
    expect(migrateRecord('attempts', { id: 'x', ms: 5 }, DB_VERSION)).toEqual({ id: 'x', ms: 5 })
  })

  it('a corrupt v1 record is upgraded as far as possible and then quarantined, not lost', async () => {
    const factory = new IDBFactory()
    await writeFixture(factory, { version: 1, stores: { attempts: [{ id: 'bad', type: 'cloze', at: 'yesterday' }] } })
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(loaded.attempts).toEqual([])
    expect(loaded.quarantined).toHaveLength(1)
    expect(loaded.quarantined[0]).toMatchObject({ store: 'attempts', key: 'bad', raw: { id: 'bad', questionType: 'cloze', answeredAt: 'yesterday' } })
    repo.close()
  })
})

describe('v2 -> v3: attempts move into days', () => {
  it('every valid attempt joins its day, exactly as it was; one that does not validate stays behind and is quarantined', async () => {
    const factory = new IDBFactory()
    const attempts = syntheticAttempts(300, 9)
    const broken = { id: 'broken', questionType: 'cloze', answeredAt: 'yesterday' }
    await writeFixture(factory, { version: 2, stores: { attempts: [...attempts, broken] } })
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(loaded.attempts).toEqual(attempts)
    expect(loaded.quarantined).toMatchObject([{ store: 'attempts', key: 'broken', raw: broken }])
    repo.close()
    const days = (await rawRecords(factory, 'attemptDays')) as AttemptDay[]
    expect(days.length).toBeGreaterThan(1)
    for (const day of days) for (const at of day.columns.answeredAt) expect(Math.floor(at / 86_400_000)).toBe(day.day)
    expect(await rawRecords(factory, 'attempts')).toEqual([])
  })

  it('an attempt with a field this version does not know stays where it was, whole, and still loads', async () => {
    const factory = new IDBFactory()
    const [plain, extra] = syntheticAttempts(2, 4) as [Attempt, Attempt]
    const withNote = { ...extra, note: 'kept', at: 12345 }
    await writeFixture(factory, { version: 2, stores: { attempts: [plain, withNote] } })
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(loaded.attempts).toEqual([plain, extra])
    expect(loaded.quarantined).toEqual([])
    repo.close()
    expect(await rawRecords(factory, 'attempts')).toEqual([withNote])
  })
})

describe('v4 -> v5: an attempt may hold its marks', () => {
  it('loads the v5 fixture’s Mark the text attempt with its marks, and the others of its day without', async () => {
    const factory = new IDBFactory()
    await writeFixture(factory, fixtures.find((fixture) => fixture.version === 5) as StorageFixture)
    const repo = await openRepo(factory)
    const loaded = await repo.load()
    expect(loaded.quarantined).toEqual([])
    expect(loaded.attempts.find((a) => a.id === 'a-0008')?.marks).toEqual([
      { first: 0, last: 5, layer: 'reported' },
      { first: 9, last: 14, layer: 'author' },
    ])
    expect(loaded.attempts.find((a) => a.id === 'a-0007')).not.toHaveProperty('marks')
    repo.close()
  })
})
