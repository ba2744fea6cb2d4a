// Fuzzing through the real page (issue 31): fast-check's malformed class links and routes, result codes pasted
// in the teacher's box, backups and teachers' sets imported, and corrupt records planted in IndexedDB and
// localStorage before a load, each fed to the built app in Chromium. Every time: a message a person can read,
// no blank page, no uncaught error or console error, nothing injected, no prototype pollution, and the answers
// the learner had are all still there. CI runs a few cases of each; `npm run test:faults` runs many more.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { BrowserContext, Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { loadProgressPage, storedAttempts, storedRecords, writeRawRecord } from './support/progress'
import { LONG, report } from './support/faults'
import { mutated } from '../fuzz/mutated'
import { bank, index, sampleQuiz } from '../classroom/helpers'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { decodeQuizLink, encodeQuizLink } from '../../src/classroom/quizLink'
import { decodeResultCode, encodeResultCode } from '../../src/classroom/resultCode'
import { buildExportFile } from '../../src/storage/backup'
import { DEFAULT_SETTINGS } from '../../src/storage/defaultSettings'
import { APPEARANCE_KEY } from '../../src/boot/boot'
import { PROGRESS_MARK_KEY } from '../../src/stores/progress'
import { TAB_QUIZ_KEY } from '../../src/stores/quiz'
import { CURRENT_KEY } from '../../src/storage/backend'
import { kindOf } from '../../src/questions/types/registry'

/** Cases per input through the page: each is a page load, so CI's share is small. */
const RUNS = Number(process.env.FUZZ_PAGE_RUNS) || (LONG ? 60 : 3)
/** A fixed seed in CI (the same cases every run), a fresh one in the long run; a failure prints it either way. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : LONG ? Date.now() : 31

// Valid samples to mutate, so that many cases get past the first check.
const link = encodeQuizLink(sampleQuiz(), index)
const linked = decodeQuizLink(link, index)
if (!linked.ok) throw new Error('the sample link does not read')
const linkedQuestions = linked.value.questionIds.map((id) => index.questionsById.get(id)!)
const resultCode = encodeResultCode(
  { quizFingerprint: linked.value.fingerprint, name: 'Ana', durationSeconds: 60, answers: new Map(linkedQuestions.map((q, position) => [position, kindOf(q).rightResponse(q)])) },
  linkedQuestions,
)
if (!decodeResultCode(resultCode, new Map([[linked.value.fingerprint, { title: 'T', questions: linkedQuestions }]]), linked.value.fingerprint).ok) {
  throw new Error('the sample result code does not read')
}

/** Answers the learner already has, planted before the fuzzing: none of them may go missing. */
const NOW = Date.now()
const question = bank.questions[0]!
const planted = [0, 1, 2].map((i) => ({
  id: `planted-${i}`,
  questionId: question.id,
  questionType: question.type,
  factIds: ['fact-planted'],
  topics: ['exodus'],
  correct: i !== 1,
  score: i === 1 ? 0 : 1,
  responseMs: 4000,
  answeredAt: NOW - (i + 1) * 60_000,
}))
const backup = JSON.stringify(buildExportFile({ attempts: planted.map((a) => ({ ...a, id: `backup-${a.id}` })), cards: [], settings: DEFAULT_SETTINGS }, NOW))
const teacherSet = JSON.stringify(EXAMPLE_SET)

/** Markup an input might smuggle in: it must only ever show as text. */
const INJECTED = '<img src="x" data-fuzz-injected onerror="window.fuzzInjected=1">'
const withMarkup = (sample: string) => fc.oneof({ weight: 4, arbitrary: mutated(sample) }, { weight: 1, arbitrary: fc.nat({ max: sample.length }).map((n) => sample.slice(0, n) + INJECTED + sample.slice(n)) })

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort()

