// Reading more than recall (issue 28): at least half of the bank asks about attribution, framing,
// sourcing, structure and evidence, and every paragraph has at least one such question. The
// paragraph rule is enforced; the share is measured and printed until the bank meets it (the
// generators decide what to drop), with the recall questions most worth dropping first.
import type { Question, QuestionType } from '../../domain/question'
import { violation, type Rule, type Violation } from './types'

/** The kinds that test reading rather than recall (`explain` joins them once it exists). */
export const READING_KINDS: ReadonlySet<string> = new Set<QuestionType | 'explain'>([
  'who_said', 'whose_position', 'fact_or_position', 'prove_it', 'mark_layers', 'source_match', 'word_choice',
  'paraphrase_check', 'competing_claims', 'structure', 'explain',
])

export const MIN_READING_SHARE = 0.5

export const isReading = (q: Question) => READING_KINDS.has(q.type)

export interface ReadingBalance {
  total: number
  reading: number
  /** reading / total. */
  share: number
  /** Recall questions to drop before the share reaches MIN_READING_SHARE (0 when it does). */
  toDrop: number
  /** 1-based paragraphs no reading question has evidence in. */
  uncovered: number[]
  /**
   * Recall questions whose every fact a reading question already trains, the most often asked
   * facts first (the fewest questions on a question's least-asked fact, most first), numbers
   * aside: the weakest candidates to drop.
   */
  candidates: Question[]
}

export function readingBalance(bank: readonly Question[], paragraphCount: number): ReadingBalance {
  const reading = bank.filter(isReading)
  const recall = bank.filter((q) => !isReading(q))
  const trained = new Set(reading.flatMap((q) => q.factIds))
  const covered = new Set(reading.flatMap((q) => q.evidence.map((e) => e.paragraph)))
  const asked = new Map<string, number>()
  for (const q of bank) for (const id of new Set(q.factIds)) asked.set(id, (asked.get(id) ?? 0) + 1)
  const redundancy = (q: Question) => Math.min(...q.factIds.map((id) => asked.get(id) ?? 0))
  // Numbers and orderings stay: "at least how many", whose figure it is and the order the article
  // tells things in train a hedge and the text's sequence, not recall alone. Ties go by id, so the
  // same questions go whatever the seed.
  const kept = new Set(['numeric', 'ordering'])
  const candidates = recall
    .filter((q) => !kept.has(q.type) && q.factIds.length > 0 && q.factIds.every((id) => trained.has(id)))
    .sort((a, b) => redundancy(b) - redundancy(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    total: bank.length,
    reading: reading.length,
    share: bank.length === 0 ? 0 : reading.length / bank.length,
    toDrop: Math.max(0, recall.length - Math.floor(reading.length / MIN_READING_SHARE - reading.length)),
    uncovered: Array.from({ length: paragraphCount }, (_, i) => i + 1).filter((p) => !covered.has(p)),
    candidates,
  }
}

export const readingCoverage: Rule = {
  id: 'reading-coverage',
  description: 'Every paragraph has at least one question of a reading kind (attribution, framing, sourcing, structure, evidence).',
  checkBank: ({ bank, paragraphs }): Violation[] =>
    readingBalance(bank, paragraphs.length).uncovered.map((p) => violation('reading-coverage', { id: `paragraph ${p}` }, `no reading question has its evidence in paragraph ${p}`)),
}

export const readingShare: Rule = {
  id: 'reading-share',
  description: `At least ${MIN_READING_SHARE * 100}% of the bank's questions are of a reading kind.`,
  checkBank: ({ bank, paragraphs }): Violation[] => {
    const b = readingBalance(bank, paragraphs.length)
    if (b.share >= MIN_READING_SHARE) return []
    return [violation('reading-share', { id: 'bank' }, `${b.reading} of ${b.total} questions (${(b.share * 100).toFixed(1)}%) are of a reading kind; drop ${b.toDrop} recall questions or add reading ones`)]
  },
}

/** What content:lint prints about the share while the bank is short of it: the numbers and the first candidates. */
export function readingReport(bank: readonly Question[], paragraphCount: number, show = 12): string {
  const b = readingBalance(bank, paragraphCount)
  const head = `reading share: ${b.reading} of ${b.total} questions (${(b.share * 100).toFixed(1)}%), every paragraph covered: ${b.uncovered.length === 0 ? 'yes' : `no (${b.uncovered.join(', ')})`}`
  if (b.share >= MIN_READING_SHARE) return head
  const weakest = b.candidates.slice(0, b.toDrop)
  const byType = new Map<string, number>()
  for (const q of weakest) byType.set(q.type, (byType.get(q.type) ?? 0) + 1)
  return [
    `${head}; below ${MIN_READING_SHARE * 100}%: ${b.toDrop} recall questions to drop.`,
    `  the ${weakest.length} weakest (facts most often asked, a reading question among them): ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}; first: ${weakest.slice(0, show).map((q) => q.id).join(', ')}`,
  ].join('\n')
}
