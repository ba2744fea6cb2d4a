import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import {
  MAX_IMPORT_BYTES,
  SNAPSHOTS_KEPT,
  buildExportFile,
  exportFileName,
  mergeProgress,
  parseImportText,
  parseImportValue,
  previewImport,
  snapshotsToPrune,
  type ProgressData,
} from '../../src/storage/backup'
import { defaultSettings, type ExportFile } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'
import { syntheticAttempts } from '../../src/storage/synthetic'
import { IDBFactory, T0, answer, history, openRepo, steppingClock } from './helpers'

function progress(attempts: Attempt[], settings = defaultSettings()): ProgressData {
  return { attempts, cards: [...replayAttempts(attempts).values()], settings }
}

const exportOf = (data: ProgressData) => buildExportFile(data, T0)
const sortedIds = (attempts: readonly Attempt[]) => attempts.map((attempt) => attempt.id).sort()

describe('parseImportText', () => {
  const good = exportOf(progress(syntheticAttempts(5, 1)))

  it('accepts an exported file', () => {
    expect(parseImportText(JSON.stringify(good))).toEqual({ ok: true, file: good })
  })

  it('names the path of each problem', () => {
    const file = structuredClone(good) as unknown as { attempts: Record<string, unknown>[]; settings: Record<string, unknown> }
    ;(file.attempts[3] as Record<string, unknown>).score = 1.5
    delete (file.attempts[1] as Record<string, unknown>).answeredAt
    file.settings.theme = 'sepia'
    const result = parseImportValue(file)
    expect(result).toEqual({
      ok: false,
      problems: [
        'attempts[1].answeredAt: missing',
        'attempts[3].score: expected a number between 0 and 1',
        'settings.theme: expected system, light or dark',
      ],
    })
  })

  it('lists at most ten problems', () => {
    const file = structuredClone(good) as unknown as { attempts: unknown[] }
    file.attempts = Array.from({ length: 14 }, () => ({}))
    const result = parseImportValue(file)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toHaveLength(11)
      expect(result.problems.at(-1)).toMatch(/^…and \d+ more problems$/)
    }
  })

  it('refuses what is not a progress file, a newer format, bad JSON, duplicates and huge files', () => {
    expect(parseImportText('[]')).toEqual({ ok: false, problems: ['This is not a Close Read progress file.'] })
    expect(parseImportText('{"format":"anki"}')).toEqual({ ok: false, problems: ['This is not a Close Read progress file.'] })
    expect(parseImportText(JSON.stringify({ ...good, version: 9 }))).toMatchObject({ ok: false, problems: [expect.stringContaining('newer version')] })
    expect(parseImportText('{"format":')).toMatchObject({ ok: false, problems: [expect.stringContaining('not valid JSON')] })
    const twice = { ...good, attempts: [good.attempts[0], good.attempts[0]] }
    expect(parseImportValue(twice)).toEqual({ ok: false, problems: [`attempts[1]: the id "${good.attempts[0]?.id}" appears twice`] })
    expect(parseImportText(' '.repeat(11), 10)).toMatchObject({ ok: false, problems: [expect.stringContaining('too large')] })
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024)
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseImportText(text).ok).toBe('boolean')
      }),
    )
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof parseImportValue(value).ok).toBe('boolean')
      }),
    )
  })

  it('names the download after the export date', () => {
    expect(exportFileName(good)).toBe('close-read-progress-2025-03-03.json')
  })
})

