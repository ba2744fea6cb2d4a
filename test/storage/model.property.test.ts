// Random sequences of answers, settings, sessions, reloads, aborted transactions and a full disk,
// checked after every step against a simple in-memory model of what the learner should see now
// (`live`) and what must survive a reload (`durable`).

import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replayAttempts } from '../../src/engine/schedule'
import type { ProgressRepository } from '../../src/storage/progressRepository'
import { defaultSettings, type JsonObject } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'
import type { Settings } from '../../src/domain/settings'
import { IDBFactory, T0, attemptBody, failWrites, openRepo, toAttempt, type AttemptBody } from './helpers'

type Command =
  | { kind: 'record'; body: AttemptBody; abortOnWrite: number }
  | { kind: 'repeat'; index: number }
  | { kind: 'settings'; patch: Partial<Settings>; abortOnWrite: number }
  | { kind: 'session'; value: JsonObject | null; abortOnWrite: number }
  | { kind: 'reload' }
  | { kind: 'diskFull' }
  | { kind: 'diskFreed' }

const abortOnWrite = fc.constantFrom(0, 0, 1, 2, 3)

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('record' as const), body: attemptBody, abortOnWrite }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), index: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      patch: fc.record(
        { theme: fc.constantFrom('system', 'light', 'dark'), dailyGoal: fc.integer({ min: 1, max: 50 }) },
        { requiredKeys: [] },
      ) as fc.Arbitrary<Partial<Settings>>,
      abortOnWrite,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('session' as const),
      value: fc.option(fc.record({ version: fc.constant(1), position: fc.nat(9) })),
      abortOnWrite,
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'diskFull' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'diskFreed' as const }) },
)

interface State {
  attempts: Attempt[]
  settings: Settings
  session: JsonObject | null
}

const emptyState = (): State => ({ attempts: [], settings: defaultSettings(), session: null })
const copy = (state: State): State => structuredClone(state)

async function expectRepoShows(repo: ProgressRepository, state: State, persistent: boolean) {
  const loaded = await repo.load()
  const attempts = [...state.attempts].sort((a, b) => a.answeredAt - b.answeredAt)
  expect(loaded.attempts).toEqual(attempts)
  expect(loaded.cards).toEqual([...replayAttempts(attempts).values()].sort((a, b) => (a.factId < b.factId ? -1 : 1)))
  expect(loaded.settings).toEqual(state.settings)
  expect(loaded.quizzes).toEqual(state.session ? [{ id: 'q', value: state.session }] : [])
  expect(loaded.quarantined).toEqual([])
  expect(loaded.status.persistent).toBe(persistent)
}

describe('the store follows a simple model', () => {
  it('through answers, reloads, aborted transactions and a full disk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const factory = new IDBFactory()
        let repo = await openRepo(factory)
        let live = emptyState()
        let durable = emptyState()
        let persistent = true
        let diskFull = false
        let stopQuota: (() => void) | undefined
        let counter = 0

        /**
         * Applies a write to the model: durable only if it reached IndexedDB. A full disk refuses
         * puts, not deletes, so removing the session still works there. The first write that reaches
         * the disk again after a fallback to memory takes everything done in memory with it.
         */
        const write = async (apply: (state: State) => void, run: () => Promise<unknown>, abortAt: number) => {
          const wasPersistent = persistent
          const stopAbort = !diskFull && abortAt > 0 ? failWrites({ abortOnWrite: abortAt }) : undefined
          try {
            await run()
          } finally {
            stopAbort?.()
          }
          persistent = repo.status.persistent
          if (diskFull) expect(persistent && !wasPersistent).toBe(false)
          apply(live)
          if (persistent && !wasPersistent) durable = copy(live)
          else if (persistent) apply(durable)
        }

        try {
          for (const step of commands) {
            switch (step.kind) {
              case 'record': {
                counter += 1
                const attempt = toAttempt(step.body, `m-${counter}`, T0 + counter * 60_000)
                await write((state) => state.attempts.push(attempt), () => repo.recordAttempt(attempt), step.abortOnWrite)
                break
              }
              case 'repeat': {
                // Recording an id that is already there changes nothing.
                const again = live.attempts[step.index % Math.max(1, live.attempts.length)]
                if (again) expect((await repo.recordAttempt(again)).duplicate).toBe(true)
                // Still a write: once the disk has space again it takes what was kept in memory back there.
                if (!persistent && repo.status.persistent) {
                  persistent = true
                  durable = copy(live)
                }
                break
              }
              case 'settings':
                await write((state) => Object.assign(state.settings, step.patch), () => repo.saveSettings(step.patch), step.abortOnWrite)
                break
              case 'session':
                await write(
                  (state) => void (state.session = step.value ? { ...step.value, id: 'q' } : null),
                  () => (step.value ? repo.saveQuiz({ ...step.value, id: 'q' }) : repo.removeQuiz('q')),
                  step.abortOnWrite,
                )
                break
              case 'reload':
                repo.close()
                repo = await openRepo(factory)
                live = copy(durable)
                persistent = true
                break
              case 'diskFull':
                if (!diskFull) stopQuota = failWrites('quota')
                diskFull = true
                break
              case 'diskFreed':
                stopQuota?.()
                stopQuota = undefined
                diskFull = false
                break
            }
            await expectRepoShows(repo, live, persistent)
          }
          stopQuota?.()
          diskFull = false
          repo.close()
          repo = await openRepo(factory)
          await expectRepoShows(repo, durable, true)
        } finally {
          stopQuota?.()
          repo.close()
        }
      }),
      { numRuns: 100 },
    )
  })
})
