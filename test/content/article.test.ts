import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countWords, parseParagraphs } from '../../src/content/article'
import { article } from '../../src/content/bundledArticle'

const ARTICLE_PATH = new URL('../../content/articles/nagorno-karabakh-exodus-2023/article.txt', import.meta.url)
// Pinned so the source text cannot drift: every evidence offset in the knowledge base depends on it.
const ARTICLE_SHA256 = '6f999e08cabcbd2e79500cbabfb36fd8ded4f4df0ebe3ee1b30a4f3d2711dd17'

describe('the shipped article', () => {
  const bytes = readFileSync(ARTICLE_PATH)

  it('is byte for byte the pinned text', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ARTICLE_SHA256)
  })

  it('bundles 22 paragraphs, one per line, each exactly as stored', () => {
    const lines = bytes.toString('utf8').split('\n')
    expect(article.paragraphs).toHaveLength(22)
    expect(article.paragraphs).toEqual(lines)
    expect(article.paragraphs[0]).toMatch(/^At least 28,000 Armenians have fled/)
    expect(article.paragraphs[21]).toMatch(/Stalinist restoration of capitalism in the Soviet Union\.\s*$/)
  })
})

describe('parseParagraphs', () => {
  it('splits on newlines and drops only trailing empty lines', () => {
    expect(parseParagraphs('one\ntwo\n\n')).toEqual(['one', 'two'])
    expect(parseParagraphs('a\r\nb')).toEqual(['a', 'b'])
    expect(parseParagraphs('')).toEqual([])
  })

  it('keeps inner whitespace untouched', () => {
    expect(parseParagraphs(' a  b \nc')).toEqual([' a  b ', 'c'])
  })
})

describe('countWords', () => {
  it('counts whitespace-separated words across paragraphs', () => {
    expect(countWords(['one two', '  three  '])).toBe(3)
    expect(countWords([])).toBe(0)
  })
})