describe('mergeProgress', () => {
  it('is commutative for disjoint progress and never loses an attempt', () => {
    fc.assert(
      fc.property(history('a'), history('b'), (mine, theirs) => {
        const a = progress(mine)
        const b = progress(theirs)
        const ab = mergeProgress(a, b).data
        const ba = mergeProgress(b, a).data
        expect(ab.attempts).toEqual(ba.attempts)
        expect(ab.cards).toEqual(ba.cards)
        expect(sortedIds(ab.attempts)).toEqual([...sortedIds(mine), ...sortedIds(theirs)].sort())
      }),
      { numRuns: 60 },
    )
  })

  it('rebuilds cards from the merged history, as if every answer had been given on one device', () => {
    fc.assert(
      fc.property(history('a'), history('b'), (mine, theirs) => {
        const merged = mergeProgress(progress(mine), progress(theirs)).data
        expect(merged.cards).toEqual(progress([...mine, ...theirs]).cards.sort((x, y) => x.factId.localeCompare(y.factId)))
      }),
      { numRuns: 60 },
    )
  })

  it('is idempotent: merging the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(history('a'), history('b'), (mine, theirs) => {
        const once = mergeProgress(progress(mine), progress(theirs)).data
        const twice = mergeProgress(once, progress(theirs))
        expect(twice.addedAttempts).toEqual([])
        expect(twice.changedCards).toEqual([])
      }),
      { numRuns: 40 },
    )
  })

  it('keeps the local copy of an attempt whose id clashes, and the preview reports it', () => {
    const local = progress([answer({ id: 'same', correct: true })] as Attempt[])
    const incoming = progress([{ ...(local.attempts[0] as Attempt), correct: false, score: 0 }])
    const merged = mergeProgress(local, incoming).data
    expect(merged.attempts).toEqual(local.attempts)
    expect(previewImport(local, exportOf(incoming)).conflictingAttemptIds).toEqual(['same'])
  })

  it('keeps local settings unless the learner chooses the imported ones', () => {
    const local = progress([], { ...defaultSettings(), theme: 'dark' })
    const incoming = progress([], { ...defaultSettings(), theme: 'light', dailyGoal: 30 })
    expect(mergeProgress(local, incoming).data.settings.theme).toBe('dark')
    expect(mergeProgress(local, incoming, { useImportedSettings: true }).data.settings).toEqual(incoming.settings)
  })
})

describe('previewImport', () => {
  it('says what an import would change before it happens', () => {
    const shared = syntheticAttempts(4, 7)
    const local = progress([...shared, ...syntheticAttempts(3, 8)], { ...defaultSettings(), quizLength: 20 })
    const file = exportOf(progress([...shared, ...syntheticAttempts(5, 9, { facts: 200 })]))
    const preview = previewImport(local, file)
    expect(preview.newAttempts).toBe(5)
    expect(preview.knownAttempts).toBe(4)
    expect(preview.conflictingAttemptIds).toEqual([])
    expect(preview.cardsChanged).toBeGreaterThan(0)
    expect(preview.newFacts).toBeGreaterThan(0)
    expect(preview.settingsDifferences).toEqual([{ key: 'quizLength', local: 20, imported: 10 }])
  })
})

describe('snapshotsToPrune', () => {
  it('keeps the newest five', () => {
    const keys = ['003', '001', '006', '002', '005', '004', '007']
    expect(snapshotsToPrune(keys)).toEqual(['001', '002'])
    expect(snapshotsToPrune(keys.slice(0, 3))).toEqual([])
    expect(SNAPSHOTS_KEPT).toBe(5)
  })
})

