import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as normalize from '../../../src/questions/check/normalize'
import { normalizeText } from '../../../src/questions/check/normalize'

describe('normalizeText', () => {
  it('ignores case, surrounding and repeated whitespace', () => {
    expect(normalizeText('  Lachin\t  CORRIDOR \n')).toBe('lachin corridor')
  })

  it('strips diacritics, precomposed or combining', () => {
    expect(normalizeText('Erdoğan')).toBe('erdogan')
    expect(normalizeText('Erdog\u0306an')).toBe('erdogan')
    expect(normalizeText('Çavuşoğlu')).toBe('cavusoglu')
    expect(normalizeText('İstanbul')).toBe('istanbul')
  })

  it('folds Latin letters that have no decomposition', () => {
    expect(normalizeText('Łódź')).toBe('lodz')
    expect(normalizeText('Straße')).toBe('strasse')
    expect(normalizeText('Ørsted')).toBe('orsted')
  })

  it('drops punctuation and treats curly and straight quotes alike', () => {
    expect(normalizeText('Karabakh’s')).toBe(normalizeText("Karabakh's"))
    expect(normalizeText('“Zangezur”!')).toBe('zangezur')
    expect(normalizeText('U.S.')).toBe('us')
  })

  it('turns dashes and slashes into word breaks', () => {
    expect(normalizeText('Nagorno-Karabakh')).toBe('nagorno karabakh')
    expect(normalizeText('Nagorno – Karabakh')).toBe('nagorno karabakh')
    expect(normalizeText('Armenia/Azerbaijan')).toBe('armenia azerbaijan')
  })

  it('folds fullwidth forms and odd spaces (NFKD)', () => {
    expect(normalizeText('Ｚａｎｇｅｚｕｒ')).toBe('zangezur')
    expect(normalizeText('Lachin\u00a0corridor')).toBe('lachin corridor')
    expect(normalizeText('Lachin\u202fcorridor')).toBe('lachin corridor')
  })

  it('drops invisible format characters', () => {
    expect(normalizeText('Zan\u200bge\u00adzur')).toBe('zangezur')
  })

  it('keeps look-alike letters from other scripts, and emoji, as they are', () => {
    expect(normalizeText('Zаngezur')).not.toBe('zangezur') // Cyrillic а
    expect(normalizeText('Zаngezur')).toHaveLength(8)
    expect(normalizeText('Baku 😀')).toBe('baku 😀')
  })

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normalizeText(text)
        expect(normalizeText(once)).toBe(once)
        expect(once).toBe(once.trim())
      }),
    )
  })

  it('is the one place to import the text, number and distance helpers from', () => {
    expect(typeof normalize.parseNumber).toBe('function')
    expect(typeof normalize.readNumber).toBe('function')
    expect(typeof normalize.damerauLevenshtein).toBe('function')
    expect(typeof normalize.withinOneEdit).toBe('function')
  })
})
