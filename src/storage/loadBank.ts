// The app's question bank, built on first use from the shipped knowledge base, then kept on the
// device for the visits after (bankCache.ts). The app imports this module lazily, so the
// generators stay out of the first page's bundle.
import { nextIdle, nextTask } from '../idle'
import { BANK_SEED } from '../questions/seed'
import { readStoredBank, readStoredMeta, storeBank, storeMeta } from './bankCache'
import { bankOf } from '../questions/bankOf'
import type { QuestionBank } from '../questions/bankTypes'

let cached: QuestionBank | undefined
let building: Promise<QuestionBank> | undefined

/** Where the built bank is kept between visits, and under which version. */
export interface BankStore {
  storage: CacheStorage
  version: string
}

/**
 * This build's own URL names the version of the bank: its file name holds a hash of its code and,
 * through the names of the chunks it imports, of the generators' and the knowledge base's (the
 * guarantee the service worker's precache already relies on for hashed files). In development
 * there is no such hash, so nothing is kept.
 */
function appStore(): BankStore | undefined {
  try {
    return !import.meta.env.DEV && globalThis.caches ? { storage: caches, version: import.meta.url } : undefined
  } catch {
    // A sandboxed frame throws on reading `caches`: nothing is kept there.
  }
}

/**
 * The bank for the app: the one stored for this version, else built one question type at a time, each in
 * a task of its own so the page stays responsive, and stored once the browser is idle.
 */
export function loadQuestionBankInSteps(store = appStore()): Promise<QuestionBank> {
  if (cached) return Promise.resolve(cached)
  building ??= storedOrBuilt(store).then((bank) => (cached ??= bank))
  return building
}

async function storedOrBuilt(store: BankStore | undefined): Promise<QuestionBank> {
  const [questions, meta] = store ? await Promise.all([readStoredBank(store.storage, store.version), readStoredMeta(store.storage, store.version)]) : []
  if (questions && meta) return { questions, ...meta }
  // The generators and the knowledge base load only when the bank must be built (a first visit, a new version).
  const [{ buildQuestionBankInSteps }, { bundledPack }] = await Promise.all([import('../questions/bank'), import('../content/bundledArticle')])
  const built = await buildQuestionBankInSteps(bundledPack, { seed: BANK_SEED }, nextTask)
  const bank = bankOf(built, bundledPack)
  // Storing (a stringify of the whole bank) waits for the browser to be really idle, not the usual half second.
  if (store) {
    void nextIdle(10_000).then(async () => {
      await storeBank(store.storage, store.version, built)
      await storeMeta(store.storage, store.version, { topics: bank.topics, facts: bank.facts })
    })
  }
  return bank
}
