// The built question bank, kept on the device between visits. The bank is the same for every
// build of the app's code and knowledge base (a fixed seed), so it is generated once per version
// and read back after that: parsing it costs a few milliseconds where generating it costs tens on
// a slow phone. It is derived data: anything wrong with what is stored only means building again.
import type { Question } from '../domain/question'
import type { QuestionBank } from '../questions/bankTypes'

export const BANK_CACHE_NAME = 'close-read-question-bank'
// One entry, so storing a new version's bank replaces the old one.
export const BANK_ENTRY = '/question-bank.json'
export const BANK_VERSION_HEADER = 'X-Bank-Version'

/** The bank stored for `version`, or undefined (none, another version's, damaged, or no storage). Never throws. */
export async function readStoredBank(storage: CacheStorage, version: string): Promise<Question[] | undefined> {
  try {
    const stored = await (await storage.open(BANK_CACHE_NAME)).match(BANK_ENTRY)
    // Only this app writes the entry, for its own version, so the shape is checked, not each field:
    // validating every question would cost more than building the bank.
    const questions: unknown = stored?.headers.get(BANK_VERSION_HEADER) === version && (await stored.json())
    // What the bank's own set-up reads of each question (bankOf): with it, a bad entry is rebuilt, not a broken bank.
    if (Array.isArray(questions) && questions.length > 0 && questions.every((q) => typeof q?.id === 'string' && Array.isArray(q.factIds))) return questions
  } catch {
    // Storage the browser will not open (some private modes) or an entry that is not JSON: build instead.
  }
  return undefined
}

/** Stores the bank for `version` in place of any earlier one. Never throws: a full disk only means building next time. */
export async function storeBank(storage: CacheStorage, version: string, questions: readonly Question[]): Promise<void> {
  try {
    await (await storage.open(BANK_CACHE_NAME)).put(BANK_ENTRY, new Response(JSON.stringify(questions), { headers: { [BANK_VERSION_HEADER]: version } }))
  } catch {
    // Nothing is lost: the bank is built again on the next visit.
  }
}

// What the pages show beside the questions (topics, the facts they train), kept as an entry of its own
// so a visit that reads the bank back needs neither the generators nor the knowledge base.
export const BANK_META_ENTRY = '/question-bank-meta.json'
export type BankMeta = Pick<QuestionBank, 'topics' | 'facts'>

/** The topics and facts stored for `version`, or undefined (none, another version's, damaged). Never throws. */
export async function readStoredMeta(storage: CacheStorage, version: string): Promise<BankMeta | undefined> {
  try {
    const stored = await (await storage.open(BANK_CACHE_NAME)).match(BANK_META_ENTRY)
    const meta: unknown = stored?.headers.get(BANK_VERSION_HEADER) === version && (await stored.json())
    if (typeof meta !== 'object' || meta === null) return undefined
    const { topics, facts } = meta as Partial<BankMeta>
    if (Array.isArray(topics) && typeof facts === 'object' && facts !== null && !Array.isArray(facts)) return { topics, facts }
  } catch {
    // As for the questions: build instead.
  }
  return undefined
}

/** Stores the topics and facts for `version`. Never throws. */
export async function storeMeta(storage: CacheStorage, version: string, meta: BankMeta): Promise<void> {
  try {
    const body = JSON.stringify({ topics: meta.topics, facts: meta.facts })
    await (await storage.open(BANK_CACHE_NAME)).put(BANK_META_ENTRY, new Response(body, { headers: { [BANK_VERSION_HEADER]: version } }))
  } catch {
    // Nothing is lost: the bank is built again on the next visit.
  }
}
