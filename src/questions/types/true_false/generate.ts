// true_false: an item's neutral summary (it names its holder, or says "According to the
// article"), or a false variant with one element swapped (see swaps.ts). The seed decides which,
// and which swap; the explanation always gives the article's own words.
import { AUTHOR_ID, type KnowledgeItem } from '../../../content/schema'
import type { Misreading } from '../../../domain/question'
import type { TrueFalseQuestion } from './model'
import { TRUE_FALSE_CHOICES, tagWrong } from '../../generators/choices'
import { allItems, randomFor, type GeneratorContext } from '../../generators/context'
import { alsoShowing, authorsViewShown, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import type { Swap } from './swaps'
import { quotedPassage } from '../../generators/text'
import { flatMapped } from '../../generators/lists'
import { trueFalseFacts, type ArticleWords } from './facts'

/**
 * The items that make one question each: items that share a summary (a quote and the position it
 * voices) make one, and a quote that a position with a summary of its own voices makes none (the
 * position's statement asks about the same words).
 */
export function trueFalseGroups(context: GeneratorContext): KnowledgeItem[][] {
  const bySummary = new Map<string, KnowledgeItem[]>()
  const voiced = new Map<string, string>()
  for (const position of context.knowledge.positions) for (const id of position.quotes ?? []) voiced.set(id, position.summary)
  for (const item of allItems(context)) {
    const voice = voiced.get(item.id)
    if (voice !== undefined && voice !== item.summary) continue
    const same = bySummary.get(item.summary)
    if (same) same.push(item)
    else bySummary.set(item.summary, [item])
  }
  return [...bySummary.values()]
}

/** The most false statements one swapped-in name or number may make: “Nakhchivan” in every place swap teaches a pattern. */
export const MAX_SWAP_USES = 2

/**
 * One question per group, on its first item's swaps and words (facts.ts). A false statement takes,
 * of the item's swaps, one whose swapped-in words the bank has used least (seeded among equals); when
 * all are used up it asks the true statement instead.
 */
export function trueFalseQuestions(context: GeneratorContext): TrueFalseQuestion[] {
  const uses = new Map<string, number>()
  return flatMapped(trueFalseGroups(context), (items) => {
      const primary = items[0] as KnowledgeItem
      const id = questionId('true_false', [primary.id])
      const random = randomFor(context, id)
      // The seed picks the true statement or a false one; a true one is asked only where a false one exists.
      const isFalse = random() < 0.5
      const { swaps, words } = trueFalseFacts(context, primary)
      if (swaps.length === 0) return []
      const used = (swap: Swap) => uses.get(swap.to) ?? 0
      const least = Math.min(...swaps.map(used))
      const fresh = swaps.filter((swap) => used(swap) === least && least < MAX_SWAP_USES)
      const swap = isFalse && fresh.length > 0 ? fresh[Math.floor(random() * fresh.length)] : undefined
      if (swap) uses.set(swap.to, used(swap) + 1)
      return [trueFalse(context, id, items, words, swap)]
    })
}

/** A name as it sits inside a sentence: “The author” is “the author” after “in place of”. */
const midSentence = (text: string | undefined): string => (text ?? '').replace(/^The /, 'the ')

const withArticle = (swap: Swap | undefined, name: string | undefined): string => `${swap?.article ? `${swap.article} ` : ''}${midSentence(name)}`

function shownWords(context: GeneratorContext, words: ArticleWords): string {
  if (typeof words === 'string') return words
  const stretch = context.paragraphs[words.paragraph - 1]?.slice(words.start, words.end) ?? ''
  return quotedPassage(`${words.opensInside ? '… ' : ''}${stretch}${words.stopsInside ? ' …' : ''}`)
}

/**
 * What answering “True” to a false variant stands for (a figure, place or holder mixed up, a day or
 * year moved); “False” to a true statement doubts the article on no word of its own.
 */
function swapMisreading(swap: Swap, item: KnowledgeItem): Misreading {
  if (swap.kind === 'year' || swap.kind === 'weekday') return 'wrong-time'
  if (swap.kind === 'holder') return item.holder === AUTHOR_ID || swap.to === 'the author' || swap.to === 'The author' ? 'author-actor-swap' : 'wrong-speaker'
  return 'mixed-up-detail'
}

function trueFalse(context: GeneratorContext, id: string, items: KnowledgeItem[], articleWords: ArticleWords, swap: Swap | undefined): TrueFalseQuestion {
  const primary = items[0] as KnowledgeItem
  const words = `The article’s words: ${shownWords(context, articleWords)}`
  // Unquoted: the summary's words for a holder (“Russian Ambassador Anatoly Antonov”) are not the article's.
  const change = swap?.kind === 'exchange' ? `The statement swaps ${swap.from} and ${swap.to}.` : `The statement puts ${withArticle(swap, swap?.to)} in place of ${withArticle(swap, swap?.from)}.`
  const shows = typeof articleWords === 'string' ? [] : idsShown(context, [articleWords])
  const explanation = [swap ? `False. ${primary.summary} ${change} ${words}` : `True. ${primary.summary} ${words}`, authorsViewShown(context, items, shows)].filter(Boolean).join(' ')
  return {
    id,
    type: 'true_false',
    prompt: `True or false? ${swap ? swap.statement : primary.summary}`,
    ...tagWrong({ choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c })), answer: swap ? 'false' : 'true' }, swap ? swapMisreading(swap, primary) : 'outside-assumption'),
    explanation,
    // With the items whose words the explanation quotes in full (the rest of the article's sentence).
    ...alsoShowing(grounding(context, items), shows),
    difficulty: swap?.kind === 'holder' || swap?.kind === 'place' ? 2 : swap ? 3 : 2,
  }
}

/**
 * The true statement of a false one: its item's summary, with the same article's words. The bank
 * asks it where too many of the questions left would be false (bank.ts: balancedTruth).
 */
export function asTrueStatement(question: TrueFalseQuestion, summary: string): TrueFalseQuestion {
  const at = question.explanation.indexOf('The article’s words:')
  const words = at >= 0 ? ` ${question.explanation.slice(at)}` : ''
  return {
    ...question,
    prompt: `True or false? ${summary}`,
    ...tagWrong({ choices: TRUE_FALSE_CHOICES.map((c) => ({ ...c })), answer: 'true' }, 'outside-assumption'),
    explanation: `True. ${summary}${words}`,
    difficulty: 2,
  }
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { trueFalseQuestions as generate }
