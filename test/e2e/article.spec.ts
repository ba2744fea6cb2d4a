// The annotated article: highlights by layer, the item panel, deep links and quizzes from the text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousViolations } from './support/axe'
import { waitForServiceWorkerControl, watchRequests } from './support/browser'
import { ROOT } from './support/paths'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion, continueQuiz } from './support/quiz'

interface Item {
  id: string
  paragraph: number
  evidence: Array<{ paragraph: number; start: number; end: number; text: string }>
}
const knowledge = JSON.parse(readFileSync(join(ROOT, 'content/articles/nagorno-karabakh-exodus-2023/knowledge.json'), 'utf8')) as {
  facts: Item[]
  quotes: Item[]
  positions: Item[]
}
const items = [...knowledge.facts, ...knowledge.quotes, ...knowledge.positions]
// Deep inside a long paragraph: on a small screen, scrolling to the paragraph alone would leave it out of view.
const LINKED = items.find((item) => item.id === 'quote.nairy-peacekeepers-hungry') as Item
const SMALL = { ...PHONE, viewport: { width: 320, height: 400 } }

const activeItems = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-items') ?? null)

function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/** The article opens plain (every layer off); these specs look at the highlights, so all are turned on once. */
async function openArticle(page: Page, url: string) {
  await page.addInitScript(() => {
    const key = 'close-read:article-layers'
    if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify(['reported', 'quote', 'unconfirmed', 'actor', 'author']))
  })
  await page.goto(url)
  await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
  await page.locator('.highlight').first().waitFor()
}

