// The text helpers the generators cut the article with; rewritten for speed, so their edge cases
// are pinned here (the whole bank is pinned by bankStable.test.ts).
import { describe, expect, it } from 'vitest'
import {
  eachQuoteMark,
  quoteDepthAt,
  quoted,
  quotedPassage,
  sentenceAround,
  sentenceBounds,
  wholeSentences,
  withoutStrayEdgeQuotes,
  wordIndices,
} from '../../../src/questions/generators/text'

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end)

describe('eachQuoteMark', () => {
  it('visits the quotation marks of a range in order, telling opening from closing', () => {
    const text = '“a” b “c “d” e” f'
    const seen: [number, boolean][] = []
    eachQuoteMark(text, 1, text.indexOf(' f'), (at, opens) => seen.push([at, opens]))
    const marks = [...text].flatMap((ch, i): [number, boolean][] => (ch === '“' ? [[i, true]] : ch === '”' ? [[i, false]] : []))
    expect(seen).toEqual(marks.filter(([at]) => at >= 1))
  })
})

describe('quoteDepthAt', () => {
  it('counts the quotations open at an index, from the start or from a later index', () => {
    const text = 'He said “we left “all” behind” and went.'
    expect(quoteDepthAt(text, text.indexOf('we'))).toBe(1)
    expect(quoteDepthAt(text, text.indexOf('all'))).toBe(2)
    expect(quoteDepthAt(text, text.indexOf(' and'))).toBe(0)
    expect(quoteDepthAt(text, text.indexOf(' and'), text.indexOf('all'))).toBe(-2)
  })
})

describe('sentence bounds', () => {
  const paragraph = 'Washington D.C. declares it. “We left. We had to,” she said. Then the road closed! Was it?'

  it('ends sentences before a capital or an opening quotation mark, never at an initial inside a name', () => {
    const { cut, whole } = sentenceBounds(paragraph)
    const after = (words: string) => paragraph.indexOf(words) + words.length
    expect(cut.ends).toEqual([after('it.'), after('We left.'), after('she said.'), after('closed!')])
    // Kept whole, the quotation of two sentences is not cut after “We left.”.
    expect(whole.ends).toEqual(cut.ends.filter((end) => quoteDepthAt(paragraph, end) === 0))
    expect(whole.starts).toEqual([0, ...whole.ends.map((end) => end + 1)])
  })

  it('sentenceAround widens a very short sentence to a neighbour and keeps a quotation whole', () => {
    const at = paragraph.indexOf('We had')
    expect(slice(paragraph, sentenceAround(paragraph, at, at + 6))).toBe('Washington D.C. declares it. “We left. We had to,” she said.')
    const road = paragraph.indexOf('road')
    expect(slice(paragraph, sentenceAround(paragraph, road, road + 4))).toBe('“We left. We had to,” she said. Then the road closed!')
  })

  it('wholeSentences takes exactly the sentences holding the range', () => {
    const road = paragraph.indexOf('road')
    expect(slice(paragraph, wholeSentences(paragraph, road, road + 4))).toBe('Then the road closed!')
    const precomputed = sentenceBounds(paragraph)
    expect(wholeSentences(paragraph, road, road + 4, precomputed)).toEqual(wholeSentences(paragraph, road, road + 4))
  })
})

describe('withoutStrayEdgeQuotes', () => {
  const narrow = (text: string) => slice(text, withoutStrayEdgeQuotes(text, 0, text.length))

  it('drops an unpartnered mark at either edge and keeps paired ones', () => {
    expect(narrow('“We left.')).toBe('We left.')
    expect(narrow('we left.”')).toBe('we left.')
    expect(narrow('“We left.”')).toBe('“We left.”')
    expect(narrow('a ” b ”')).toBe('a ” b ')
    expect(narrow('” a ” b')).toBe(' a ” b')
    expect(narrow('')).toBe('')
  })

  it('works on a range of a longer text', () => {
    const text = 'He said “we left. We went.” Then.'
    const start = text.indexOf('We went')
    const end = text.indexOf(' Then')
    expect(slice(text, withoutStrayEdgeQuotes(text, start, end))).toBe('We went.')
  })
})

describe('quoting', () => {
  it('quoted turns inner double quotation marks into single ones', () => {
    expect(quoted('plain')).toBe('“plain”')
    expect(quoted('the “Zanzegur corridor.”')).toBe('“the ‘Zanzegur corridor.’”')
  })

  it('quotedPassage drops marks without a partner inside the passage, even after a stray one', () => {
    expect(quotedPassage('We left,” she said.')).toBe('“We left, she said.”')
    expect(quotedPassage('” a ” b “c” “d')).toBe('“ a  b ‘c’ d”')
    expect(quotedPassage('no marks')).toBe('“no marks”')
  })
})

describe('wordIndices', () => {
  it('finds whole words only, with letters and digits beyond ASCII counting as word characters', () => {
    expect(wordIndices('Power and Samantha Power, powerful', 'Power')).toEqual([0, 19])
    expect(wordIndices('Ayvazyan’s Ayvazyanq Ayvazyané', 'Ayvazyan')).toEqual([0])
    expect(wordIndices('x2 2 25', '2')).toEqual([3])
    expect(wordIndices('The Author and the author', 'the author', true)).toEqual([0, 15])
  })
})
