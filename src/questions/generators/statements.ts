// The article's statements a learner can classify, and the four classes. They are the reader's
// layers (src/content/layers.ts), with quotes and actors' positions as one class, so an item has
// one certainty everywhere: reported_fact -> reported; attributed_quote and actor_position -> a
// quote or view of someone in the article; claim, unconfirmed_report and denial -> unconfirmed or
// denied (a claim is an account the article passes on without confirming it, as its layer says);
// author_position -> the author's opinion.
import { AUTHOR_ID, type Certainty, type KnowledgeItem } from '../../content/schema'
import type { Choice, Misreading } from '../../domain/question'
import { entity, perBuild, relatedEitherWay, type GeneratorContext } from './context'
import { labelInSentence } from './entities'

export type StatementClass = 'reported' | 'quote_or_claim' | 'unconfirmed' | 'opinion'

export const CLASS_CHOICES: Record<StatementClass, Choice> = {
  reported: { id: 'reported', text: 'Reported as fact by the article' },
  quote_or_claim: { id: 'quote_or_claim', text: 'A quote or view of someone in the article' },
  unconfirmed: { id: 'unconfirmed', text: 'Unconfirmed or denied' },
  opinion: { id: 'opinion', text: 'The author’s own opinion' },
}

/**
 * The misreading behind taking a statement of class `actual` for `taken`: passed-on words, someone's
 * view or the author's opinion taken as the article's fact drops the hedge; the author's and an
 * actor's views swapped; an account, or the article's own report, given to the wrong voice; a
 * reported fact doubted or made an opinion on no word of the article's.
 */
export function classMisreading(actual: StatementClass, taken: StatementClass): Misreading | undefined {
  if (actual === taken) return undefined
  // Taken as plain fact: the hedge, the quotation marks or the author's voice dropped.
  if (taken === 'reported') return 'dropped-hedge'
  // The article's own report given to someone in it: the wrong source.
  if (actual === 'reported' && taken === 'quote_or_claim') return 'wrong-speaker'
  // Doubt, or the author's voice, that the article does not give it.
  if (taken === 'unconfirmed' || actual === 'reported') return 'outside-assumption'
  // Unconfirmed reports taken for someone's quotation or for the author's view: given a source they do not have.
  if (actual === 'unconfirmed') return 'wrong-speaker'
  return 'author-actor-swap'
}

const CLASS_OF: Record<Certainty, StatementClass> = {
  reported_fact: 'reported',
  attributed_quote: 'quote_or_claim',
  actor_position: 'quote_or_claim',
  claim: 'unconfirmed',
  unconfirmed_report: 'unconfirmed',
  denial: 'unconfirmed',
  author_position: 'opinion',
}

export interface Statement {
  /** The item whose certainty decides the class. */
  item: KnowledgeItem
  /** Further items shown by the same words (a quote voicing a position). */
  also: KnowledgeItem[]
  text: string
  cls: StatementClass
  /**
   * Denials or unconfirmed reports the knowledge base links to a statement of another class
   * (“Azeri forces bombarded his village” against “Azeri officials have denied …”): for such a
   * statement “unconfirmed or denied” is arguable too, so it is never offered as the wrong class.
   */
  disputedBy: KnowledgeItem[]
}

const DISPUTING: ReadonlySet<Certainty> = new Set(['denial', 'unconfirmed_report'])

function disputes(context: GeneratorContext, item: KnowledgeItem, cls: StatementClass): KnowledgeItem[] {
  if (cls === 'unconfirmed') return []
  const related = relatedEitherWay(context).get(item.id)
  if (!related?.size) return []
  return context.allItems.filter((other) => DISPUTING.has(other.certainty) && related.has(other.id))
}

// “We”, “us”, “I”: words in the first person give a statement away as someone's (case matters: “US”).
const FIRST_PERSON = /\b(I|We|we|us|Our|our|My|my|me)\b/

/**
 * Items with wording safe to show: statements of facts and positions, and speech quotes no
 * position already shows, never in the first person. Found once per build for multi-select and
 * fact-or-position questions.
 */
export const classifiableStatements = perBuild((context): readonly Statement[] => {
  const withStatement = context.allItems.filter((item) => item.statement !== undefined && item.certainty !== 'attributed_quote' && !FIRST_PERSON.test(item.statement))
  const shownBy = new Map<string, KnowledgeItem>()
  for (const item of withStatement) {
    if ('quotes' in item) item.quotes?.forEach((q) => shownBy.set(q, item))
  }
  const statements: Statement[] = withStatement.map((item) => ({
    item,
    also: context.knowledge.quotes.filter((q) => shownBy.get(q.id) === item),
    text: item.statement as string,
    cls: CLASS_OF[item.certainty],
    disputedBy: disputes(context, item, CLASS_OF[item.certainty]),
  }))
  for (const quote of context.knowledge.quotes) {
    if (quote.kind !== 'speech' || shownBy.has(quote.id) || quote.text.length > 250 || FIRST_PERSON.test(quote.text)) continue
    statements.push({ item: quote, also: [], text: quote.text, cls: 'quote_or_claim', disputedBy: disputes(context, quote, 'quote_or_claim') })
  }
  return statements.sort((a, b) => a.item.paragraph - b.item.paragraph || (a.item.evidence[0]?.start ?? 0) - (b.item.evidence[0]?.start ?? 0))
})

/** Why the item is in its class, in the app's words, naming whoever holds it. */
export function classReason(context: GeneratorContext, item: KnowledgeItem, quoted = false): string {
  const holder = item.holder === undefined ? undefined : labelInSentence(entity(context, item.holder))
  switch (item.certainty) {
    case 'reported_fact':
      return 'The article states this in its own reporting voice.'
    case 'attributed_quote':
      return `These are words of ${holder ?? 'someone in the article'}, which the article quotes.`
    case 'actor_position':
      if (quoted) return `These are words of ${holder ?? 'someone in the article'}, which the article quotes.`
      return `The article gives this as the view of ${holder ?? 'someone in the article'}, not as its own fact.`
    case 'claim':
      return `The article passes this on as the account of ${holder ?? 'someone in the article'} and does not confirm it.`
    case 'unconfirmed_report':
      return 'The article itself calls these reports unconfirmed.'
    case 'denial':
      return `This is a denial by ${holder ?? 'someone in the article'}.`
    case 'author_position':
      return item.holder === AUTHOR_ID ? 'This is the author’s own view, not a fact the article reports.' : ''
  }
}
