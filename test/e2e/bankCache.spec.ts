// The question bank is built on a first visit and kept in Cache Storage for this version of the
// app; later visits read it back instead of generating it, and another version's bank is ignored.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { BANK_CACHE_NAME, BANK_ENTRY, BANK_VERSION_HEADER } from '../../src/storage/bankCache'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { waitForServiceWorkerControl } from './support/browser'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion } from './support/quiz'

interface StoredEntry {
  version: string | null
  questions: number
  firstPrompt: string
}

function storedEntry(page: Page): Promise<StoredEntry | null> {
  return page.evaluate(
    async ({ name, entry, header }) => {
      const stored = await (await caches.open(name)).match(entry)
      if (!stored) return null
      const questions = (await stored.json()) as { prompt: string }[]
      return { version: stored.headers.get(header), questions: questions.length, firstPrompt: questions[0]?.prompt ?? '' }
    },
    { name: BANK_CACHE_NAME, entry: BANK_ENTRY, header: BANK_VERSION_HEADER },
  )
}

/** Rewrites the stored bank with every prompt marked, under `version` (the stored one's when not given). */
function markStoredPrompts(page: Page, mark: string, version?: string): Promise<void> {
  return page.evaluate(
    async ({ name, entry, header, mark, version }) => {
      const cache = await caches.open(name)
      const stored = await cache.match(entry)
      if (!stored) throw new Error('no stored bank')
      const questions = (await stored.json()) as { prompt: string }[]
      for (const q of questions) q.prompt = `${mark}${q.prompt}`
      const headers = { [header]: version ?? stored.headers.get(header) ?? '' }
      await cache.put(entry, new Response(JSON.stringify(questions), { headers }))
    },
    { name: BANK_CACHE_NAME, entry: BANK_ENTRY, header: BANK_VERSION_HEADER, mark, version },
  )
}

async function firstPrompt(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/quiz?start=quick`)
  const prompt = page.locator('h2#question-prompt')
  await prompt.waitFor()
  return (await prompt.textContent()) ?? ''
}

describe('the question bank kept between visits', () => {
  const app = useServedApp()
  const bankSize = loadQuestionBank().questions.length

  it('is stored on a first visit, read back on the next, and ignored once it is another version’s', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${app.url}/study`)
    await waitForServiceWorkerControl(page)
    await page.getByRole('button', { name: 'Start practice' }).waitFor()

    // Stored once the browser is idle (at the latest 10 s on), under the URL of the bank's own hashed chunk.
    await expect.poll(() => storedEntry(page), { timeout: 20_000 }).not.toBeNull()
    const stored = (await storedEntry(page)) as StoredEntry
    expect(stored.questions).toBe(bankSize)
    expect(stored.version?.startsWith(`${app.url}/assets/`)).toBe(true)
    expect(stored.version).toMatch(/\/assets\/loadBank-[\w-]+\.js$/)

    // The next visit shows questions from the stored bank: only it has the marked prompts.
    await markStoredPrompts(page, 'Kept: ')
    const kept = await firstPrompt(page, app.url)
    expect(kept).toMatch(/^Kept: /)
    // Its feedback marks the question's own evidence, as the built bank's does (some prompts are
    // shared by several questions, and spans that overlap are marked as one).
    const candidates = loadQuestionBank().questions.filter((q) => `Kept: ${q.prompt}` === kept)
    expect(candidates.length).toBeGreaterThan(0)
    await answerQuestion(page, 'tap')
    // The feedback shows once the answer is stored.
    await page.locator('.feedback .excerpt mark').first().waitFor()
    const marked = await page.locator('.feedback .excerpt mark').allTextContents()
    expect(marked.length).toBeGreaterThan(0)
    const marksSpansOf = (q: (typeof candidates)[number]) => marked.every((text) => q.evidence.some((span) => span.text.includes(text) || text.includes(span.text)))
    expect(candidates.some(marksSpansOf), marked.join(' | ')).toBe(true)

    // A bank stored by another version is not used; this version's bank replaces it.
    await markStoredPrompts(page, 'Old: ', `${app.url}/assets/loadBank-0ld.js`)
    expect(await firstPrompt(page, app.url)).not.toMatch(/^(Old|Kept): /)
    await expect.poll(async () => (await storedEntry(page))?.version, { timeout: 20_000 }).toBe(stored.version)
    expect((await storedEntry(page))?.firstPrompt).not.toMatch(/^(Old|Kept): /)

    expect(errors).toEqual([])
    await context.close()
  })
})
