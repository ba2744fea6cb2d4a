// The pages around the article: who is in it, and when things happened.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { ROOT } from './support/paths'
import { PHONE, useServedApp } from './support/app'

const knowledge = JSON.parse(readFileSync(join(ROOT, 'content/articles/nagorno-karabakh-exodus-2023/knowledge.json'), 'utf8')) as {
  entities: Array<{ id: string; name: string }>
  facts: Array<{ id: string; kind: string; event?: { time?: { order: { earliest: number; latest: number } } } }>
}

describe('people and timeline', () => {
  const app = useServedApp()

  it('lists every entity of the knowledge base on the People page, with no horizontal scroll', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/article`)
    await page.getByRole('link', { name: 'People and places' }).tap()
    await page.getByRole('heading', { level: 1, name: 'People, places and organisations' }).waitFor()
    const shown = await page.locator('[data-entity]').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity')))
    expect(shown.sort()).toEqual(knowledge.entities.map((entity) => entity.id).sort())
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
    await page.getByRole('button', { name: 'Who says what' }).tap()
    expect(await page.locator('.stance').first().locator('h2').textContent()).toBe('The author')
    await context.close()
  })

  it('lists the events in order of time and quizzes on it with ordering questions', async () => {
    const context = await app.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${app.url}/timeline`)
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    const timed = knowledge.facts.filter((fact) => fact.kind === 'event' && fact.event?.time)
    const entries = page.locator('.timeline > li')
    expect(await entries.count()).toBe(timed.length)
    const whens = await entries.locator('.when').allTextContents()
    expect(whens[0]).toMatch(/1988/)
    expect(whens.findIndex((when) => /2020/.test(when))).toBeGreaterThan(whens.findIndex((when) => /1991/.test(when)))
    await page.getByRole('button', { name: 'Quiz me on the timeline' }).tap()
    await page.locator('#question-prompt').waitFor()
    expect(await page.locator('.player-header .title').textContent()).toBe('The timeline')
    // The ordering control loads just after the question's prompt shows.
    await page.locator('form.question-form .list [role="button"]').first().waitFor()
    expect(await page.locator('form.question-form .list [role="button"]').count()).toBeGreaterThan(1)
    // Ordering questions are drawn at random elsewhere; here axe always sees one.
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
