// Two tabs, one progress: writes take a Web Lock when the browser has them (a per-tab queue
// otherwise), and each write tells the other tabs what changed over a BroadcastChannel.
// Both are injected or feature-detected so the same code runs in Node tests.

import * as v from 'valibot'

export const CHANNEL_NAME = 'close-read-progress'
export const LOCK_NAME = 'close-read-progress'

/** What another tab changed; small on purpose: the receiver re-reads what it needs. */
export type RemoteChange =
  | { kind: 'attempts'; ids: string[] }
  | { kind: 'settings' }
  | { kind: 'session' }
  | { kind: 'reset' }
  | { kind: 'import' }
  | { kind: 'restore' }
  | { kind: 'quarantine' }

const RemoteChangeSchema = v.variant('kind', [
  v.object({ kind: v.literal('attempts'), ids: v.array(v.string()) }),
  v.object({ kind: v.picklist(['settings', 'session', 'reset', 'import', 'restore', 'quarantine']) }),
])

/** The part of BroadcastChannel we use; tests pass a fake. */
export interface ProgressChannel {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

/** The part of the Web Locks API we use. */
export interface LockRequester {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

export type WriteLock = <T>(work: () => Promise<T>) => Promise<T>

/**
 * Runs work one at a time: across tabs with a Web Lock, within the tab with a promise queue
 * (which also keeps this tab's writes in call order when there are no locks).
 */
export function createWriteLock(locks: LockRequester | null): WriteLock {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = () => (locks ? locks.request(LOCK_NAME, work) : work())
    const result = tail.then(run, run)
    tail = result.catch(() => undefined)
    return result
  }
}

export function detectLocks(): LockRequester | null {
  const nav = (globalThis as { navigator?: { locks?: unknown } }).navigator
  const locks = nav?.locks as LockRequester | undefined
  return typeof locks?.request === 'function' ? locks : null
}

export function detectChannel(): ProgressChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null
}

export interface TabNotifier {
  publish(change: RemoteChange): void
  subscribe(listener: (change: RemoteChange) => void): () => void
  close(): void
}

/** Wraps a channel; messages from other versions of the app that do not parse are ignored. */
export function createTabNotifier(channel: ProgressChannel | null, ownsChannel: boolean): TabNotifier {
  const listeners = new Set<(change: RemoteChange) => void>()
  const onMessage = (event: MessageEvent) => {
    const parsed = v.safeParse(RemoteChangeSchema, event.data)
    if (!parsed.success) return
    for (const listener of listeners) listener(parsed.output as RemoteChange)
  }
  channel?.addEventListener('message', onMessage)
  return {
    publish(change) {
      try {
        channel?.postMessage(change)
      } catch {
        // A closed channel must not make a saved write look failed.
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      channel?.removeEventListener('message', onMessage)
      if (ownsChannel) channel?.close()
    },
  }
}