describe('the annotated article', () => {
  const app = useServedApp()

  it('opens a link to one item scrolled to it, outlined and focused; #p7 scrolls to paragraph 7', async () => {
    const context = await app.browser.newContext(SMALL)
    const page = await context.newPage()
    await openArticle(page, `${app.url}/article?item=${LINKED.id}#p${LINKED.paragraph}`)
    await expect.poll(() => activeItems(page)).toContain(LINKED.id)
    const selected = page.locator('.highlight.selected')
    expect((await selected.allTextContents()).join('')).toBe(LINKED.evidence[0]?.text)
    for (const ids of await selected.evaluateAll((els) => els.map((el) => el.getAttribute('data-items')))) expect(ids).toContain(LINKED.id)
    const box = await selected.first().boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 400).toBe(true)

    await openArticle(page, `${app.url}/article#p7`)
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('p7')?.getBoundingClientRect().top ?? -1))).toBe(16)

    await openArticle(page, `${app.url}/article?item=fact.no-such-thing#p3`)
    await page.getByRole('alert').filter({ hasText: 'not in this article' }).waitFor()
    await context.close()
  })

  it('links the Timeline and "Who says what" to the item itself in the article', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/timeline`)
    const link = page.locator('.timeline > li a').nth(3)
    const href = (await link.getAttribute('href')) ?? ''
    const id = new URL(href, app.url).searchParams.get('item') ?? ''
    expect(items.map((item) => item.id)).toContain(id)
    await link.tap()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    await expect.poll(() => activeItems(page)).toContain(id)
    expect(await page.locator('.highlight.selected').count()).toBeGreaterThan(0)

    await page.goto(`${app.url}/people`)
    await page.getByRole('button', { name: 'Who says what' }).tap()
    const stance = page.locator('.stance').nth(1).locator('li a').first()
    const stanceId = new URL((await stance.getAttribute('href')) ?? '', app.url).searchParams.get('item') ?? ''
    expect(stanceId).toMatch(/^pos\./)
    await stance.tap()
    await page.getByRole('heading', { level: 1, name: 'The article' }).waitFor()
    await expect.poll(() => activeItems(page)).toContain(stanceId)
    await context.close()
  })

  it('reaches the highlights by Tab in reading order; Enter opens the panel, Escape closes it and focus returns', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 800 } })
    const page = await context.newPage()
    await openArticle(page, `${app.url}/article`)
    const expected = await page.locator('#p2 .highlight[tabindex]').evaluateAll((els) => els.map((el) => el.getAttribute('data-items')))
    expect(expected.length).toBeGreaterThan(3)
    await page.locator('#p2 a.number').focus()
    const reached: Array<string | null> = []
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab')
      reached.push(await activeItems(page))
    }
    expect(reached).toEqual(expected)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Quiz me on this paragraph/)

    // Each highlight names its layer to a screen reader (its description points at the legend's name).
    await page.keyboard.press('Shift+Tab')
    const described = await page.evaluate(() =>
      (document.activeElement?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent),
    )
    expect(described.length).toBeGreaterThan(0)
    for (const name of described) expect(name).toMatch(/^(Reported fact|Attributed quote|Unconfirmed or denied|Actor's position|Author's position)$/)

    const opener = await activeItems(page)
    await page.keyboard.press('Enter')
    const panel = page.locator('dialog.item-panel')
    await panel.waitFor()
    expect(await panel.locator('section.item').count()).toBe(opener?.split(' ').length)
    await panel.getByRole('button', { name: /^Quiz me on this/ }).first().waitFor()
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true)
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'hidden' })
    expect(await activeItems(page)).toBe(opener)
    await context.close()
  })

  it('"Quiz me on this paragraph" plays questions that all cite that paragraph', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await openArticle(page, `${app.url}/article#p20`)
    await page.locator('#p20').getByRole('button', { name: /Quiz me on this paragraph/ }).tap()
    await page.locator('#question-prompt').waitFor()
    expect(await page.locator('.player-header .title').textContent()).toBe('Paragraph 20')
    const total = Number(/of (\d+)/.exec((await page.locator('.quiz-progress .label').textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThan(0)
    for (let i = 1; i <= total; i++) {
      await answerQuestion(page, 'tap')
      await page.locator('.feedback').waitFor()
      // The feedback shows the key sentence first; a question citing several paragraphs shows the rest on "Show more".
      let captions = await page.locator('.feedback .excerpt figcaption').allTextContents()
      if (!captions.includes('From paragraph 20') && (await page.locator('.feedback .more').count()) > 0) {
        await page.locator('.feedback .more').tap()
        captions = await page.locator('.feedback .excerpt figcaption').allTextContents()
      }
      expect(captions, `question ${i}`).toContain('From paragraph 20')
      await continueQuiz(page, 'tap')
    }
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    await context.close()
  })

  it('hides a layer with its toggle and remembers the choice', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await openArticle(page, `${app.url}/article`)
    expect(await page.locator('.paragraphs .hl-reported').count()).toBeGreaterThan(0)
    await page.getByRole('checkbox', { name: /Reported fact/ }).tap()
    expect(await page.locator('.paragraphs .hl-reported').count()).toBe(0)
    expect(await page.locator('.paragraphs .hl-author').count()).toBeGreaterThan(0)
    await page.reload()
    await page.locator('.highlight').first().waitFor()
    expect(await page.getByRole('checkbox', { name: /Reported fact/ }).isChecked()).toBe(false)
    expect(await page.locator('.paragraphs .hl-reported').count()).toBe(0)
    await context.close()
  })

  it('fits into 320 px with the panel open as a bottom sheet', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await openArticle(page, `${app.url}/article`)
    expect(await horizontalOverflow(page)).toBe(0)
    await page.locator('#p5 .highlight.several').first().tap()
    const panel = page.locator('dialog.item-panel')
    await panel.getByRole('button', { name: /^Quiz me on this/ }).first().waitFor()
    const box = await panel.boundingBox()
    expect(box && box.x >= 0 && box.width <= 320 && Math.round(box.y + box.height) === 640).toBe(true)
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0)
    await panel.getByRole('button', { name: 'Close' }).tap()
    await panel.waitFor({ state: 'hidden' })
    await context.close()
  })

  it('opens a highlight and lists its questions offline, with no failed or foreign request', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    const requests = watchRequests(page, app.url)
    await openArticle(page, `${app.url}/article`)
    await waitForServiceWorkerControl(page)
    await page.waitForLoadState('networkidle')
    await context.setOffline(true)
    await openArticle(page, `${app.url}/article?item=${LINKED.id}#p${LINKED.paragraph}`)
    await expect.poll(() => activeItems(page)).toContain(LINKED.id)
    await page.keyboard.press('Enter')
    await page.locator('dialog.item-panel ul.questions li').first().waitFor()
    expect(requests.failed).toEqual([])
    expect(requests.foreign).toEqual([])
    await context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation, highlights and panel (${colorScheme})`, async () => {
      const context = await app.browser.newContext({ ...PHONE, colorScheme })
      const page = await context.newPage()
      await openArticle(page, `${app.url}/article?p=4&from=0&to=40#p4`)
      expect(await seriousViolations(page), 'article').toEqual([])
      await page.locator('#p4 .highlight').first().tap()
      await page.locator('dialog.item-panel').getByRole('button', { name: /^Quiz me on this/ }).first().waitFor()
      expect(await seriousViolations(page), 'panel').toEqual([])
      await context.close()
    })
  }
})
