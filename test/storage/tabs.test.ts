import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { ProgressChange, ProgressRepository } from '../../src/storage/progressRepository'
import { createTabNotifier, createWriteLock, type LockRequester, type ProgressChannel } from '../../src/storage/tabSync'
import { IDBFactory, T0, answer, channelHub, counterIds, fakeLocks, openRepo } from './helpers'

const FACTS = ['fact-a', 'fact-b', 'fact-c']

async function recordMany(repo: ProgressRepository, tab: string, count: number) {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      repo.recordAttempt(answer({ id: `${tab}-${i}`, factIds: [FACTS[i % FACTS.length] as string], answeredAt: T0 + i * 1000 })),
    ),
  )
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe.each([
  ['a per-tab queue (no Web Locks)', () => null],
  ['shared Web Locks', () => fakeLocks()],
])('two tabs with %s', (_name, makeLocks) => {
  it('each recording 100 attempts at once: all 200 are kept, every card counts every answer, and each tab hears of the other', async () => {
    const factory = new IDBFactory()
    const hub = channelHub()
    const locks = makeLocks()
    const tabA = await openRepo(factory, { channel: hub.channel(), locks, newId: counterIds('a') })
    const tabB = await openRepo(factory, { channel: hub.channel(), locks, newId: counterIds('b') })
    const heardByA: ProgressChange[] = []
    const heardByB: ProgressChange[] = []
    tabA.subscribe((change) => heardByA.push(change))
    tabB.subscribe((change) => heardByB.push(change))

    await Promise.all([recordMany(tabA, 'A', 100), recordMany(tabB, 'B', 100)])
    await settle()

    const loaded = await tabA.load()
    expect(loaded.attempts).toHaveLength(200)
    const perFact = new Map<string, number>()
    for (const attempt of loaded.attempts) for (const factId of attempt.factIds) perFact.set(factId, (perFact.get(factId) ?? 0) + 1)
    for (const card of loaded.cards) expect(card.reps).toBe(perFact.get(card.factId))

    const ids = (heard: ProgressChange[]) => heard.flatMap((change) => (change.kind === 'attempts' ? change.ids : []))
    expect(ids(heardByA).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `B-${i}`).sort())
    expect(ids(heardByB).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `A-${i}`).sort())
    if (locks) expect(locks.granted).toBeGreaterThanOrEqual(200)
    tabA.close()
    tabB.close()
  })
})

describe('tab messages', () => {
  it('tell the other tab about settings, session, import and reset, but not about reads', async () => {
    const factory = new IDBFactory()
    const hub = channelHub()
    const tabA = await openRepo(factory, { channel: hub.channel() })
    const tabB = await openRepo(factory, { channel: hub.channel() })
    const heard: ProgressChange[] = []
    tabB.subscribe((change) => heard.push(change))
    await tabA.load()
    await tabA.saveSettings({ theme: 'dark' })
    await tabA.saveQuiz({ version: 1, id: 'q1' })
    await tabA.importMerge(await tabA.exportAll())
    await tabA.reset()
    await tabA.exportAll()
    await settle()
    expect(heard).toEqual([{ kind: 'settings' }, { kind: 'session' }, { kind: 'import' }, { kind: 'reset' }])
    tabA.close()
    tabB.close()
  })

  it('ignore messages that do not parse (e.g. from another version of the app) and stop after unsubscribe', () => {
    const hub = channelHub()
    const sender = hub.channel()
    const notifier = createTabNotifier(hub.channel(), true)
    const heard: unknown[] = []
    const unsubscribe = notifier.subscribe((change) => heard.push(change))
    return (async () => {
      sender.postMessage({ kind: 'attempts', ids: 'not-a-list' })
      sender.postMessage({ kind: 'telemetry' })
      sender.postMessage({ kind: 'attempts', ids: ['x'] })
      await settle()
      unsubscribe()
      sender.postMessage({ kind: 'settings' })
      await settle()
      expect(heard).toEqual([{ kind: 'attempts', ids: ['x'] }])
      notifier.close()
    })()
  })
})

describe('createWriteLock', () => {
  it('runs work one at a time in call order, and a failure does not stop the queue', async () => {
    const lock = createWriteLock(null)
    const log: string[] = []
    const step = (name: string, fail = false) =>
      lock(async () => {
        log.push(`start ${name}`)
        await new Promise((resolve) => setTimeout(resolve, 1))
        log.push(`end ${name}`)
        if (fail) throw new Error(name)
        return name
      })
    const results = await Promise.allSettled([step('one'), step('two', true), step('three')])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(log).toEqual(['start one', 'end one', 'start two', 'end two', 'start three', 'end three'])
  })
})

describe('the injected interfaces', () => {
  it('accept the browser’s own LockManager and BroadcastChannel', () => {
    // Compile-time checks: the real objects can be passed as options.
    const fromBrowser = (locks: LockManager, channel: BroadcastChannel): [LockRequester, ProgressChannel] => [locks, channel]
    expect(typeof fromBrowser).toBe('function')
  })
})