describe('fuzzing through the real page', () => {
  const app = useServedApp()

  interface Tab {
    context: BrowserContext
    page: Page
    /** Uncaught errors and console errors since the last check. */
    errors: string[]
  }

  async function newTab(): Promise<Tab> {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    return { context, page, errors }
  }

  /** The learner's answers, written as the app writes them (one day's record), before the fuzzing. */
  async function plantAnswers(page: Page) {
    await loadProgressPage(page, app.url)
    const day = Math.floor(planted[0]!.answeredAt / 86_400_000)
    const columns = Object.fromEntries(Object.keys(planted[0]!).map((key) => [key, planted.map((a) => a[key as keyof (typeof planted)[number]])]))
    await writeRawRecord(page, 'attemptDays', { day, columns })
  }

  /** What every case must leave: a page with words on it, no error, nothing injected or polluted, every answer kept. */
  async function expectHealthy(tab: Tab, what: string) {
    const { page, errors } = tab
    const state = await page.evaluate((names) => {
      const own = Object.getOwnPropertyNames(Object.prototype).sort()
      return {
        heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
        text: (document.querySelector('main')?.textContent ?? '').trim().length,
        injected: document.querySelector('[data-fuzz-injected]') !== null || (window as { fuzzInjected?: unknown }).fuzzInjected !== undefined,
        polluted: own.join() !== names.join() || ({} as Record<string, unknown>).polluted !== undefined,
      }
    }, PROTOTYPE_NAMES)
    expect(state.heading, what).not.toBe('')
    expect(state.text, what).toBeGreaterThan(40)
    expect(state.injected, what).toBe(false)
    expect(state.polluted, what).toBe(false)
    const ids = (await storedAttempts(page)).map((attempt) => attempt.id)
    for (const answer of planted) expect(ids, `${what}: ${answer.id} kept`).toContain(answer.id)
    expect(errors, what).toEqual([])
  }

  /** Runs `cases` through the page, RUNS times, and adds a row to `npm run test:faults`'s table. */
  async function fuzz<T>(fault: string, cases: fc.Arbitrary<T>, check: (input: T) => Promise<void>) {
    let tries = 0
    let failures = 0
    try {
      await fc.assert(
        fc.asyncProperty(cases, async (input) => {
          tries += 1
          try {
            await check(input)
          } catch (error) {
            failures += 1
            throw error
          }
        }),
        // Each case is a page load: no shrinking, the seed and the case are printed instead.
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
    } finally {
      report({ fault: `page fuzzing: ${fault}`, tries, failures, lost: 0, doubled: 0 })
    }
  }

  const timeout = LONG ? 900_000 : 60_000

  it('class links and routes with bad payloads: a page that says what is wrong', { timeout }, async () => {
    const tab = await newTab()
    await plantAnswers(tab.page)
    const junk = fc.oneof(mutated(link), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(INJECTED, '__proto__', 'constructor', '%', '%E0%A4%A', '../../etc'))
    const part = (text: string) => encodeURIComponent(text)
    const routes = fc.oneof(
      withMarkup(link).map((code) => ({ path: `/join#q=${code}`, link: true })),
      mutated(link).map((code) => ({ path: `/join?q=${part(code)}`, link: true })),
      mutated(link).map((code) => ({ path: `/classroom/host#${code}`, link: true })),
      fc.tuple(junk, junk, junk).map(([item, p, hash]) => ({ path: `/article?item=${part(item)}&p=${part(p)}&from=${part(p)}&to=${part(item)}#${part(hash)}`, link: false })),
      junk.map((set) => ({ path: `/classroom/export?set=${part(set)}`, link: false })),
      junk.map((set) => ({ path: `/classroom/worksheet?set=${part(set)}`, link: false })),
      junk.map((start) => ({ path: `/quiz?start=${part(start)}`, link: false })),
      junk.map((quiz) => ({ path: `/classroom/results?quiz=${part(quiz)}`, link: false })),
      junk.map((path) => ({ path: `/${part(path)}`, link: false })),
    )
    await fuzz('class links and routes', routes, async ({ path, link: isLink }) => {
      await tab.page.goto(`${app.url}${path}`)
      // A link is either opened (its title and a Start button) or refused with the reason.
      const settled = isLink
        ? tab.page.locator('[role="alert"], button:has-text("Start")').first()
        : tab.page.locator('main h1').first()
      await settled.waitFor({ timeout: 10_000 })
      await expect.poll(() => tab.page.getByText(/^Loading/).count(), { timeout: 10_000, message: `${path} stays on Loading` }).toBe(0)
      if (isLink && (await tab.page.getByRole('alert').count()) > 0) {
        expect((await tab.page.getByRole('alert').first().textContent())?.trim().length, path).toBeGreaterThan(20)
      }
      await expectHealthy(tab, path)
    })
    await tab.context.close()
  })

  it('result codes pasted in the teacher’s box: each refused with a reason', { timeout }, async () => {
    const tab = await newTab()
    await plantAnswers(tab.page)
    // The quiz the codes are for, added by its link.
    await tab.page.goto(`${app.url}/classroom/results`)
    await tab.page.locator('#collect-link').fill(`https://example.org/join#q=${link}`)
    await tab.page.getByRole('button', { name: 'Add quiz' }).click()
    await tab.page.getByLabel(/Paste codes/).waitFor()
    const pastes = fc.tuple(fc.array(withMarkup(resultCode), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', ' ', ', ')).map(([codes, between]) => codes.join(between))
    let run = 0
    await fuzz('result codes pasted', pastes, async (text) => {
      run += 1
      await tab.page.goto(`${app.url}/classroom/results`)
      const box = tab.page.getByLabel(/Paste codes/)
      await box.waitFor()
      // A damaged code of its own makes each case's list of refusals new.
      const marker = `Run${String(run).padStart(5, '0')}Marker`
      await box.fill(`${text}\n${marker}zzzzzzzzzz`)
      await tab.page.getByRole('button', { name: 'Add codes' }).click()
      await expect.poll(() => tab.page.getByTestId('collect-summary').textContent(), { timeout: 10_000 }).toMatch(/^Added \d+ results?\./)
      const refused = await tab.page.locator('ul.refused li').allTextContents()
      expect(refused.some((item) => item.includes(marker)), text).toBe(true)
      for (const item of refused) expect(item.split(': ').slice(1).join(': ').trim().length, item).toBeGreaterThan(10)
      await expectHealthy(tab, text)
    })
    await tab.context.close()
  })

  it('backup files imported: a preview or a plain refusal, and nothing the learner had is lost', { timeout }, async () => {
    const tab = await newTab()
    await plantAnswers(tab.page)
    await fuzz('backups imported', withMarkup(backup), async (text) => {
      await loadProgressPage(tab.page, app.url)
      await tab.page.locator('#backup input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) })
      const refused = tab.page.locator('#backup .problems')
      const preview = tab.page.locator('#backup .preview')
      await refused.or(preview).first().waitFor({ timeout: 10_000 })
      if (await refused.isVisible()) {
        expect((await refused.locator('strong').textContent())?.trim().length, text).toBeGreaterThan(10)
      } else {
        // Importing adds; it never replaces.
        await preview.getByRole('button', { name: 'Import' }).click()
        await expect.poll(() => tab.page.locator('#backup .status').textContent(), { timeout: 10_000 }).not.toBe('')
      }
      await expectHealthy(tab, text)
    })
    await tab.context.close()
  })

  it('teachers’ sets imported: imported, or refused with what to fix', { timeout }, async () => {
    const tab = await newTab()
    await plantAnswers(tab.page)
    await fuzz('teachers’ sets imported', withMarkup(teacherSet), async (text) => {
      await tab.page.goto(`${app.url}/classroom/export`)
      const input = tab.page.getByTestId('import-file')
      await input.waitFor({ state: 'attached' })
      await input.setInputFiles({ name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(text) })
      const problems = tab.page.locator('.problems[role="alert"]')
      const imported = tab.page.getByText(/^Imported “/)
      await problems.or(imported).first().waitFor({ timeout: 10_000 })
      if (await problems.isVisible()) {
        const items = await problems.locator('li').allTextContents()
        expect(items.length, text).toBeGreaterThan(0)
        for (const item of items) expect(item.trim().length, item).toBeGreaterThan(5)
      }
      await expectHealthy(tab, text)
    })
    await tab.context.close()
  })

  it('corrupt records planted before a load: set aside with a notice, and every good answer kept', { timeout }, async () => {
    // Any value at all, or a near-miss of a real record (a good one with one field spoiled).
    const spoiled = (record: Record<string, unknown>) =>
      fc.tuple(fc.constantFrom(...Object.keys(record)), fc.anything({ maxDepth: 2 })).map(([key, value]) => ({ ...record, [key]: value }))
    const anything = fc.anything({ maxDepth: 3, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBigInt: true })
    const attempt = { ...planted[0]!, id: 'other' }
    const day = Math.floor(NOW / 86_400_000) - 40
    const records = fc.record({
      attemptDays: fc.option(fc.oneof(spoiled({ day, columns: Object.fromEntries(Object.entries(attempt).map(([k, v]) => [k, [v]])) }), anything.map((columns) => ({ day: day + 1, columns })))),
      attempts: fc.option(fc.oneof(spoiled(attempt), anything.map((value) => ({ id: 'raw', value })))),
      cards: fc.option(fc.oneof(spoiled({ factId: 'fact-x', due: NOW, stability: 1, difficulty: 5, reps: 1, lapses: 0, state: 2, lastReview: NOW }), anything.map((value) => ({ factId: 'fact-y', value })))),
      session: fc.option(fc.tuple(fc.oneof(fc.constant('tab-quiz'), fc.string({ maxLength: 8 })), anything)),
      settings: fc.option(anything),
      quarantine: fc.option(anything.map((value) => ({ id: 'q-fuzz', value }))),
      local: fc.array(fc.tuple(fc.constantFrom(APPEARANCE_KEY, PROGRESS_MARK_KEY, 'close-read:article-layers', 'close-read:submitted-quizzes'), fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 40 }))), { maxLength: 4 }),
    })
    await fuzz('corrupt records before a load', records, async (planting) => {
      const tab = await newTab()
      try {
        const { page } = tab
        await plantAnswers(page)
        const before = (await storedRecords(page, 'quarantine')).length
        // On a page of the site that runs no app code, as a browser or another version would have left them.
        await page.goto(`${app.url}/robots.txt`)
        const put = (store: string, value: unknown, key?: string) =>
          page.evaluate(
            ([storeName, record, recordKey]) =>
              new Promise<void>((resolve, reject) => {
                const request = indexedDB.open('close-read')
                request.onsuccess = () => {
                  try {
                    const tx = request.result.transaction(storeName as string, 'readwrite')
                    tx.objectStore(storeName as string).put(record, recordKey as string | undefined)
                    tx.oncomplete = () => (request.result.close(), resolve())
                    tx.onerror = () => reject(tx.error)
                  } catch (error) {
                    // A value IndexedDB cannot hold (a key path missing, a function): nothing planted.
                    request.result.close()
                    reject(error)
                  }
                }
                request.onerror = () => reject(request.error)
              }),
            [store, value, key] as const,
          )
        const safe = async (work: Promise<void>) => work.catch(() => undefined)
        if (planting.attemptDays) await safe(put('attemptDays', planting.attemptDays))
        if (planting.attempts) await safe(put('attempts', planting.attempts))
        if (planting.cards) await safe(put('cards', planting.cards))
        if (planting.session) await safe(put('session', planting.session[1], planting.session[0]))
        if (planting.settings !== null) await safe(put('settings', planting.settings, CURRENT_KEY))
        if (planting.quarantine) await safe(put('quarantine', planting.quarantine))
        await page.evaluate(
          ([entries, tabKey]) => {
            for (const [key, value] of entries) localStorage.setItem(key, value)
            sessionStorage.setItem(tabKey, 'tab-quiz')
          },
          [planting.local, TAB_QUIZ_KEY] as const,
        )
        for (const path of ['/', '/quiz', '/progress']) {
          await page.goto(`${app.url}${path}`)
          await page.locator('main h1').first().waitFor({ timeout: 10_000 })
          await expect.poll(() => page.getByText(/^Loading/).count(), { timeout: 10_000, message: `${path} stays on Loading` }).toBe(0)
        }
        await page.getByRole('heading', { level: 2, name: 'Backup' }).waitFor()
        // Whatever was set aside is said so on the page that lists it.
        const setAside = (await storedRecords(page, 'quarantine')).length - before
        if (setAside > 0) await page.getByText(/saved records? could not be read/).first().waitFor({ timeout: 5_000 })
        expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true)
        await expectHealthy(tab, JSON.stringify(planting, (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)))
      } finally {
        await tab.context.close()
      }
    })
  })
})
