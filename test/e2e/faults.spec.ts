// The fault suite of issue 31, the part CI runs (`npm run test:faults` runs it longer): times Date
// cannot hold, answers given around reloads and in two windows at once, a quiz per tab, and storage
// that hangs, refuses, fills up or is emptied behind the app's back.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion, continueQuiz } from './support/quiz'
import { answerQuestions, backToStudy, dismissOfflineNotice, loadProgressPage, playQuick10, startPractice, storedAttempts, storedRecords, writeRawRecord } from './support/progress'
import { DB_NAME } from '../../src/storage/idbBackend'
import { LONG, SIZES, disagreements, onDisk, report, tabQuizId } from './support/faults'

describe('storage faults', () => {
  const app = useServedApp()

  async function phoneTab(options: { init?: () => void } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await app.browser.newContext(PHONE)
    if (options.init) await context.addInitScript(options.init)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    return { context, page, errors }
  }

  const attempt = (id: string, answeredAt: number) => ({
    id,
    questionId: 'who_said:x',
    questionType: 'who_said',
    factIds: ['fact-x'],
    topics: ['exodus'],
    correct: true,
    score: 1,
    responseMs: 4000,
    answeredAt,
  })

  it('refuses a backup with answeredAt 1e16 with a message, and Progress keeps Export and Reset', async () => {
    const { context, page, errors } = await phoneTab()
    await loadProgressPage(page, app.url)
    await dismissOfflineNotice(page)
    const file = join(tmpdir(), `close-read-far-future-${process.pid}.json`)
    const exportedAt = Date.now()
    writeFileSync(
      file,
      JSON.stringify({ format: 'close-read-progress', version: 1, exportedAt, attempts: [attempt('ok', exportedAt - 60_000), attempt('far', 1e16)], cards: [], settings: {} }),
    )
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Import a file').tap()])
    await chooser.setFiles(file)
    const problems = page.locator('.problems')
    await problems.waitFor()
    expect(await problems.textContent()).toContain('attempts[1].answeredAt: expected a time')

    // Every later visit still shows the whole page.
    await loadProgressPage(page, app.url)
    expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { level: 2, name: 'Nothing recorded yet' }).isVisible()).toBe(true)
    expect(await storedAttempts(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  for (const [what, time] of [
    ['far-future', 1e16],
    ['NaN', Number.NaN],
  ] as const) {
    it(`sets a stored answer with a ${what} time aside, and Progress shows everything else with Export and Reset`, async () => {
      const { context, page, errors } = await phoneTab()
      await loadProgressPage(page, app.url)
      const now = Date.now()
      const good = attempt('good', now - 60_000)
      const bad = attempt('bad', time)
      // Two day records as the app writes them, field by field; the bad one behind the app's back.
      const dayOf = (at: number) => Math.floor(at / 86_400_000)
      const columns = (a: ReturnType<typeof attempt>) => Object.fromEntries(Object.entries(a).map(([key, value]) => [key, [value]]))
      await writeRawRecord(page, 'attemptDays', { day: dayOf(good.answeredAt), columns: columns(good) })
      await writeRawRecord(page, 'attemptDays', { day: Number.isNaN(time) ? 1 : dayOf(time), columns: columns(bad) })

      await loadProgressPage(page, app.url)
      await expect.poll(() => page.locator('dl.summary').isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true)
      expect(await page.getByRole('button', { name: 'Reset progress…' }).isEnabled()).toBe(true)
      expect(await page.getByText('1 saved record could not be read.').isVisible()).toBe(true)
      expect(((await storedAttempts(page)) as { id: string }[]).map((stored) => stored.id)).toEqual(['good'])
      expect(await storedRecords(page, 'quarantine')).toHaveLength(1)
      const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).tap()])
      expect(exported.suggestedFilename()).toMatch(/^close-read-progress-/)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  /** A second window of the same profile (a hidden tab of the same window would draw at one frame a second). */
  async function secondWindow(first: Page, path: string, errors: string[]): Promise<Page> {
    const [second] = await Promise.all([first.context().waitForEvent('page'), first.evaluate((url) => void window.open(url, '_blank', 'noopener,popup'), path)])
    second.on('pageerror', (error) => errors.push(error.message))
    return second
  }

  it(`stores every answer of two windows answering ${SIZES.interleaved} each at once exactly once`, { timeout: LONG ? 600_000 : 120_000 }, async () => {
    const { context, page: first, errors } = await phoneTab()
    await first.goto(`${app.url}/study`)
    const second = await secondWindow(first, '/study', errors)
    const tabs = [first, second]
    for (const tab of tabs) {
      await tab.getByRole('button', { name: 'Quick 10' }).waitFor()
      await dismissOfflineNotice(tab)
    }
    await Promise.all(
      tabs.map(async (tab) => {
        for (let quiz = 0; quiz < SIZES.interleaved / 10; quiz++) {
          await playQuick10(tab)
          await backToStudy(tab)
        }
      }),
    )
    const disk = await onDisk(first)
    const total = SIZES.interleaved * 2
    const ids = new Set(disk.attempts.map((attempt) => attempt.id))
    const { doubled } = disagreements(disk)
    report({ fault: `two windows x ${SIZES.interleaved} answers at once`, tries: total, failures: disk.attempts.length === total && doubled.length === 0 ? 0 : 1, lost: Math.max(0, total - ids.size), doubled: doubled.length })
    expect(disk.attempts).toHaveLength(total)
    expect(ids.size).toBe(total)
    expect(doubled).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps each tab’s own quiz: a practice in one window, a Quick 10 in another, then a reload of each', async () => {
    const { context, page: a, errors } = await phoneTab()
    await startPractice(a, app.url)
    await answerQuestions(a, 6)
    const b = await secondWindow(a, '/quiz?start=quick', errors)
    await b.locator('form.question-form').waitFor()
    await answerQuestions(b, 2)

    const label = (page: Page) => page.locator('.quiz-progress .label').textContent()
    const title = (page: Page) => page.locator('.player-header .title').textContent()
    for (const [page, expected] of [
      [a, { title: 'Everything', answered: '6 answered', question: 'Question 6 of 10' }],
      [b, { title: 'Quick 10', answered: '2 answered', question: 'Question 2 of 10' }],
    ] as const) {
      await page.reload()
      await page.locator('form.question-form').waitFor()
      expect(await title(page)).toContain(expected.title)
      expect(await label(page)).toContain(expected.answered)
      expect(await label(page)).toContain(expected.question)
    }
    const disk = await onDisk(a)
    expect(disk.quizzes.map((quiz) => Object.keys(quiz.answers).length).sort()).toEqual([2, 6])
    expect(disk.attempts).toHaveLength(8)
    expect(disagreements(disk)).toEqual({ missing: [], extra: [], doubled: [] })

    // A third window starts with no quiz of its own; Home offers both.
    const c = await secondWindow(a, '/', errors)
    await c.getByRole('link', { name: /^Resume: / }).first().waitFor()
    expect((await c.getByRole('link', { name: /^Resume: / }).allTextContents()).map((text) => text.trim()).sort()).toEqual([
      'Resume: Everything, question 6 of 10',
      'Resume: Quick 10, question 2 of 10',
    ])
    expect(errors).toEqual([])
    await context.close()
  })

  it('two tabs on the same saved quiz: one asks its questions, the other says so and can take it; none asked twice, each answer stored once', { timeout: 120_000 }, async () => {
    const { context, page: a, errors } = await phoneTab()
    await startPractice(a, app.url)
    const quizId = await tabQuizId(a)
    const asked: string[] = []
    const form = (page: Page) => page.locator('form.question-form')
    /** Answers `count` open questions of the quiz on screen (moving past one answered already), noting each asked. */
    async function answerOpen(page: Page, count: number) {
      for (let i = 0; i < count; i++) {
        const check = page.getByRole('button', { name: 'Check' })
        const next = page.getByRole('button', { name: 'Next question' })
        await check.or(next).first().waitFor()
        if (await next.isVisible()) await continueQuiz(page, 'tap')
        await check.waitFor()
        asked.push((await form(page).getAttribute('data-question-id')) ?? '?')
        await answerQuestion(page, 'tap')
        await page.locator('.feedback').waitFor()
        // Every other answer stays on its feedback: the other tab then takes the quiz standing on an answered question.
        if (i % 2 === 0) await continueQuiz(page, 'tap')
      }
    }
    const elsewhere = (page: Page) => page.getByTestId('quiz-open-elsewhere')
    async function takeHere(page: Page) {
      await elsewhere(page).getByRole('button', { name: 'Take it here' }).tap()
      await form(page).waitFor()
    }

    await answerOpen(a, 2)
    // A duplicated tab (window.open copies this tab's sessionStorage, so it has the same quiz as its own).
    const [b] = await Promise.all([context.waitForEvent('page'), a.evaluate(() => void window.open('/quiz', '_blank', 'popup'))])
    b.on('pageerror', (error) => errors.push(error.message))
    await elsewhere(b).waitFor()
    expect(await tabQuizId(b)).toBe(quizId)
    expect(await form(b).count()).toBe(0)
    // A third window resumes it from Home: told the same.
    const c = await secondWindow(a, '/', errors)
    await c.getByRole('link', { name: /^Resume: / }).first().tap()
    await elsewhere(c).waitFor()

    await takeHere(b)
    await elsewhere(a).waitFor()
    expect(await form(a).count()).toBe(0)
    await answerOpen(b, 3)
    await takeHere(a)
    await answerOpen(a, 2)
    await takeHere(c)
    await elsewhere(a).waitFor()
    await answerOpen(c, 2)

    expect(asked).toHaveLength(9)
    expect(new Set(asked).size).toBe(9)
    const disk = await onDisk(a)
    const quiz = disk.quizzes.find((saved) => saved.id === quizId)
    expect(Object.keys(quiz?.answers ?? {}).sort()).toEqual([...asked].sort())
    expect(disk.attempts.filter((attempt) => attempt.sessionId === quizId).map((attempt) => attempt.questionId).sort()).toEqual([...asked].sort())
    expect(disagreements(disk)).toEqual({ missing: [], extra: [], doubled: [] })
    expect(errors).toEqual([])
    await context.close()
  })

  it(`loses and doubles no answer when the page reloads, closes or crashes 0–60 ms after an answer (${SIZES.tries} tries)`, { timeout: LONG ? 900_000 : 120_000 }, async () => {
    const { context, errors } = await phoneTab()
    let page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await startPractice(page, app.url)
    let lost = 0
    let failures = 0
    let doubled = 0
    const problems: string[] = []

    /** The tab's quiz on screen with an open question (a new practice when it has none or it is over). */
    async function openQuestion() {
      const form = page.locator('form.question-form')
      const check = page.getByRole('button', { name: /^(Check|Save answer)$/ })
      const next = page.getByRole('button', { name: /^(Next question|See results)$/ })
      for (let step = 0; step < 5; step++) {
        await Promise.race([
          check.waitFor(),
          next.waitFor(),
          page.getByRole('heading', { level: 1, name: 'Results' }).waitFor(),
          page.getByRole('button', { name: 'Start practice' }).waitFor(),
        ]).catch(() => undefined)
        if (await check.isVisible()) return
        if (!(await form.isVisible())) break
        if (await next.isVisible()) await next.tap({ timeout: 5000 }).catch(() => undefined)
      }
      await startPractice(page, app.url)
    }

    for (let tryIndex = 0; tryIndex < SIZES.tries; tryIndex++) {
      await openQuestion()
      // The tab's quiz (before v4 of the schema, the one quiz saved on the device).
      const beforeDisk = await onDisk(page)
      const quizId = (await tabQuizId(page)) ?? (beforeDisk.quizzes.length === 1 ? (beforeDisk.quizzes[0]?.id ?? null) : null)
      const before = beforeDisk.quizzes.find((quiz) => quiz.id === quizId)
      const answeredBefore = Object.keys(before?.answers ?? {}).length
      const delay = Math.floor(Math.random() * 61)
      // A reload, a close, or (one try in four) a renderer crash; the last two come back in a new tab.
      const how = tryIndex % 4 === 3 ? 'crash' : tryIndex % 3 === 2 ? 'close' : 'reload'
      const close = how !== 'reload'
      await answerQuestion(page, 'tap')
      // Half the tries leave the instant the feedback shows; the others at a random moment after the tap.
      if (tryIndex % 2 === 0) await page.locator('.feedback').waitFor()
      await page.waitForTimeout(tryIndex % 2 === 0 ? delay % 5 : delay)
      const shown = await page.locator('.feedback').isVisible()
      if (close) {
        // Closed or crashed: a new tab of the same profile, which has no quiz of its own (Home offers it).
        if (how === 'crash') {
          const crashed = new Promise((resolve) => page.once('crash', resolve))
          const cdp = await context.newCDPSession(page)
          void cdp.send('Page.crash').catch(() => undefined)
          await Promise.race([crashed, new Promise((resolve) => setTimeout(resolve, 5000))])
        }
        await Promise.race([page.close({ runBeforeUnload: false }), new Promise((resolve) => setTimeout(resolve, 5000))])
        page = await context.newPage()
        page.on('pageerror', (error) => errors.push(error.message))
        await page.goto(`${app.url}/study`)
        await page.getByRole('button', { name: 'Quick 10' }).waitFor()
      } else {
        await page.reload()
        await page.locator('#app').waitFor()
      }
      const disk = await onDisk(page)
      const after = disk.quizzes.find((quiz) => quiz.id === quizId)
      const answeredAfter = Object.keys(after?.answers ?? {}).length
      const agree = disagreements(disk)
      if (shown && answeredAfter <= answeredBefore) lost += 1
      doubled += agree.doubled.length
      if ((shown && answeredAfter <= answeredBefore) || agree.missing.length + agree.extra.length + agree.doubled.length > 0) {
        failures += 1
        problems.push(`try ${tryIndex} (${how} after ${delay} ms, shown ${shown}): ${JSON.stringify(agree)}, answers ${answeredBefore} -> ${answeredAfter}`)
      }
      if (close) {
        // Resume the quiz from Home, as the learner would.
        await page.goto(app.url)
        const resume = page.getByRole('link', { name: /^Resume: / }).first()
        await resume.waitFor({ timeout: 5000 }).catch(() => undefined)
        if (await resume.isVisible()) await resume.tap()
        else await startPractice(page, app.url)
      }
    }
    report({ fault: 'reload, close or crash 0-60 ms after an answer', tries: SIZES.tries, failures, lost, doubled })
    expect(problems).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('an IndexedDB open() that never answers: the notice within seconds, answers kept in memory, no page stuck on Loading', { timeout: 90_000 }, async () => {
    const { context, page, errors } = await phoneTab({
      init: () => {
        // A request that never fires an event (a known WebKit failure).
        IDBFactory.prototype.open = function () {
          const request = new EventTarget()
          Object.setPrototypeOf(request, IDBOpenDBRequest.prototype)
          return request as IDBOpenDBRequest
        }
      },
    })
    // Each page waits out its own database's open(): three pages at once keep the spec short.
    const pages = [page, await context.newPage(), await context.newPage()]
    const [study, collect, exports] = pages as [Page, Page, Page]
    await Promise.all([study.goto(`${app.url}/study`), collect.goto(`${app.url}/classroom/results`), exports.goto(`${app.url}/classroom/export`)])
    const notice = study.getByTestId('storage-notice')
    await notice.waitFor({ timeout: 15_000 })
    expect(await notice.textContent()).toContain('not answering')
    for (const other of [collect, exports]) await expect.poll(() => other.getByText(/^Loading/).count(), { timeout: 15_000 }).toBe(0)
    expect(await collect.getByText('This browser cannot store data here').isVisible()).toBe(true)
    expect(await exports.getByText('could not be read just now').isVisible()).toBe(true)

    // Answers are kept in memory, and Progress says they are not saved.
    for (const other of [collect, exports]) await other.close()
    await study.bringToFront()
    await dismissOfflineNotice(study)
    await playQuick10(study)
    await study.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).tap()
    await study.getByRole('heading', { level: 2, name: 'Backup' }).waitFor()
    expect(await study.getByText('Saved on this device: no').isVisible()).toBe(true)
    expect(Number(await study.locator('dl.summary .stat').filter({ hasText: 'Answers' }).locator('dd').textContent())).toBe(10)
    expect(errors).toEqual([])
    await context.close()
  })

  it('reading indexedDB throws (SecurityError): Collect results and Exports still load and say storage is off', async () => {
    const { context, page, errors } = await phoneTab({
      init: () => {
        Object.defineProperty(window, 'indexedDB', {
          configurable: true,
          get() {
            throw new DOMException('Access to storage is denied.', 'SecurityError')
          },
        })
      },
    })
    await page.goto(`${app.url}/classroom/results`)
    await page.getByText('This browser cannot store data here').waitFor({ timeout: 10_000 })
    await page.goto(`${app.url}/classroom/export`)
    await page.getByText('cannot keep question sets on the device').waitFor({ timeout: 10_000 })
    expect(await page.getByText(/^Loading/).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('storage full, then space again: answers go on in memory, then back to disk with the ones given meanwhile; Add quiz says why it failed', { timeout: 90_000 }, async () => {
    const { context, page, errors } = await phoneTab({
      init: () => {
        const full = () => (window as { storageFull?: boolean }).storageFull === true
        for (const method of ['put', 'add'] as const) {
          const original = IDBObjectStore.prototype[method]
          IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
            if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            return original.apply(this, args)
          } as typeof original
        }
      },
    })
    const setFull = (value: boolean) => page.evaluate((on) => ((window as { storageFull?: boolean }).storageFull = on), value)
    await startPractice(page, app.url)
    await answerQuestions(page, 2)
    await continueQuiz(page, 'tap')
    await setFull(true)
    await answerQuestions(page, 2)
    const notice = page.getByTestId('storage-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('out of storage space')
    expect((await storedAttempts(page)).length).toBe(2)

    await setFull(false)
    await continueQuiz(page, 'tap')
    await answerQuestions(page, 1)
    await expect.poll(() => notice.isVisible()).toBe(false)
    const disk = await onDisk(page)
    expect(disk.attempts).toHaveLength(5)
    expect(disagreements(disk)).toEqual({ missing: [], extra: [], doubled: [] })
    await page.reload()
    await page.locator('form.question-form').waitFor()
    expect(await page.locator('.quiz-progress .label').textContent()).toContain('5 answered')

    // Collect results: a quiz added by its link while the disk is full says why it was not added.
    await page.goto(`${app.url}/classroom`)
    await page.getByRole('button', { name: 'Make the quiz link' }).click()
    const link = await page.getByTestId('built-quiz').getByRole('textbox', { name: 'Quiz link' }).inputValue()
    await page.goto(`${app.url}/classroom/results`)
    await page.locator('#collect-link').waitFor()
    await setFull(true)
    await page.locator('#collect-link').fill(link)
    await page.getByRole('button', { name: 'Add quiz' }).click()
    await page.getByText('The quiz could not be saved on this device').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('storage cleared behind the app’s back: the learner is told and pointed to the backup import', async () => {
    const { context, page, errors } = await phoneTab()
    await startPractice(page, app.url)
    await answerQuestions(page, 1)
    // A page of the site that runs no app code, where the browser's clean-up is played by hand.
    await page.goto(`${app.url}/robots.txt`)
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name)
          request.onsuccess = () => resolve()
          request.onerror = () => reject(request.error)
        }),
      DB_NAME,
    )
    await loadProgressPage(page, app.url)
    const notice = page.getByTestId('cleared-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('Your progress on this device was cleared by the browser; if you saved a backup,')
    await notice.getByRole('link', { name: 'import it here' }).tap()
    expect(await page.getByText('Import a file').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
