// Playing questions of any type the way a learner does: by touch, or by keyboard alone.
import type { Page } from 'playwright-core'

export type InputMethod = 'tap' | 'keyboard'

function form(page: Page) {
  return page.locator('form.question-form')
}

/** Which kind of input the question on screen uses. */
export async function questionKind(page: Page): Promise<'choice' | 'multi' | 'text' | 'matching' | 'ordering'> {
  const f = form(page)
  await f.locator('h2#question-prompt').waitFor()
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
    }
    await page.getByRole('button', { name: /^(Check|Save answer)$/ }).tap()
    return
  }
  // Keyboard only: number keys, typing, Tab + Enter on buttons, Space + arrows to reorder, Enter to check.
  if (kind === 'choice' || kind === 'multi') await page.keyboard.press('1')
  else if (kind === 'text') {
    await f.locator('#answer-input').focus()
    await page.keyboard.type('1')
  } else if (kind === 'matching') {
    const left = f.locator('ul[aria-label="Items to match"] button')
    const right = f.locator('ul[aria-label="Partners"] button')
    for (let i = 0; i < (await left.count()); i++) {
      await left.nth(i).focus()
      await page.keyboard.press('Enter')
      await right.nth(i).focus()
      await page.keyboard.press('Enter')
    }
    await page.locator('body').focus()
  } else {
    const first = f.locator('.list [role="button"]').first()
    await first.focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
  }
  if (kind === 'text') await page.keyboard.press('Enter')
  else {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Enter')
  }
}

/** Moves past the feedback (practice) to the next question or the results. */
export async function continueQuiz(page: Page, method: InputMethod): Promise<void> {
  const next = page.getByRole('button', { name: /^(Next question|See results)$/ })
  await next.waitFor()
  if (method === 'tap') await next.tap()
  else await page.keyboard.press('Enter')
}

/** The first visit's "ready to work offline" notice, dismissed as a learner would. */
export async function dismissOfflineNotice(page: Page, method: InputMethod = 'tap') {
  const ok = page.getByTestId('pwa-toast').getByRole('button', { name: 'OK' })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  if (!(await ok.isVisible())) return
  if (method === 'tap') await ok.tap()
  else {
    await ok.focus()
    await page.keyboard.press('Enter')
  }
}
