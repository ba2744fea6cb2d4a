// Folding typed text so that only the letters count. The number and edit-distance helpers live
// beside this file and are re-exported here, so callers have one place to import from.

export { damerauLevenshtein, withinOneEdit } from './fuzzy'
export { formatNumber, parseNumber, readNumber, MAX_NUMBER_INPUT } from './numbers'
export type { NumberFailure, NumberReading } from './numbers'

// Latin letters that NFKD leaves whole, so stripping marks alone would not fold them.
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
}
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu')

/**
 * Lower-case text with diacritics, punctuation and extra whitespace gone, for comparing answers:
 * "  Erdoğan’s " and "erdogans" both become "erdogans"; "Nagorno-Karabakh" becomes
 * "nagorno karabakh" (dashes and slashes separate words, other punctuation just disappears).
 * NFKD folds fullwidth and other compatibility forms ("Ｚａｎ" → "zan"). Look-alike letters from
 * other scripts (Cyrillic "а") are left as they are: they are different letters, so they count as
 * an edit. Symbols and emoji are kept. Invisible format characters (zero-width space, soft hyphen,
 * joiners) are dropped.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD') // before lowercasing too: compatibility forms such as "ᴬ" decompose to capitals
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[\p{Pd}/\\]/gu, ' ')
    .replace(/\p{P}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC') // recomposes scripts NFKD split without marks (Hangul), so lengths stay honest
}
