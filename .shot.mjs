import { chromium } from 'playwright-core'
const [,, url, out, width = '320', height = '640', scheme = 'light'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--headless'] })
const page = await browser.newPage({ viewport: { width: +width, height: +height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: scheme })
await page.goto(url)
await page.waitForTimeout(1500)
await page.screenshot({ path: out })
await browser.close()
