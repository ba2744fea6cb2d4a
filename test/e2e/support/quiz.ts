// Playing questions of any type the way a learner does: by touch, or by keyboard alone.
import type { Page } from 'playwright-core'

export type InputMethod = 'tap' | 'keyboard'

function form(page: Page) {
  return page.locator('form.question-form')
}

/** Which kind of input the question on screen uses. */
export async function questionKind(page: Page): Promise<'choice' | 'multi' | 'text' | 'matching' | 'ordering' | 'words' | 'marks' | 'word-choice' | 'written'> {
  const f = form(page)
  await f.locator('h2#question-prompt').waitFor()
  if (await f.locator('.explain').count()) return 'written'
  if (await f.locator('.layer-marker').count()) return 'marks'
  if (await f.locator('.word-choice').count()) return 'word-choice'
  if (await f.locator('.word-picker').count()) return 'words'
  if (await f.locator('input[type="radio"]').count()) return 'choice'
  if (await f.locator('input[type="checkbox"]').count()) return 'multi'
  if (await f.locator('#answer-input').count()) return 'text'
  if (await f.locator('ul[aria-label="Items to match"]').count()) return 'matching'
  return 'ordering'
}

/** Gives some answer to the question on screen (not necessarily the right one) and checks it. */
export async function answerQuestion(page: Page, method: InputMethod): Promise<void> {
  const f = form(page)
  const kind = await questionKind(page)
  if (method === 'tap') {
    if (kind === 'choice' || kind === 'multi') await f.locator('label.choice').first().tap()
    else if (kind === 'text') {
      await f.locator('#answer-input').tap()
      await f.locator('#answer-input').fill('1')
    } else if (kind === 'matching') {
      const left = f.locator('ul[aria-label="Items to match"] button')
      const right = f.locator('ul[aria-label="Partners"] button')
      for (let i = 0; i < (await left.count()); i++) {
        await left.nth(i).tap()
        await right.nth(i).tap()
      }
    } else if (kind === 'words' || kind === 'marks') {
      // The first word, tapped twice: a selection (or a mark with the palette's first layer) of one word.
      await f.locator('.passage .word').first().tap()
      if (kind === 'marks') await f.locator('.passage .word').first().tap()
    } else if (kind === 'word-choice') {
      // A word, Next, then the first option of each of the two questions on it.
      await f.locator('.passage .word').first().tap()
      await f.locator('.passage .word').first().tap()
      await f.getByRole('button', { name: 'Next', exact: true }).tap()
      for (const group of await f.locator('[role="radiogroup"]').all()) await group.locator('[role="radio"]').first().tap()
    } else if (kind === 'written') {
      // A sentence, Compare, then the first point of the checklist ticked.
      await f.locator('textarea').tap()
      await f.locator('textarea').fill('In paragraph 6 he told Reuters what happened.')
      await f.getByRole('button', { name: 'Compare with the model answer' }).tap()
      await f.locator('label.point').first().tap()
    }
    await page.getByRole('button', { name: /^(Check|Save answer)$/ }).tap()
    return
  }
  // Keyboard only: number keys, typing, Tab/Shift+Tab + Enter on buttons, Space + arrows to reorder, Enter to check.
  if (kind === 'choice' || kind === 'multi') await page.keyboard.press('1')
  else if (kind === 'text') {
    await tabTo(page, { selector: '#answer-input' })
    await page.keyboard.type('1')
  } else if (kind === 'matching') {
    const count = await f.locator('ul[aria-label="Items to match"] button').count()
    for (let i = 0; i < count; i++) {
      await tabTo(page, { selector: 'ul[aria-label="Items to match"] button', index: i })
      await page.keyboard.press('Enter')
      await tabTo(page, { selector: 'ul[aria-label="Partners"] button', index: i })
      await page.keyboard.press('Enter')
    }
  } else if (kind === 'words' || kind === 'marks') {
    await tabTo(page, { selector: 'form.question-form .passage' })
    await page.keyboard.press('Home')
    if (kind === 'marks') await page.keyboard.press('r')
  } else if (kind === 'word-choice') {
    await tabTo(page, { selector: 'form.question-form .passage' })
    await page.keyboard.press('Home')
    await tabTo(page, { selector: 'form.question-form .word-choice button.next' })
    await page.keyboard.press('Enter')
    const groups = await form(page).locator('[role="radiogroup"]').count()
    for (let i = 0; i < groups; i++) {
      await tabTo(page, { selector: 'form.question-form [role="radiogroup"] button:first-of-type', index: i })
      await page.keyboard.press('Enter')
    }
  } else if (kind === 'written') {
    // The text area has the focus; Ctrl+Enter compares; Tab to the first point and Space ticks it.
    await tabTo(page, { selector: 'form.question-form textarea' })
    await page.keyboard.type('In paragraph 6 he told Reuters what happened.')
    await page.keyboard.press('Control+Enter')
    await tabTo(page, { selector: 'form.question-form label.point input' })
    await page.keyboard.press('Space')
  } else {
    await tabTo(page, { selector: '.list [role="button"]' })
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
  }
  // Enter in the text field checks; elsewhere Tab to the Check button and press Enter on it.
  if (kind !== 'text') await tabTo(page, { selector: 'form.question-form .actions button[type="submit"]' })
  await page.keyboard.press('Enter')
}

