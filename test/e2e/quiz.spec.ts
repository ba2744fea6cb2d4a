import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { seriousViolations } from './support/axe'
import { ROOT } from './support/paths'
import { answerQuestion, continueQuiz, dismissOfflineNotice, fixedRandomness, questionType, tabTo, type InputMethod } from './support/quiz'
import { PHONE, useServedApp } from './support/app'

// What the fixed randomness (fixedRandomness) plays from "Everything": ten different types (of the eighteen), so the
// keyboard-hard ones (a typed word, a written answer, selecting words) are always played; ordering and pairing are
// played by touch in test/e2e/touch.spec.ts, marking a paragraph in marks.spec.ts.
const PLAYED_TYPES = ['multi_select', 'whose_position', 'cloze', 'fact_or_position', 'mark_layers', 'who_said', 'competing_claims', 'source_match', 'structure', 'true_false']

describe('playing a quiz on a phone', () => {
  const app = useServedApp()

  async function startPractice(page: Page, method: InputMethod) {
    await page.goto(`${app.url}/study`)
    const start = page.getByRole('button', { name: 'Start practice' })
    await start.waitFor()
    await dismissOfflineNotice(page, method)
    if (method === 'tap') await start.tap()
    else {
      await tabTo(page, { selector: 'button', text: /^Start practice$/ })
      await page.keyboard.press('Enter')
    }
    await page.locator('form.question-form').waitFor()
  }

  /** Plays ten questions; returns their types in the order played. */
  async function playTen(page: Page, method: InputMethod, screenshot?: string): Promise<string[]> {
    const types: string[] = []
    for (let i = 1; i <= 10; i++) {
      expect(await page.locator('.quiz-progress .label').textContent()).toContain('of 10')
      types.push(await questionType(page))
      await answerQuestion(page, method)
      await page.locator('.feedback').waitFor()
      expect(await page.getByTestId('quiz-announcement').textContent()).toMatch(/^(Right\.|Not quite\.|Partly right)/)
      // The README's second picture: a who-said question with its feedback from the article.
      if (screenshot && types.at(-1) === 'who_said' && !types.slice(0, -1).includes('who_said')) {
        await page.screenshot({ path: screenshot })
      }
      await continueQuiz(page, method)
      // The next question takes the focus (typed answers focus their own input).
      if (i < 10) {
        await page.locator('#question-prompt').waitFor()
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^(question-prompt|answer-input)$/)
      }
    }
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    expect(await page.locator('.score .big').textContent()).toMatch(/of 10 points/)
    return types
  }

  for (const method of ['tap', 'keyboard'] as const) {
    it(`completes a 10-question Practice quiz by ${method === 'tap' ? 'taps' : 'keyboard'} only`, async () => {
      const context = await app.browser.newContext(method === 'tap' ? PHONE : { viewport: { width: 390, height: 844 } })
      // The same question mix on every run: the quiz is seeded from crypto.getRandomValues.
      await context.addInitScript(fixedRandomness)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await startPractice(page, method)
      const played = await playTen(page, method, method === 'tap' ? join(ROOT, 'docs/screenshot-question.png') : undefined)
      expect(played).toEqual(PLAYED_TYPES)
      expect(await page.locator('.review > li').count()).toBe(10)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('resumes at the same question after a reload', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await startPractice(page, 'tap')
    for (let i = 0; i < 3; i++) {
      await answerQuestion(page, 'tap')
      await continueQuiz(page, 'tap')
    }
    const prompt = await page.locator('#question-prompt').textContent()
    expect(await page.locator('.quiz-progress .label').textContent()).toContain('Question 4 of 10')
    // Each step is written to IndexedDB within milliseconds; the reload comes once it is.
    await page.locator('form.question-form[data-saved="true"]').waitFor()
    await page.reload()
    await page.locator('#question-prompt').waitFor()
    expect(await page.locator('#question-prompt').textContent()).toBe(prompt)
    expect(await page.locator('.quiz-progress .label').textContent()).toContain('3 answered')
    // Closing the app and coming back offers Resume on Home, and on Study.
    await page.goto(app.url)
    await page.getByRole('link', { name: /^Resume: .+, question 4 of 10$/ }).waitFor()
    await page.goto(`${app.url}/study`)
    await page.getByRole('link', { name: 'Resume' }).tap()
    expect(await page.locator('#question-prompt').textContent()).toBe(prompt)
    await context.close()
  })

  it('asks before leaving a quiz half done, and keeps it', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await startPractice(page, 'tap')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).tap()
    const dialog = page.getByRole('dialog', { name: 'Leave this quiz?' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Keep going' }).tap()
    expect(page.url()).toMatch(/\/quiz$/)
    await page.getByRole('button', { name: 'Leave' }).tap()
    await page.getByRole('dialog').getByRole('button', { name: 'Leave' }).tap()
    await page.getByRole('heading', { level: 2, name: 'Quiz in progress' }).waitFor()
    await context.close()
  })

  it('ends a Test when its time limit runs out and shows the score', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.clock.install()
    await page.goto(`${app.url}/study`)
    await page.getByRole('radio', { name: /Test/ }).waitFor()
    await dismissOfflineNotice(page)
    await page.getByRole('radio', { name: /Test/ }).check()
    await page.getByText('Options').tap()
    await page.getByRole('radio', { name: /Whole quiz/ }).check()
    await page.getByRole('spinbutton', { name: 'Minutes for the whole quiz' }).fill('1')
    await page.getByRole('button', { name: 'Start test' }).tap()
    await page.locator('.quiz-timer').waitFor()
    expect(await page.locator('.quiz-timer').textContent()).toContain('1:00')
    await answerQuestion(page, 'tap')
    // A Test gives no feedback: it moves straight on.
    expect(await page.locator('.feedback').count()).toBe(0)
    await page.clock.fastForward('01:05')
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    expect(await page.locator('.score').textContent()).toContain('time ran out')
    expect(await page.locator('.score .pass').textContent()).toMatch(/pass mark 70%/)
    await context.close()
  })

  it('offers a review of due facts on Home the next days, one tap away', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.clock.install()
    await startPractice(page, 'tap')
    await playTen(page, 'tap')
    await page.clock.fastForward('48:00:00')
    await page.goto(app.url)
    const review = page.getByRole('link', { name: /^Review \(\d+ facts? due\)$/ })
    await review.waitFor()
    const due = Number(/\((\d+) facts? due\)/.exec((await review.textContent()) ?? '')?.[1])
    expect(due).toBeGreaterThan(0)
    // Study offers the same review with the same words and number.
    await page.goto(`${app.url}/study`)
    await page.getByRole('button', { name: `Review (${due} ${due === 1 ? 'fact' : 'facts'} due)` }).waitFor()
    await page.goto(app.url)
    await review.tap()
    await page.locator('#question-prompt').waitFor()
    expect(await page.locator('.player-header .title').textContent()).toBe('Review')
    expect(await page.locator('.quiz-progress .label').textContent()).toMatch(/of \d+/)
    await context.close()
  })

  it('"Read in the article" opens the article at the highlighted evidence', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await startPractice(page, 'tap')
    await answerQuestion(page, 'tap')
    const excerpt = page.locator('.feedback .excerpt').first()
    const caption = await excerpt.locator('figcaption').textContent()
    const marked = await excerpt.locator('mark').first().textContent()
    await excerpt.getByRole('link', { name: /Read in the article/ }).tap()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    const paragraph = Number(/paragraph (\d+)/.exec(caption ?? '')?.[1])
    const highlight = page.getByTestId('evidence-highlight')
    expect(await highlight.textContent()).toBe(marked)
    expect(await highlight.evaluate((el) => el.closest('li')?.id)).toBe(`p${paragraph}`)
    await expect.poll(() => highlight.isVisible()).toBe(true)
    const box = await highlight.boundingBox()
    expect(box && box.y >= 0 && box.y < 844).toBe(true)
    // And straight back to the same question.
    await page.getByRole('button', { name: '← Back to the quiz' }).tap()
    await page.locator('.feedback').waitFor()
    await context.close()
  })
})

