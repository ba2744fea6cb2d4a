import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { seriousViolations } from './support/axe'
import { PHONE, useServedApp } from './support/app'
import { answerQuestion, dismissOfflineNotice } from './support/quiz'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { decodeQrPng, hasZbarimg } from './support/qr'

const TEACHER_PROMPT = 'Which word shows that a figure is a minimum?'

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth))
}

/** The element's top is on screen (it was scrolled to). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const top = (document.querySelector(css) as HTMLElement).getBoundingClientRect().top
    return top >= 0 && top < window.innerHeight / 2
  }, selector)
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
    // The new link and its QR are brought into view, with the focus on them.
    await expect.poll(() => inView(teacher, '[data-testid="built-quiz"]')).toBe(true)
    expect(await built.evaluate((element) => element === document.activeElement)).toBe(true)
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
    // A class quiz offers no "Retry the ones I missed" before the result code is made.
    expect(await student.getByRole('button', { name: /^Retry the/ }).count()).toBe(0)
    await student.getByLabel('Your name or nickname').fill('Ana')
    await student.getByRole('button', { name: 'Get my result code' }).tap()
    const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue()
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    await expect.poll(() => inView(student, '[data-testid="result-code-made"]')).toBe(true)
    expect(await student.getByTestId('result-code-made').evaluate((element) => element === document.activeElement)).toBe(true)
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
    // What Ana's wrong answers stood for (every wrong true/false answer stands for one), counted for the teacher.
    const misreadings = teacher.getByTestId('class-misreadings')
    await misreadings.waitFor()
    if (Number(score) < 5) expect(await misreadings.getByRole('table', { name: 'By student' }).locator('tbody th').allTextContents()).toEqual(['Ana'])
    else expect(await misreadings.textContent()).toContain('No wrong answer in these results stands for a misreading.')

    // The same code again is a duplicate; a damaged one is refused in plain words.
    await teacher.getByLabel(/Paste codes/).fill(`${code}\n${code.slice(0, -4)}`)
    await teacher.getByRole('button', { name: 'Add codes' }).click()
    await expect.poll(() => teacher.getByTestId('collect-summary').textContent()).toBe('Added 0 results. 1 already collected (ignored). 1 could not be added; see below.')
    expect(await teacher.locator('.refused').textContent()).toContain('This result code is damaged or incomplete.')
    expect(await row.count()).toBe(1)

    // The CSV: a byte order mark for Excel, a header, Ana's row with her marks and answers, the share right and the right answers.
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download as CSV' }).click()])
    const text = await readFile((await download.path()) as string, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const csv = text.slice(1).trimEnd().split('\r\n')
    expect(csv).toHaveLength(4)
    expect(csv[0]).toBe('Name,Points,Out of,Percent,Seconds,Q1,Q2,Q3,Q4,Q5,Q1 answer,Q2 answer,Q3 answer,Q4 answer,Q5 answer')
    expect(csv[1]).toMatch(new RegExp(`^Ana,${score},5,${percent},\\d+,([\\d.]+,){5}`))
    expect(csv[2]).toMatch(/^Right answers \(share\),,,,,/)
    expect(csv[3]).toMatch(/^Right answer,,,,,,,,,,(True|False),/)

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

describe('classroom: a hand-picked quiz, what each student answered, Host on a projector', () => {
  const app = useServedApp()

  /** The slide lays out without scrolling: neither the page nor the slide overflows. */
  async function slideFits(page: Page) {
    const sizes = await page.evaluate(() => {
      const slide = document.querySelector('[data-testid="host-slide"]') as HTMLElement
      return { slide: slide.scrollHeight - slide.clientHeight, slideWide: slide.scrollWidth - slide.clientWidth, page: document.documentElement.scrollHeight - window.innerHeight }
    })
    expect(sizes.slide).toBeLessThanOrEqual(1)
    expect(sizes.slideWide).toBeLessThanOrEqual(1)
    expect(sizes.page).toBeLessThanOrEqual(0)
  }

  it('a teacher hand-picks and orders questions, two students play, the teacher opens a cell and hosts it at 1280×720', async () => {
    const teacherContext = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })
    const studentContext = await app.browser.newContext(PHONE)
    const teacher = await teacherContext.newPage()
    const student = await studentContext.newPage()
    const errors: string[] = []
    for (const page of [teacher, student]) page.on('pageerror', (error) => errors.push(error.message))

    // The teacher's own set, imported on this device only: its question travels in the link.
    await teacher.goto(`${app.url}/classroom/export`)
    await dismissOfflineNotice(teacher, 'keyboard')
    await teacher.getByTestId('import-file').setInputFiles({ name: 'attribution.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(EXAMPLE_SET)) })
    await teacher.getByText('Imported “Reading for attribution” (7 questions).').waitFor()

    // Hand-picking: three true/false questions, then a matching one moved to the top with the buttons,
    // then the teacher's own question last.
    await teacher.goto(`${app.url}/classroom`)
    await teacher.getByLabel('Title (optional)').fill('Picked by hand')
    await teacher.getByLabel('Questions I pick one by one').check()
    await teacher.getByLabel('Type', { exact: true }).selectOption({ label: 'True or false' })
    const found = teacher.locator('.candidates > li')
    for (let i = 0; i < 3; i++) await found.nth(i).locator('input[type="checkbox"]').check()
    const firstPrompt = (await found.nth(0).locator('label > span').first().innerText()).split('\n')[0]!
    await found.nth(0).locator('summary').click()
    await expect.poll(() => found.nth(0).locator('.preview').innerText()).toContain('Answer:')
    await teacher.getByLabel('Type', { exact: true }).selectOption({ label: 'Matching' })
    await found.nth(0).locator('input[type="checkbox"]').check()
    const picked = teacher.getByTestId('picked-list').locator('li')
    expect(await picked.count()).toBe(4)
    // Keyboard: focus "Move question 4 up" and press Enter three times; the focus follows the question.
    await teacher.getByRole('button', { name: 'Move question 4 up' }).focus()
    for (let i = 0; i < 3; i++) await teacher.keyboard.press('Enter')
    expect(await picked.nth(0).locator('.meta').innerText()).toBe('Matching')
    expect(await picked.nth(1).innerText()).toContain(firstPrompt)
    await teacher.getByLabel('Type', { exact: true }).selectOption('')
    await teacher.getByLabel('Set', { exact: true }).selectOption({ label: 'Reading for attribution' })
    await found.filter({ hasText: TEACHER_PROMPT }).locator('input[type="checkbox"]').check()
    expect(await picked.count()).toBe(5)
    expect(await seriousViolations(teacher)).toEqual([])
    await teacher.getByRole('button', { name: 'Make the quiz link' }).click()
    const built = teacher.getByTestId('built-quiz')
    await built.waitFor()
    expect(await built.locator('.muted').first().innerText()).toMatch(/^5 questions/)
    const link = await built.getByRole('textbox', { name: 'Quiz link' }).inputValue()
    // The question itself is in the link, still short enough for the QR code beside it.
    expect(link.length).toBeLessThan(2300)
    expect(await built.getByRole('img', { name: 'QR code of the quiz link' }).count()).toBe(1)

    // Exactly those questions on Exports and imports.
    await built.getByRole('link', { name: 'Worksheet and exports of this quiz' }).click()
    await expect.poll(() => teacher.locator('#export-set').inputValue()).toBe('class-quiz')
    expect(await teacher.locator('#export-set option:checked').innerText()).toBe('Class quiz: Picked by hand (5)')

    // Two students on one phone: the second is told the first already submitted, and goes on as another student.
    const codes: string[] = []
    // The same name typed again (in another case) is flagged, not silently added.
    for (const name of ['Zoë', 'zoë']) {
      await student.goto(link)
      await student.getByRole('heading', { name: 'Picked by hand' }).waitFor()
      await dismissOfflineNotice(student)
      if (codes.length > 0) {
        await student.getByTestId('already-submitted').waitFor()
        expect(await student.getByTestId('already-submitted').innerText()).toContain('You already submitted this quiz as Zoë')
        expect(await student.getByRole('textbox', { name: 'Result code' }).inputValue()).toBe(codes[0])
        await student.getByRole('button', { name: /Start as another student/ }).tap()
      }
      await student.getByRole('button', { name: 'Start the quiz' }).tap()
      const prompts: string[] = []
      for (let i = 0; i < 5; i++) {
        await student.locator('form.question-form').waitFor()
        const shown = await student.locator('.quiz-progress .label').textContent()
        prompts.push(await student.locator('form.question-form').innerText())
        await answerQuestion(student, 'tap')
        // A Test moves on once the answer is stored: the next question, not the one just answered, is played next.
        if (i < 4) await expect.poll(() => student.locator('.quiz-progress .label').textContent()).not.toBe(shown)
      }
      // The teacher's question, played on a phone that never had the teacher's set.
      expect(prompts.filter((text) => text.includes(TEACHER_PROMPT))).toHaveLength(1)
      await student.getByRole('heading', { level: 1, name: 'Results' }).waitFor()
      expect(await student.getByRole('button', { name: /^Retry the/ }).count()).toBe(0)
      const input = student.getByLabel('Your name or nickname')
      await input.fill('x'.repeat(61))
      expect(await student.locator('#student-name-problem').innerText()).toBe('That name is too long for a result code: take off 1 letter, or use a nickname.')
      await input.fill(name)
      await student.getByRole('button', { name: 'Get my result code' }).tap()
      codes.push(await student.getByRole('textbox', { name: 'Result code' }).inputValue())
    }

    // The teacher pastes a chat message holding both codes.
    await teacher.goto(`${app.url}/classroom`)
    await teacher.goto(`${app.url}/classroom/results`)
    await teacher.getByLabel(/Paste codes/).fill(`Zoë: here is mine: ${codes[0]} thanks!\nZoë again -> ${codes[1]}`)
    await teacher.getByRole('button', { name: 'Add codes' }).click()
    await expect.poll(() => teacher.getByTestId('collect-summary').textContent()).toBe('Added 2 results.')
    const names = teacher.locator('table.class-table tbody th')
    expect(await names.allInnerTexts()).toEqual(['Zoë', 'zoë (2) · name seen before'])
    // The table takes the screen's width, with the names column fixed.
    expect(await teacher.locator('.class-results').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(1200)
    expect(await names.first().evaluate((element) => getComputedStyle(element).position)).toBe('sticky')
    // A cell: the student's answer, the right answer, the mark and the source sentence.
    await teacher.locator('#cell-0-0').click()
    const detail = teacher.getByTestId('cell-detail')
    await detail.waitFor()
    expect(await detail.locator('h3').innerText()).toBe('Zoë · Q1')
    expect(await detail.getByTestId('expected').innerText()).not.toBe('')
    expect(await detail.getByTestId('mark').innerText()).toMatch(/^(Right|Wrong|Partly right: \d+ of \d+ pairs \(score [\d.]+\)|Not answered)$/)
    expect(await detail.locator('blockquote').count()).toBeGreaterThan(0)
    expect(await seriousViolations(teacher)).toEqual([])
    // The teacher's question (Q5) is graded like the others: Zoë's answer and the right one.
    await teacher.locator('#cell-0-4').click()
    expect(await detail.locator('h3').innerText()).toBe('Zoë · Q5')
    expect(await detail.innerText()).toContain(TEACHER_PROMPT)
    expect(await detail.getByTestId('expected').innerText()).toBe('at least')
    expect(await detail.getByTestId('mark').innerText()).toMatch(/^(Right|Wrong)$/)
    await teacher.getByRole('heading', { name: 'The class (2)' }).evaluate((element) => element.scrollIntoView())
    await teacher.screenshot({ path: 'docs/screenshot-class-table.png' })

    // Host at 1280×720: the join slide, every question and its reveal, the summary and the results fit.
    const host = await teacherContext.newPage()
    await host.setViewportSize({ width: 1280, height: 720 })
    host.on('pageerror', (error) => errors.push(error.message))
    await host.goto(`${app.url}/classroom/host${new URL(link).hash}`)
    await host.getByTestId('host-join-link').waitFor()
    expect(await host.getByTestId('host-join-link').innerText()).toBe(link)
    const qr = host.getByRole('img', { name: 'QR code to join the quiz' })
    await host.getByRole('button', { name: 'Full screen' }).click()
    await host.getByRole('button', { name: 'Exit full screen' }).waitFor()
    await expect.poll(async () => (await qr.boundingBox())!.height).toBeGreaterThan(300)
    await slideFits(host)
    // What a phone's camera reads off the projector: an independent decoder gives back the class link.
    if (hasZbarimg()) expect(decodeQrPng(await qr.screenshot())).toEqual([link])
    else console.warn('zbarimg is not installed (apt-get install zbar-tools): the join QR was not decoded independently.')
    await host.getByRole('button', { name: 'Start' }).click()
    for (let q = 1; q <= 5; q++) {
      await host.getByText(`Question ${q} of 5`).waitFor()
      await slideFits(host)
      // Large type, and no focus ring round the question.
      const prompt = host.locator('#host-prompt')
      expect(await prompt.evaluate((element) => document.activeElement === element && getComputedStyle(element).outlineStyle)).toBe('none')
      expect(await prompt.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(28)
      await host.keyboard.press('ArrowRight')
      await host.locator('section.answer').waitFor()
      // The teacher's own question has no source sentence in the article.
      if (q < 5) expect(await host.locator('section.answer blockquote').count()).toBeGreaterThan(0)
      await slideFits(host)
      if (q === 1) await host.screenshot({ path: 'docs/screenshot-host.png' })
      await host.keyboard.press('ArrowRight')
    }
    await host.getByRole('heading', { name: 'Summary: 5 questions' }).waitFor()
    await slideFits(host)
    await host.getByRole('button', { name: "The class's results" }).click()
    await host.getByTestId('host-results').waitFor()
    expect(await host.getByTestId('host-results').innerText()).toContain('The class: 2 results')
    await slideFits(host)
    await host.getByRole('button', { name: 'Exit full screen' }).click()
    await host.getByRole('button', { name: 'Full screen' }).waitFor()

    // And at 1920×1080 full screen: every question and its reveal fit without scrolling, in type a room reads.
    await host.setViewportSize({ width: 1920, height: 1080 })
    await host.getByRole('button', { name: 'Start again' }).click()
    await host.getByRole('button', { name: 'Full screen' }).click()
    await host.getByRole('button', { name: 'Exit full screen' }).waitFor()
    for (let q = 1; q <= 5; q++) {
      await host.getByText(`Question ${q} of 5`).waitFor()
      await slideFits(host)
      expect(await host.locator('#host-prompt').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(36)
      // Choices as large as a room needs (at least 28 px at this size).
      for (const size of await host.locator('[data-testid="host-slide"] li').evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)))) {
        expect(size).toBeGreaterThanOrEqual(28)
      }
      await host.keyboard.press('ArrowRight')
      await host.locator('section.answer').waitFor()
      await slideFits(host)
      if (q === 1) await host.screenshot({ path: 'docs/screenshot-host-1080.png' })
      await host.keyboard.press('ArrowRight')
    }

    expect(errors).toEqual([])
    await teacherContext.close()
    await studentContext.close()
  })
})