describe('backups through the repository', () => {
  it('export -> import into an empty device gives back the same progress', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.integer({ min: 500, max: 60_000 })), { maxLength: 30 }), async (steps) => {
        const source = await openRepo(new IDBFactory())
        await source.saveSettings({ theme: 'dark', dailyGoal: 3 })
        let at = T0
        for (const [fact, correct, responseMs] of steps) {
          // Out-of-order times too: the imported cards must still be the exported ones.
          at += responseMs * (fact % 2 === 0 ? 1 : -1) + 3_600_000
          await source.recordAttempt(answer({ factIds: [`fact-${fact}`], correct, score: correct ? 1 : 0, responseMs, answeredAt: at }))
        }
        const file = await source.exportAll()
        const target = await openRepo(new IDBFactory())
        await target.importMerge(JSON.parse(JSON.stringify(file)) as ExportFile, { useImportedSettings: true })
        const again = await target.exportAll()
        expect({ ...again, exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 })
        source.close()
        target.close()
      }),
      { numRuns: 25 },
    )
  })

  it('imports after a snapshot, and restoring the snapshot undoes the import', async () => {
    const repo = await openRepo(new IDBFactory())
    await repo.recordAttempt(answer({ id: 'mine' }))
    const before = await repo.exportAll()
    const file = exportOf(progress(syntheticAttempts(6, 3)))
    const result = await repo.importMerge(file)
    expect(result.addedAttempts).toHaveLength(6)
    expect(result.snapshot).toMatchObject({ reason: 'import', attempts: 1 })
    expect((await repo.load()).attempts).toHaveLength(7)

    const backup = await repo.restoreSnapshot(result.snapshot.id)
    expect(backup).toMatchObject({ reason: 'restore', attempts: 7 })
    const restored = await repo.exportAll()
    expect({ ...restored, exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 })
    repo.close()
  })

  it('reset clears progress after a snapshot; settings and quarantine stay', async () => {
    const repo = await openRepo(new IDBFactory())
    await repo.recordAttempt(answer({ id: 'r1' }))
    await repo.saveSettings({ theme: 'dark' })
    await repo.saveQuiz({ version: 1, id: 'q1' })
    const snapshot = await repo.reset()
    expect(snapshot).toMatchObject({ reason: 'reset', attempts: 1, facts: 1 })
    const loaded = await repo.load()
    expect(loaded).toMatchObject({ attempts: [], cards: [], quizzes: [] })
    expect(loaded.settings.theme).toBe('dark')
    await repo.restoreSnapshot(snapshot.id)
    expect((await repo.load()).attempts.map((attempt) => attempt.id)).toEqual(['r1'])
    repo.close()
  })

  it('keeps the last five snapshots, newest first', async () => {
    const repo = await openRepo(new IDBFactory(), { now: steppingClock(T0, 60_000) })
    const taken = []
    for (let i = 0; i < 7; i++) {
      await repo.recordAttempt(answer())
      taken.push(await repo.takeSnapshot())
    }
    const list = await repo.listSnapshots()
    expect(list.map((snapshot) => snapshot.id)).toEqual(taken.slice(2).reverse().map((snapshot) => snapshot.id))
    expect(list[0]).toMatchObject({ reason: 'manual', attempts: 7 })
    expect(await repo.restoreSnapshot('no-such-snapshot')).toBeUndefined()
    repo.close()
  })

  it('previews an import against what is stored', async () => {
    const repo = await openRepo(new IDBFactory())
    await repo.recordAttempt(answer({ id: 'p1' }))
    const preview = await repo.previewImport(exportOf(progress(syntheticAttempts(2, 5))))
    expect(preview).toMatchObject({ newAttempts: 2, knownAttempts: 0 })
    expect((await repo.load()).attempts).toHaveLength(1)
    repo.close()
  })
})

describe('importMerge guards', () => {
  it('checks the file again, and a closed repository refuses calls', async () => {
    const repo = await openRepo(new IDBFactory())
    const bad = { ...exportOf(progress([])), attempts: [{ id: 'x' }] } as unknown as ExportFile
    await expect(repo.importMerge(bad)).rejects.toThrow('attempts[0].questionId: missing')
    expect(await repo.listSnapshots()).toEqual([])
    repo.close()
    await expect(repo.load()).rejects.toThrow('closed')
  })
})

describe('a Mark the text answer’s marks (schema v5)', () => {
  const marks = [
    { first: 0, last: 5, layer: 'reported' },
    { first: 9, last: 14, layer: 'author' },
  ]

  it('are stored with the attempt and survive export -> import, beside attempts of the same day without marks', async () => {
    const source = await openRepo(new IDBFactory())
    const marked = answer({ questionId: 'mark_layers:paragraph-4', questionType: 'mark_layers', correct: false, score: 0.5, marks })
    const plain = answer()
    await source.recordAttempt(marked)
    await source.recordAttempt(plain)
    expect((await source.load()).attempts.find((a) => a.id === marked.id)?.marks).toEqual(marks)
    const file = await source.exportAll()
    const target = await openRepo(new IDBFactory())
    await target.importMerge(JSON.parse(JSON.stringify(file)) as ExportFile, { useImportedSettings: true })
    const loaded = await target.load()
    expect(loaded.quarantined).toEqual([])
    expect(loaded.attempts.find((a) => a.id === marked.id)?.marks).toEqual(marks)
    expect(loaded.attempts.find((a) => a.id === plain.id)).not.toHaveProperty('marks')
    source.close()
    target.close()
  })

  it('a file with a mark that runs backwards or has no layer is refused, with the path', () => {
    const attempt = { ...syntheticAttempts(1, 2)[0]!, marks: [{ first: 5, last: 2, layer: 'author' }] }
    const bad = JSON.parse(JSON.stringify(exportOf(progress([attempt])))) as ExportFile
    const parsed = parseImportValue(bad)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.join(' ')).toContain('marks[0]')
    const noLayer = { ...attempt, marks: [{ first: 1, last: 2, layer: '' }] }
    expect(parseImportValue(JSON.parse(JSON.stringify(exportOf(progress([noLayer])))) as ExportFile).ok).toBe(false)
  })
})