describe('accessibility (axe-core)', () => {
  const app = useServedApp()

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violations on Home, Study, a question, its feedback and Results (${colorScheme})`, async () => {
      const context: BrowserContext = await app.browser.newContext({ ...PHONE, colorScheme })
      const page = await context.newPage()
      const check = async (name: string) => expect(await seriousViolations(page), name).toEqual([])
      await page.goto(app.url)
      await page.locator('main h1').waitFor()
      await check('home')
      await page.goto(`${app.url}/study`)
      await page.getByRole('button', { name: 'Start practice' }).waitFor()
      await check('study')
      await page.getByRole('button', { name: 'Start practice' }).tap()
      await page.locator('#question-prompt').waitFor()
      await check('question')
      await answerQuestion(page, 'tap')
      await page.locator('.feedback').waitFor()
      await check('feedback')
      await continueQuiz(page, 'tap')
      for (let i = 2; i <= 10; i++) {
        await answerQuestion(page, 'tap')
        await continueQuiz(page, 'tap')
      }
      await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
      await check('results')
      await page.goto(`${app.url}/article`)
      await page.locator('main h1').waitFor()
      await check('article')
      await page.goto(`${app.url}/progress`)
      await page.getByRole('heading', { name: 'Backup' }).waitFor()
      await check('progress')
      await context.close()
    })
  }
})
