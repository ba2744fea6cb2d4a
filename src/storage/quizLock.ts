// One tab drives a saved quiz at a time. Two tabs on the same quiz (a duplicated tab, or Home's "Resume" in a
// second window) would each ask the questions the other answered, and their saves would overwrite each other.
// The tab that holds a quiz holds a Web Lock named after it; another tab that wants it asks over a
// BroadcastChannel, and the holder saves what it has, steps back and lets go. A holder that does not answer
// (a frozen tab) has the lock stolen after a while. Without Web Locks the channel alone says who holds what.
// Locks and channel are injected so the same code runs in Node tests.

export const QUIZ_LOCK_CHANNEL = 'close-read-quiz-lock'
const lockName = (id: string) => `close-read-quiz:${id}`

/** The part of the Web Locks API this needs: ifAvailable to try, steal when the holder is gone. */
export interface QuizLockRequester {
  request<T>(name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<T> | T): Promise<T>
}

/** The part of BroadcastChannel this needs. */
export interface LockChannel {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

type Message = { type: 'release' | 'ask' | 'held' | 'released'; id: string }

function readMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, id } = data as Record<string, unknown>
  return (type === 'release' || type === 'ask' || type === 'held' || type === 'released') && typeof id === 'string' ? { type, id } : null
}

export interface QuizLock {
  /** Holds quiz `id` for this tab if no other tab does (true), else leaves it to that tab (false). Lets go of any other quiz. */
  hold(id: string): Promise<boolean>
  /** Takes quiz `id` from the tab that holds it, once that tab has saved and stepped back (or after `patienceMs`). */
  take(id: string): Promise<void>
  /** Lets go of the quiz this tab holds, if any. */
  release(): void
  /**
   * Called when another tab takes this tab's quiz: `stepBack` saves what this tab has and stops driving the
   * quiz; the lock is let go once it settles.
   */
  onTaken(stepBack: (id: string) => Promise<void>): void
}

export interface QuizLockOptions {
  locks: QuizLockRequester | null
  channel: LockChannel | null
  /** How long `take` waits for the holder before stealing (a frozen tab never answers). */
  patienceMs?: number
  /** How long `hold` listens for a holder when there are no Web Locks. */
  askMs?: number
  wait?: (ms: number) => Promise<void>
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createQuizLock({ locks, channel, patienceMs = 3000, askMs = 150, wait = sleep }: QuizLockOptions): QuizLock {
  /** The quiz this tab holds, and how to let go of it. */
  let held: { id: string; letGo: () => void } | null = null
  let stepBack: (id: string) => Promise<void> = async () => {}
  const heard = new Set<(message: Message) => void>()

  const post = (message: Message) => {
    try {
      channel?.postMessage(message)
    } catch {
      // A closed channel: the other tab falls back to its patience.
    }
  }

  channel?.addEventListener('message', (event) => {
    const message = readMessage(event.data)
    if (!message) return
    for (const listener of heard) listener(message)
    if (!held || held.id !== message.id) return
    if (message.type === 'ask') post({ type: 'held', id: message.id })
    if (message.type === 'release') {
      const mine = held
      held = null
      void stepBack(mine.id)
        .catch(() => undefined)
        .then(() => {
          mine.letGo()
          post({ type: 'released', id: mine.id })
        })
    }
  })

  /** Waits up to `ms` for a message about `id` of one of `types`. */
  function listen(id: string, types: Message['type'][], ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.id !== id || !types.includes(message.type)) return
        heard.delete(listener)
        resolve(true)
      }
      heard.add(listener)
      void wait(ms).then(() => {
        heard.delete(listener)
        resolve(false)
      })
    })
  }

  /** Requests the Web Lock and keeps it until `letGo`; resolves whether it was granted. */
  function lockNow(id: string, options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
    if (!locks) return Promise.resolve(true)
    return new Promise<boolean>((granted) => {
      locks
        .request(lockName(id), options, (lock) => {
          if (!lock) return granted(false)
          return new Promise<void>((letGo) => {
            held = { id, letGo }
            granted(true)
          })
        })
        // Stolen by another tab that lost patience with this one: this tab steps back.
        .catch(() => {
          if (held?.id !== id) return
          held = null
          void stepBack(id)
        })
    })
  }

  function release() {
    const mine = held
    held = null
    mine?.letGo()
  }

  return {
    async hold(id) {
      if (held?.id === id) return true
      release()
      if (locks) return lockNow(id, { ifAvailable: true })
      post({ type: 'ask', id })
      if (await listen(id, ['held'], askMs)) return false
      held = { id, letGo: () => {} }
      return true
    },
    async take(id) {
      if (held?.id === id) return
      release()
      if (!locks) {
        const released = listen(id, ['released'], patienceMs)
        post({ type: 'release', id })
        await released
        held = { id, letGo: () => {} }
        return
      }
      post({ type: 'release', id })
      // Queued behind the holder, which lets go once it has saved; stolen if it never does.
      let gaveUp = false
      const queued = new Promise<boolean>((granted) => {
        void locks
          .request(lockName(id), {}, () => {
            // Stolen meanwhile: this turn in the queue is not needed any more.
            if (gaveUp) return undefined
            granted(true)
            return new Promise<void>((letGo) => (held = { id, letGo }))
          })
          .catch(() => {
            if (held?.id !== id) return
            held = null
            void stepBack(id)
          })
      })
      if (await Promise.race([queued, wait(patienceMs).then(() => false)])) return
      gaveUp = true
      await lockNow(id, { steal: true })
    },
    release,
    onTaken(listener) {
      stepBack = listener
    },
  }
}

/** Web Locks with the options this needs, where the browser has them. */
export function detectQuizLocks(): QuizLockRequester | null {
  const nav = (globalThis as { navigator?: { locks?: unknown } }).navigator
  const locks = nav?.locks as QuizLockRequester | undefined
  return typeof locks?.request === 'function' ? locks : null
}

export function detectLockChannel(): LockChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(QUIZ_LOCK_CHANNEL) : null
}
