import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousViolations } from './support/axe'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion, dismissOfflineNotice } from './support/quiz'

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth))
}

describe('classroom: a quiz link, a result code and the class table', () => {
  const app = useServedApp()

  it('a teacher builds a link, a student plays it, and the teacher grades the code the same way', async () => {
    const teacherContext = await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const studentContext = await app.browser.newContext(PHONE)
    const teacher = await teacherContext.newPage()
    const student = await studentContext.newPage()
    const errors: string[] = []
    for (const page of [teacher, student]) {
      page.on('pageerror', (error) => errors.push(error.message))
      // The QR codes, the table and the excerpts must not break the Content-Security-Policy.
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.violatedDirective}`)))
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('CSP')) errors.push(message.text())
      })
    }

    // The teacher: five true/false questions from everything, in the same order for all.
    await teacher.goto(`${app.url}/classroom`)
    await teacher.getByLabel('Title (optional)').fill('Friday check')
    await dismissOfflineNotice(teacher, 'keyboard')
    for (const box of await teacher.locator('fieldset', { hasText: 'Question types' }).locator('input[type="checkbox"]').all()) await box.uncheck()
    await teacher.getByLabel('True or false').check()
    await teacher.getByLabel('Number of questions').selectOption('5')
    await teacher.getByRole('button', { name: 'Make the quiz link' }).click()
    const built = teacher.getByTestId('built-quiz')
    await built.waitFor()
    const link = await built.getByRole('textbox', { name: 'Quiz link' }).inputValue()
    expect(link).toMatch(/\/join#q=[A-Za-z0-9_-]+$/)
    expect(link.length).toBeLessThan(500)
    expect(await built.getByRole('img', { name: 'QR code of the quiz link' }).count()).toBe(1)
    expect(await seriousViolations(teacher)).toEqual([])

    // The student opens the link on a phone, answers, and reads their score.
    await student.goto(link)
    await student.getByRole('heading', { name: 'Friday check' }).waitFor()
    expect(await seriousViolations(student)).toEqual([])
    await dismissOfflineNotice(student)
    await student.getByRole('button', { name: 'Start the quiz' }).tap()
    for (let i = 0; i < 5; i++) {
      await student.locator('form.question-form').waitFor()
      await answerQuestion(student, 'tap')
    }
    await student.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
    // One scoring model: the student's points and percentage are the teacher's, in the table and the CSV.
    const [, score, percent] = /^([\d.]+) of 5 points · (\d+)%$/.exec((await student.locator('.score .big').textContent()) ?? '') ?? []
    expect(score).toBeDefined()
    await student.getByLabel('Your name or nickname').fill('Ana')
    await student.getByRole('button', { name: 'Get my result code' }).tap()
    const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue()
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    expect(await student.getByRole('img', { name: 'QR code of your result code' }).count()).toBe(1)

    // The teacher pastes it: the table shows the same score, worked out on the teacher's device.
    await built.getByRole('link', { name: 'Collect results' }).click()
    await teacher.getByRole('heading', { name: 'Collect results' }).waitFor()
    await teacher.getByLabel(/Paste codes/).fill(code)
    await teacher.getByRole('button', { name: 'Add codes' }).click()
    await expect.poll(() => teacher.getByTestId('collect-summary').textContent()).toBe('Added 1 result.')
    const row = teacher.locator('table.class-table tbody tr')
    expect(await row.count()).toBe(1)
    expect(await row.locator('th').textContent()).toBe('Ana')
    expect(await row.locator('td.score').textContent()).toBe(`${score} / 5`)

    // The same code again is a duplicate; a damaged one is refused in plain words.
    await teacher.getByLabel(/Paste codes/).fill(`${code}\n${code.slice(0, -4)}`)
    await teacher.getByRole('button', { name: 'Add codes' }).click()
    await expect.poll(() => teacher.getByTestId('collect-summary').textContent()).toBe('Added 0 results. 1 already collected (ignored). 1 could not be added; see below.')
    expect(await teacher.locator('.refused').textContent()).toContain('This result code is damaged or incomplete.')
    expect(await row.count()).toBe(1)

    // The CSV: a header, Ana's row with her points, and the share of right answers.
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download as CSV' }).click()])
    const csv = (await readFile((await download.path()) as string, 'utf8')).trimEnd().split('\r\n')
    expect(csv).toHaveLength(3)
    expect(csv[0]).toBe('Name,Points,Out of,Percent,Seconds,Q1,Q2,Q3,Q4,Q5')
    expect(csv[1]).toMatch(new RegExp(`^Ana,${score},5,${percent},\\d+,([\\d.]+,){4}[\\d.]+$`))
    expect(csv[2]).toMatch(/^Right answers \(share\),,,,,/)

    // Collected results survive a reload (the classroom database).
    await teacher.reload()
    await teacher.locator('table.class-table tbody tr').waitFor()
    expect(await seriousViolations(teacher)).toEqual([])

    // Host mode, by keyboard alone: reveal, next, back, through to the summary.
    const hash = new URL(link).hash
    await teacher.goto(`${app.url}/classroom/host${hash}`)
    await teacher.getByRole('button', { name: 'Start' }).click()
    await teacher.getByText('Question 1 of 5').waitFor()
    expect(await teacher.locator('section.answer').count()).toBe(0)
    await teacher.keyboard.press('ArrowRight')
    await teacher.locator('section.answer').waitFor()
    expect(await teacher.locator('section.answer blockquote').count()).toBeGreaterThan(0)
    expect(await seriousViolations(teacher)).toEqual([])
    await teacher.keyboard.press('PageDown')
    await teacher.getByText('Question 2 of 5').waitFor()
    expect(await teacher.locator('section.answer').count()).toBe(0)
    await teacher.keyboard.press('ArrowLeft')
    await teacher.getByText('Question 1 of 5').waitFor()
    await teacher.locator('section.answer').waitFor()
    await teacher.keyboard.press('PageUp')
    expect(await teacher.locator('section.answer').count()).toBe(0)
    for (let i = 0; i < 10; i++) await teacher.keyboard.press(i % 2 ? 'Space' : 'ArrowRight')
    await teacher.getByRole('heading', { name: 'Summary: 5 questions' }).waitFor()
    expect(await teacher.locator('.summary li').count()).toBe(5)

    expect(errors).toEqual([])
    await teacherContext.close()
    await studentContext.close()
  })

  it('says plainly when a link is damaged, and fits the classroom pages into 320 px (dark theme)', async () => {
    const context = await app.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(`${app.url}/join#q=not-a-real-quiz`)
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('This quiz link is damaged or incomplete.')
    await noHorizontalScroll(page)
    for (const path of ['/classroom', '/classroom/results', '/classroom/host', '/classroom/host#q=x']) {
      await page.goto(`${app.url}${path}`)
      await page.locator('main h1').first().waitFor()
      await noHorizontalScroll(page)
      expect(await seriousViolations(page)).toEqual([])
    }
    await context.close()
  })
})
