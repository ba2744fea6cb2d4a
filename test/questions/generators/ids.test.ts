import { describe, expect, it } from 'vitest'
import { questionId, slug } from '../../../src/questions/generators/ids'
import { hashString } from '../../../src/questions/random'

describe('questionId', () => {
  it('names one item by its id, with the kind and variant when given', () => {
    expect(questionId('true_false', ['fact.a'])).toBe('true_false:fact.a')
    expect(questionId('single_choice', ['fact.a'], 'year')).toBe('single_choice:year:fact.a')
    expect(questionId('cloze', ['fact.a'], undefined, 'surrender')).toBe('cloze:fact.a:surrender')
  })

  it('names several items by a hash of their sorted, distinct ids, whatever their order', () => {
    const key = hashString('fact.a|quote.b').toString(36)
    expect(questionId('matching', ['quote.b', 'fact.a'], 'quote-speakers')).toBe(`matching:quote-speakers:${key}`)
    expect(questionId('matching', ['fact.a', 'quote.b', 'fact.a'], 'quote-speakers')).toBe(`matching:quote-speakers:${key}`)
    expect(questionId('ordering', ['fact.a', 'fact.a'])).toBe('ordering:fact.a')
  })
})

describe('slug', () => {
  it('lower-cases and joins words with hyphens', () => {
    expect(slug('food and medicine')).toBe('food-and-medicine')
    expect(slug('“Zanzegur corridor,”')).toBe('zanzegur-corridor')
  })

  it('gives accented and plain text the slugs ids always had (saved progress is keyed by question id)', () => {
    const reference = (text: string) =>
      text
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
    for (const text of ['Émigré café', 'ﬁve ½ days', 'Zangezur', 'food and medicine', '28,000 people']) expect(slug(text), text).toBe(reference(text))
  })
})
