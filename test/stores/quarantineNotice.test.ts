// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useProgressStore } from '../../src/stores/progress'
import { useFreshDevice, recordEarlier } from '../components/progress/helpers'
import { answer, putRaw } from '../storage/helpers'

const device = useFreshDevice()

describe('the quarantine the notices show (issue 31, bug 10)', () => {
  it('grows when a later read in this tab sets more aside (a bad snapshot, a bad saved quiz)', async () => {
    await recordEarlier(device.indexedDB(), [answer({ id: 'a-1' })])
    const progress = useProgressStore()
    await progress.historyReady()
    expect(progress.quarantined).toHaveLength(0)
    await putRaw(device.indexedDB(), 'snapshots', [{ value: { id: 'broken', takenAt: 'never' } }])
    await putRaw(device.indexedDB(), 'session', [{ key: 'quiz-x', value: 'not a quiz' }])
    const repo = await progress.repository()
    await repo.listSnapshots()
    await progress.listQuizzes()
    // The store hears of it by a message a moment later (a fixed wait was flaky on a busy machine).
    await expect.poll(() => progress.quarantined.map((item) => item.store).sort()).toEqual(['session', 'snapshots'])
  })

  it('shows an entry of the quarantine that itself cannot be read, rather than hiding it', async () => {
    await recordEarlier(device.indexedDB(), [answer({ id: 'a-1' })])
    await putRaw(device.indexedDB(), 'quarantine', [{ value: { id: 'q-bad', store: 42 } }])
    const progress = useProgressStore()
    await progress.historyReady()
    expect(progress.quarantined).toHaveLength(1)
    expect(progress.quarantined[0]).toMatchObject({ id: 'q-bad', store: 'quarantine', raw: { id: 'q-bad', store: 42 } })
    expect(progress.quarantined[0]?.message).toMatch(/could not be read/)
    // It can be downloaded and discarded like any other.
    const repo = await progress.repository()
    expect(JSON.parse(await repo.downloadQuarantine())).toBeTruthy()
    await repo.discardQuarantined(['q-bad'])
    expect(await repo.listQuarantine()).toHaveLength(0)
  })
})