export interface FocusTarget {
  /** A CSS selector; with `index`, its nth match (0-based). */
  selector: string
  index?: number
  /** Only elements whose text matches (the regular expression's source). */
  text?: RegExp
}

/**
 * Presses Tab (or Shift+Tab, when the target lies before the focus) until the target element has
 * the focus, as a keyboard user moves through the page; fails if it never gets there.
 */
export async function tabTo(page: Page, target: FocusTarget, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    const where = await page.evaluate(({ selector, index, text }) => {
      const matches = [...document.querySelectorAll(selector)].filter((el) => !text || new RegExp(text).test(el.textContent?.trim() ?? ''))
      const wanted = matches[index]
      if (!wanted) return 'missing'
      const active = document.activeElement
      if (active === wanted) return 'here'
      if (!active || active === document.body) return 'forward'
      return active.compareDocumentPosition(wanted) & Node.DOCUMENT_POSITION_FOLLOWING ? 'forward' : 'back'
    }, { selector: target.selector, index: target.index ?? 0, text: target.text?.source })
    if (where === 'here') return
    if (where === 'missing' && presses > 0) throw new Error(`Nothing matches ${target.selector} ${target.text ?? ''}`)
    if (where === 'missing') await page.waitForSelector(target.selector)
    else await page.keyboard.press(where === 'forward' ? 'Tab' : 'Shift+Tab')
  }
  throw new Error(`Tab never reached ${target.selector}[${target.index ?? 0}] ${target.text ?? ''}`)
}

/** The type of the question on screen (the player marks its form with it). */
export async function questionType(page: Page): Promise<string> {
  return (await form(page).getAttribute('data-type')) ?? ''
}

/**
 * Makes crypto.getRandomValues give the same numbers on every call, so the quiz's question mix
 * (seeded from it) is the same on every run. Ids (crypto.randomUUID) stay random.
 */
export function fixedRandomness(): void {
  const fixed = function <T extends ArrayBufferView | null>(array: T): T {
    if (!array) return array
    const values = array as unknown as { length: number; [i: number]: number }
    let x = 0x2545f491
    for (let i = 0; i < values.length; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0
      values[i] = x
    }
    return array
  }
  Object.defineProperty(crypto, 'getRandomValues', { value: fixed })
}

/** Moves past the feedback (practice) to the next question or the results. */
export async function continueQuiz(page: Page, method: InputMethod): Promise<void> {
  const next = page.getByRole('button', { name: /^(Next question|See results)$/ })
  await next.waitFor()
  if (method === 'tap') await next.tap()
  else await page.keyboard.press('Enter')
}

export type QuizStage = 'question' | 'feedback'

/**
 * Plays the practice quiz on screen to its end (some answer to each question), calling `atStage`
 * on each question and on its feedback; ends on the Results page.
 */
export async function playToResults(page: Page, method: InputMethod, atStage?: (stage: QuizStage, step: number) => Promise<void>): Promise<number> {
  let step = 0
  for (;;) {
    step += 1
    await form(page).locator('h2#question-prompt').waitFor()
    await atStage?.('question', step)
    await answerQuestion(page, method)
    await page.locator('.feedback').waitFor()
    await atStage?.('feedback', step)
    const last = (await page.getByRole('button', { name: 'See results' }).count()) > 0
    await continueQuiz(page, method)
    if (last) break
  }
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
  return step
}

/** The first visit's "ready to work offline" notice, dismissed as a learner would. */
export async function dismissOfflineNotice(page: Page, method: InputMethod = 'tap') {
  const ok = page.getByTestId('pwa-toast').getByRole('button', { name: 'OK' })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  if (!(await ok.isVisible())) return
  if (method === 'tap') await ok.tap()
  else {
    await tabTo(page, { selector: '[data-testid="pwa-toast"] button', text: /^OK$/ })
    await page.keyboard.press('Enter')
  }
}
