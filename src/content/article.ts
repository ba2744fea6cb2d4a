// The article as the app ships it: one paragraph per line of content/articles/<slug>/article.txt.

export interface Article {
  id: string
  /** A neutral title of the app's own: the text itself has no headline, byline, outlet or date. */
  title: string
  paragraphs: string[]
}

/** Splits the stored text into paragraphs (one per line), keeping each line byte for byte. */
export function parseParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + (p.match(/\S+/g)?.length ?? 0), 0)
}
