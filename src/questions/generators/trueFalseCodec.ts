// The true/false facts of the app's own knowledge base (trueFalseFacts.ts) as the build ships them:
// worked out once at build time (scripts/true-false-facts-plugin.ts), so a phone building the bank
// does not find every item's false variants again. Packed small: a swap as where in the summary it
// changes and to what, the article's words as offsets into their paragraph, items by position.
import type { KnowledgeItem } from '../../content/schema'
import { perBuild, type GeneratorContext } from './context'
import type { Swap } from './swaps'
import { splice } from './text'
import type { ArticleWords, TrueFalseFactsOf } from './trueFalseFacts'

const SWAP_KINDS: readonly Swap['kind'][] = ['number', 'exchange', 'year', 'weekday', 'place', 'holder']

/** [kind, at, length, to]: the summary's text there is `from`, and `to` takes its place; else [kind, from, to, statement]. */
type PackedSwap = [number, number, number, string] | [number, string, string, string]
/** [paragraph, start, end, marks]: marks 1 opens inside a sentence, 2 stops inside one, 3 both; else the words as shown. */
type PackedWords = [number, number, number, number] | string
/** By position in the context's allItems: an item's words and swaps, or 0 where it makes no true/false question. */
export type PackedTrueFalseFacts = ([PackedWords, ...PackedSwap[]] | 0)[]

/** The facts of `askedItems` (each true/false question's first item), packed; the others get 0. */
export function packTrueFalseFacts(context: GeneratorContext, askedItems: readonly KnowledgeItem[], factsOf: TrueFalseFactsOf): PackedTrueFalseFacts {
  const asked = new Set(askedItems)
  return context.allItems.map((item) => {
    const facts = asked.has(item) ? factsOf(context, item) : undefined
    if (!facts || facts.swaps.length === 0) return 0
    return [packWords(facts.words), ...facts.swaps.map((swap) => packSwap(item.summary, swap))]
  })
}

function packWords(words: ArticleWords): PackedWords {
  if (typeof words === 'string') return words
  return [words.paragraph, words.start, words.end, (words.opensInside ? 1 : 0) + (words.stopsInside ? 2 : 0)]
}

function packSwap(summary: string, swap: Swap): PackedSwap {
  const kind = SWAP_KINDS.indexOf(swap.kind)
  for (let at = summary.indexOf(swap.from); at !== -1; at = summary.indexOf(swap.from, at + 1)) {
    if (splice(summary, at, at + swap.from.length, swap.to) === swap.statement) return [kind, at, swap.from.length, swap.to]
  }
  return [kind, swap.from, swap.to, swap.statement]
}

/** The facts source for the knowledge base `packed` was made from; an item it has none for makes no question. */
export function shippedTrueFalseFacts(packed: PackedTrueFalseFacts): TrueFalseFactsOf {
  return (context, item) => {
    const entry = packed[positions(context).get(item) ?? -1]
    if (!entry) return { swaps: [], words: '' }
    const [words, ...swaps] = entry
    return { words: unpackWords(words), swaps: swaps.map((swap) => unpackSwap(item.summary, swap)) }
  }
}

const positions = perBuild((context) => new Map(context.allItems.map((item, i) => [item, i])))

function unpackWords(words: PackedWords): ArticleWords {
  if (typeof words === 'string') return words
  const [paragraph, start, end, marks] = words
  return { paragraph, start, end, opensInside: (marks & 1) > 0, stopsInside: (marks & 2) > 0 }
}

function unpackSwap(summary: string, [kind, a, b, to]: PackedSwap): Swap {
  const known = SWAP_KINDS[kind] as Swap['kind']
  if (typeof a === 'string') return { kind: known, from: a, to: b as string, statement: to }
  return { kind: known, from: summary.slice(a, a + (b as number)), to, statement: splice(summary, a, a + (b as number), to) }
}
