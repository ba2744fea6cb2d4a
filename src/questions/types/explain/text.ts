// The written answer's limits, shared by the answer component, the checker and the result-code codec.

/** Longest written answer, in characters (code points): what a result code carries. */
export const MAX_WRITTEN_CHARS = 400

/** The text cut to MAX_WRITTEN_CHARS characters, never inside a character (an emoji stays whole or goes). */
export function capWritten(text: string): string {
  // 400 characters are at most 800 UTF-16 units: huge input is not split whole. A cut surrogate pair
  // at the end lies past the 400th character.
  return Array.from(text.slice(0, MAX_WRITTEN_CHARS * 2)).slice(0, MAX_WRITTEN_CHARS).join('')
}

/** Characters as the learner counts them (an emoji is one). */
export function writtenLength(text: string): number {
  return Array.from(text).length
}

/** "paragraph 6", "paragraph 6 or 11": the paragraphs a good answer may cite. */
export function citeText(paragraphs: readonly number[]): string {
  return paragraphs.length === 0 ? 'a paragraph' : `paragraph ${paragraphs.join(' or ')}`
}
