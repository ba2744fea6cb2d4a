// The built bank kept between visits: read back only for its own version, replaced by the next
// version's, and anything wrong with the stored copy means building again, never an error.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BANK_CACHE_NAME, BANK_VERSION_HEADER, readStoredBank, readStoredMeta, storeBank, storeMeta } from '../../src/storage/bankCache'
import type { Question } from '../../src/domain/question'
import { bank } from '../questions/helpers'

/** Cache Storage in memory: what the app uses of it (open, match, put). */
class MemoryCaches {
  readonly caches = new Map<string, Map<string, Response>>()
  async open(name: string) {
    const entries = this.caches.get(name) ?? new Map<string, Response>()
    this.caches.set(name, entries)
    return {
      match: async (key: string) => entries.get(key)?.clone(),
      put: async (key: string, response: Response) => void entries.set(key, response),
    }
  }
  asStorage(): CacheStorage {
    return this as unknown as CacheStorage
  }
  /** The one stored entry's response, to damage it in place. */
  replaceEntry(make: (version: string) => Response) {
    const entries = this.caches.get(BANK_CACHE_NAME)
    const [key, response] = [...(entries ?? [])][0] ?? []
    if (!entries || !key || !response) throw new Error('nothing stored')
    entries.set(key, make(response.headers.get(BANK_VERSION_HEADER) ?? ''))
  }
}

const V1 = 'https://close-read.example/assets/loadBank-aaaa.js'
const V2 = 'https://close-read.example/assets/loadBank-bbbb.js'

describe('the stored question bank', () => {
  it('reads back the bank stored for the same version, question for question', async () => {
    const storage = new MemoryCaches()
    await storeBank(storage.asStorage(), V1, bank)
    expect(await readStoredBank(storage.asStorage(), V1)).toEqual(bank)
  })

  it('has nothing for another version, and a new version replaces the old one', async () => {
    const storage = new MemoryCaches()
    await storeBank(storage.asStorage(), V1, bank)
    expect(await readStoredBank(storage.asStorage(), V2)).toBeUndefined()
    const next = bank.slice(0, 5)
    await storeBank(storage.asStorage(), V2, next)
    expect(await readStoredBank(storage.asStorage(), V2)).toEqual(next)
    expect(await readStoredBank(storage.asStorage(), V1)).toBeUndefined()
    expect(storage.caches.get(BANK_CACHE_NAME)?.size).toBe(1)
  })

  it.each([
    ['text that is not JSON', '[{"id": "single_choice:fact.x", "ty'],
    ['JSON that is not a list', '{"questions": []}'],
    ['an empty list', '[]'],
    ['a list of things that are not questions', '[1, 2, 3]'],
    ['questions without the facts they train', '[{"id": "single_choice:fact.x", "type": "single_choice"}]'],
  ])('ignores a stored entry with %s', async (_, body) => {
    const storage = new MemoryCaches()
    await storeBank(storage.asStorage(), V1, bank)
    storage.replaceEntry((version) => new Response(body, { headers: { [BANK_VERSION_HEADER]: version } }))
    expect(await readStoredBank(storage.asStorage(), V1)).toBeUndefined()
  })

  it('neither read nor store throws when the browser will not open the storage', async () => {
    const refusing = { open: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as unknown as CacheStorage
    await expect(readStoredBank(refusing, V1)).resolves.toBeUndefined()
    await expect(storeBank(refusing, V1, bank)).resolves.toBeUndefined()
  })
})

describe('loadQuestionBankInSteps with a store', () => {
  afterEach(() => vi.resetModules())

  const freshLoader = async () => (await import('../../src/storage/loadBank')).loadQuestionBankInSteps

  it('builds the bank when nothing is stored, then stores it once the browser is idle', async () => {
    const storage = new MemoryCaches()
    const loaded = await (await freshLoader())({ storage: storage.asStorage(), version: V1 })
    expect(loaded.questions).toEqual(bank)
    // Not in the bank's own tasks: storing waits for the browser to be idle.
    expect(await readStoredBank(storage.asStorage(), V1)).toBeUndefined()
    await vi.waitFor(async () => expect(await readStoredBank(storage.asStorage(), V1)).toEqual(bank))
  })

  it('keeps nothing in development, where the bank chunk has no hashed name', async () => {
    const storage = new MemoryCaches()
    vi.stubGlobal('caches', storage.asStorage())
    try {
      expect(import.meta.env.DEV).toBe(true)
      expect((await (await freshLoader())()).questions).toEqual(bank)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(storage.caches.size).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('uses the stored bank of its version instead of building one', async () => {
    const storage = new MemoryCaches()
    // A bank the generators would never make, so only reading it back can produce it.
    const stored: Question[] = bank.slice(0, 3).map((q) => ({ ...q, prompt: `Stored: ${q.prompt}` }))
    await storeBank(storage.asStorage(), V1, stored)
    const meta = { topics: [{ id: 'stored', label: 'Stored', description: 'Read back' }], facts: {} }
    await storeMeta(storage.asStorage(), V1, meta)
    const loaded = await (await freshLoader())({ storage: storage.asStorage(), version: V1 })
    expect(loaded).toEqual({ questions: stored, ...meta })
  })

  it('builds again when the questions are stored but not the topics and facts beside them, and stores both', async () => {
    const storage = new MemoryCaches()
    await storeBank(storage.asStorage(), V1, bank.slice(0, 3))
    const loaded = await (await freshLoader())({ storage: storage.asStorage(), version: V1 })
    expect(loaded.questions).toEqual(bank)
    await vi.waitFor(async () => expect((await readStoredMeta(storage.asStorage(), V1))?.topics).toEqual(loaded.topics))
    expect(await readStoredMeta(storage.asStorage(), V2)).toBeUndefined()
  })

  it('builds the real bank when the stored one is damaged, and stores it in its place', async () => {
    const storage = new MemoryCaches()
    await storeBank(storage.asStorage(), V1, bank)
    storage.replaceEntry((version) => new Response('not json', { headers: { [BANK_VERSION_HEADER]: version } }))
    const loaded = await (await freshLoader())({ storage: storage.asStorage(), version: V1 })
    expect(loaded.questions).toEqual(bank)
    await vi.waitFor(async () => expect(await readStoredBank(storage.asStorage(), V1)).toEqual(bank))
  })
})
