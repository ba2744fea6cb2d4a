import { describe, expect, it } from 'vitest'
import knowledgeData from '../../content/articles/nagorno-karabakh-exodus-2023/knowledge.json'
import { article } from '../../src/content/bundledArticle'
import { restoreEvidenceText, stripEvidenceText } from '../../src/content/evidenceText'

const spansWithText = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + spansWithText(item), 0)
    : value !== null && typeof value === 'object'
      ? (('start' in value && 'end' in value && 'paragraph' in value && 'text' in value) ? 1 : 0) +
        Object.values(value).reduce((sum: number, child) => sum + spansWithText(child), 0)
      : 0

describe('evidence text in the shipped knowledge base', () => {
  it('drops every span’s copy of the article and puts back exactly the same words', () => {
    const shipped = structuredClone(knowledgeData)
    const before = spansWithText(shipped)
    expect(stripEvidenceText(shipped, article.paragraphs)).toBe(before)
    expect(spansWithText(shipped)).toBe(0)
    expect(restoreEvidenceText(shipped, article.paragraphs)).toEqual(knowledgeData)
  })

  it('keeps a text that does not match the article, so a mistake cannot be papered over', () => {
    const data = { evidence: [{ paragraph: 1, start: 0, end: 8, text: 'Not this' }] }
    expect(stripEvidenceText(data, article.paragraphs)).toBe(0)
    expect(data.evidence[0]?.text).toBe('Not this')
  })
})
