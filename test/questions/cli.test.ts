import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { article } from '../../src/content/bundledArticle'
import { bank } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('npm run questions', () => {
  it('prints the article and the whole bank as JSON, and nothing else', () => {
    const stdout = execFileSync(process.execPath, ['scripts/questions.mjs'], { cwd: root, encoding: 'utf8' })
    const output = JSON.parse(stdout)
    expect(Object.keys(output)).toEqual(['article', 'questions'])
    expect(output.article).toEqual({ id: article.id, title: article.title, paragraphs: article.paragraphs })
    expect(output.article.paragraphs).toHaveLength(22)
    expect(output.questions).toEqual(bank)
  }, 30_000)
})

describe('npm run content:report', () => {
  it('prints the coverage table and exits 0', () => {
    const stdout = execFileSync(process.execPath, ['scripts/content-report.mjs'], { cwd: root, encoding: 'utf8' })
    expect(stdout).toContain('Questions by type')
    expect(stdout).toContain('Everything required is covered.')
  }, 30_000)
})
