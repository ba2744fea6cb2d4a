import { afterEach, describe, expect, it } from 'vitest'
import { createQuizLock, type LockChannel, type QuizLockRequester } from '../../src/storage/quizLock'

/** Web Locks as the browser has them, for one origin: a queue per name, ifAvailable, steal. */
function fakeLocks(): QuizLockRequester {
  const queues = new Map<string, Array<{ run: () => void }>>()
  const holders = new Map<string, { abort: (error: Error) => void }>()
  function grant(name: string) {
    const next = queues.get(name)?.shift()
    next?.run()
  }
  function request<T>(name: string, ...args: unknown[]): Promise<T> {
    const [options, callback] = (args.length === 1 ? [{}, args[0]] : args) as [{ ifAvailable?: boolean; steal?: boolean }, (lock: unknown) => Promise<T> | T]
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        let done = false
        const holder = { abort: (error: Error) => (finish(), reject(error)) }
        const finish = () => {
          if (done) return
          done = true
          if (holders.get(name) !== holder) return
          holders.delete(name)
          grant(name)
        }
        holders.set(name, holder)
        Promise.resolve(callback({ name })).then(
          (value) => (finish(), resolve(value)),
          (error: unknown) => (finish(), reject(error)),
        )
      }
      if (options.steal) {
        const stolen = holders.get(name)
        holders.delete(name)
        stolen?.abort(new DOMException('stolen', 'AbortError'))
        return run()
      }
      if (holders.has(name)) {
        if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve, reject)
        const queue = queues.get(name) ?? []
        queue.push({ run })
        queues.set(name, queue)
        return
      }
      run()
    })
  }
  return { request } as QuizLockRequester
}

const channels: BroadcastChannel[] = []
function channel(): LockChannel {
  const opened = new BroadcastChannel(`quiz-lock-test-${Math.random()}`)
  channels.push(opened)
  return opened
}
afterEach(() => {
  for (const opened of channels.splice(0)) opened.close()
})

/** Two tabs of one origin: the same locks, a channel each on the same name. */
function twoTabs(options: { locks: boolean; patienceMs?: number }) {
  const locks = options.locks ? fakeLocks() : null
  const name = `quiz-lock-test-${Math.random()}`
  const open = () => {
    const opened = new BroadcastChannel(name)
    channels.push(opened)
    return opened
  }
  const steps: string[] = []
  const tab = (label: string, stepBackMs = 20) => {
    const lock = createQuizLock({ locks, channel: open(), patienceMs: options.patienceMs ?? 1000, askMs: 60 })
    lock.onTaken(async (id) => {
      await new Promise((resolve) => setTimeout(resolve, stepBackMs))
      steps.push(`${label} stepped back from ${id}`)
    })
    return lock
  }
  return { tab, steps }
}

describe.each([
  ['Web Locks', true],
  ['the channel alone (no Web Locks)', false],
])('one tab drives a saved quiz, with %s', (_, locks) => {
  it('a second tab is told the quiz is held; taking it waits until the holder has saved and stepped back', async () => {
    const { tab, steps } = twoTabs({ locks })
    const a = tab('A')
    const b = tab('B')
    expect(await a.hold('quiz-1')).toBe(true)
    expect(await b.hold('quiz-1')).toBe(false)
    // Another quiz is free.
    expect(await b.hold('quiz-2')).toBe(true)

    await b.take('quiz-1')
    expect(steps).toEqual(['A stepped back from quiz-1'])
    expect(await a.hold('quiz-1')).toBe(false)
    // B let go of quiz-2 when it took quiz-1.
    expect(await a.hold('quiz-2')).toBe(true)
  })

  it('a quiz let go is free again', async () => {
    const { tab } = twoTabs({ locks })
    const a = tab('A')
    const b = tab('B')
    expect(await a.hold('quiz-1')).toBe(true)
    a.release()
    // Letting go settles a moment later, in another tab as in this one.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await b.hold('quiz-1')).toBe(true)
  })
})

it('a holder that never answers (a frozen tab) has the quiz taken after the patience runs out, and is told', async () => {
  const locks = fakeLocks()
  const told: string[] = []
  // A frozen tab: it holds the lock but hears nothing on the channel.
  const frozen = createQuizLock({ locks, channel: null })
  frozen.onTaken(async (id) => void told.push(id))
  const b = createQuizLock({ locks, channel: channel(), patienceMs: 50 })
  expect(await frozen.hold('quiz-1')).toBe(true)
  const started = Date.now()
  await b.take('quiz-1')
  expect(Date.now() - started).toBeGreaterThanOrEqual(45)
  expect(await frozen.hold('quiz-1')).toBe(false)
  await expect.poll(() => told).toEqual(['quiz-1'])
})

it('ignores messages it does not know', async () => {
  const { tab } = twoTabs({ locks: false })
  const a = tab('A')
  const stranger = channel()
  stranger.postMessage({ type: 'release', id: 7 })
  stranger.postMessage('release')
  expect(await a.hold('quiz-1')).toBe(true)
})
