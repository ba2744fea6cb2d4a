// What the generators once got wrong, as rules: a choice set told apart by length, a stem whose
// grammar or kind word fits only the answer, a word_choice keyed on another holder's words, one
// swapped-in word behind many false statements, a capital “The” mid-sentence, “whose position” on
// another view holder without the author, the same fact asked by who_said and whose_position, and
// long roles as choices.
import { AUTHOR_ID } from '../../content/schema'
import type { Question } from '../../domain/question'
import { lengthGiveaway } from '../generators/lengths'
import { wordIndices } from '../generators/text'
import { spanText, wordsOf } from '../types/shared/words'
import { choiceTexts, outsideQuotations, quotations, shownTexts } from './text'
import { violation, type LintContext, type Rule, type Violation } from './types'

const FIXED_LABELS: ReadonlySet<Question['type']> = new Set(['true_false', 'fact_or_position'])

export const lengthGiveawayRule: Rule = {
  id: 'length-giveaway',
  description: 'The right choices are not told apart by length: not far longer on average, not the one far-longest, not all longer than every wrong one.',
  check: (q) => {
    if (!('choices' in q) || FIXED_LABELS.has(q.type)) return []
    const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer])
    const lengths = (keep: boolean) => q.choices.filter((c) => right.has(c.id) === keep).map((c) => c.text.length)
    return lengthGiveaway(lengths(true), lengths(false)) ? [violation('length-giveaway', q, `right ${lengths(true).join('/')} characters against wrong ${lengths(false).join('/')}`)] : []
  },
}

/** The verb after a gap says whether it takes a plural (heuristic: the first is/are/was/were/has/have). */
const pluralAfterGap = (text: string): boolean | undefined => {
  const at = text.indexOf('___')
  const verb = at === -1 ? undefined : /\b(is|was|has|are|were|have)\b/.exec(text.slice(at + 3))?.[1]
  return verb === undefined ? undefined : ['are', 'were', 'have'].includes(verb)
}
const pluralChoice = (text: string) => /s$/i.test(text.trim().split(/\s+/).pop() ?? '')

export const gapNumberAgreement: Rule = {
  id: 'gap-number-agreement',
  description: 'A gap whose verb is singular or plural (“___ of the population has been”, “where ___ were sleeping”) takes choices that all agree with it.',
  check: (q) => {
    if (q.type !== 'single_choice') return []
    const plural = pluralAfterGap(q.prompt)
    if (plural === undefined) return []
    return q.choices.filter((c) => pluralChoice(c.text) !== plural).map((c) => violation('gap-number-agreement', q, `“${c.text}” does not agree with the ${plural ? 'plural' : 'singular'} verb after the gap`))
  },
}

export const stemKindAgreement: Rule = {
  id: 'stem-kind-agreement',
  description: 'A stem that names the kind of place before its gap (“his village, ___”, “the capital, ___”) offers only places of that kind.',
  check: (q, context) => {
    if (q.type !== 'single_choice' || !q.prompt.includes('___')) return []
    const kind = /\b(village|capital|town|city|region|enclave)\b(,| of| in)?\s*$/i.exec(q.prompt.slice(0, q.prompt.indexOf('___')))?.[1]?.toLowerCase()
    if (!kind) return []
    return q.choices
      .filter((c) => context.entities.get(c.id)?.kind === 'place' && wordIndices((context.entities.get(c.id)?.role ?? '').toLowerCase(), kind).length === 0)
      .map((c) => violation('stem-kind-agreement', q, `the stem names a ${kind}; “${c.text}” is none`))
  },
}

/** Whose judgement each loaded or attribution word of a paragraph is (a reporting verb is the author's). */
function judgesOf(text: string, paragraph: number, context: LintContext): Set<string> {
  const judges = new Set<string>()
  for (const item of context.items.values()) {
    const judge = 'speaker' in item && item.speaker ? item.speaker : item.holder
    for (const term of item.keyTerms ?? []) {
      if (term.text !== text || !item.evidence.some((e) => e.paragraph === paragraph)) continue
      if (term.kind === 'attribution') judges.add(AUTHOR_ID)
      else if (term.kind === 'loaded' && judge) judges.add(judge)
    }
  }
  for (const e of context.entities.values()) for (const label of e.labels ?? []) if (label.evidence.paragraph === paragraph && label.evidence.text === text) judges.add(label.by)
  return judges
}

export const wordChoiceOwnJudge: Rule = {
  id: 'word-choice-own-judge',
  description: 'A word_choice question keys only words that are its holder’s own judgement, never another holder’s word in the same sentence.',
  check: (q, context) => {
    if (q.type !== 'word_choice') return []
    const words = wordsOf(q.sentence)
    return q.answer.keys.flatMap((key) => {
      const text = spanText(q.sentence, words, key)
      const judges = judgesOf(text, q.paragraph, context)
      return judges.size > 0 && !judges.has(q.answer.holder) ? [violation('word-choice-own-judge', q, `“${text}” is ${[...judges].join(', ')}’s, not ${q.answer.holder}’s`)] : []
    })
  },
}

/** The most false true/false statements one swapped-in word may make. */
export const MAX_SWAP_USES = 2

export const swapVariety: Rule = {
  id: 'swap-variety',
  description: `No one word is swapped into more than ${MAX_SWAP_USES} false true/false statements (“Nakhchivan” every time teaches a pattern).`,
  checkBank: ({ bank }) => {
    const by = new Map<string, Question[]>()
    for (const q of bank) {
      const to = q.type === 'true_false' ? /The statement puts (.+?) in place of /.exec(q.explanation)?.[1]?.toLowerCase() : undefined
      if (to) by.set(to, [...(by.get(to) ?? []), q])
    }
    return [...by.entries()].filter(([, qs]) => qs.length > MAX_SWAP_USES).map(([to, qs]) => violation('swap-variety', qs[0] as Question, `“${to}” is swapped in ${qs.length} times: ${qs.map((x) => x.id).join(', ')}`))
  },
}

export const midSentenceCapital: Rule = {
  id: 'mid-sentence-capital',
  description: 'In the app’s own words a name is lower-cased mid-sentence: “in place of the author”, never “in place of The author”.',
  check: (q) => {
    const texts = [...shownTexts(q), q.explanation].map(outsideQuotations)
    return texts.filter((t) => /[\p{Ll},;] The (author|article|Center|Soviet|Turkish)\b/u.test(t)).map((t) => violation('mid-sentence-capital', q, `a capital “The” mid-sentence: “${t.slice(0, 120)}”`))
  },
}

const VIEW_HOLDERS: ReadonlySet<string> = new Set(['official', 'government', 'think-tank'])

export const authorAmongViewHolders: Rule = {
  id: 'author-among-view-holders',
  description: 'A whose_position question quoting an official’s, a government’s or a think-tank’s view offers “The author” too: the two are what readers confuse. (Not one asking who did something in the events: the author takes no part in them.)',
  check: (q, context) => {
    if (q.type !== 'whose_position' || quotations(q.prompt).length === 0) return []
    const category = context.entities.get(q.answer)?.category
    if (!category || !VIEW_HOLDERS.has(category) || q.choices.some((c) => c.id === AUTHOR_ID)) return []
    return [violation('author-among-view-holders', q, `the answer is a ${category}, and the author is not offered`)]
  },
}

/** The quoted words and items a who-said or whose-position question turns on. */
function factKeys(q: Question, context: LintContext): Set<string> {
  const keys = new Set<string>()
  for (const id of q.factIds) {
    keys.add(id)
    const item = context.items.get(id)
    if (item && 'quotes' in item) for (const quote of item.quotes ?? []) keys.add(quote)
  }
  for (const quote of quotations(q.prompt)) if (quote.length >= 8) keys.add(`“${quote.toLowerCase()}”`)
  return keys
}

export const sameFactTwice: Rule = {
  id: 'same-fact-twice',
  description: 'who_said and whose_position never ask the same fact twice: not the same item, not a position and its quotation, not the same quoted words.',
  checkBank: (context) => {
    const asked = context.bank.filter((q) => q.type === 'who_said' || q.type === 'whose_position')
    const found: Violation[] = []
    for (let i = 0; i < asked.length; i++) {
      for (let j = i + 1; j < asked.length; j++) {
        const [a, b] = [asked[i] as Question, asked[j] as Question]
        // Within a type only the same item counts: two views from one passage of the think-tank are two facts.
        // (Its own item is the first id; the others are items it shows or names.)
        const shared = a.type === b.type ? (a.factIds[0] === b.factIds[0] ? a.factIds.slice(0, 1) : []) : [...factKeys(a, context)].filter((k) => factKeys(b, context).has(k))
        if (shared.length > 0) found.push(violation('same-fact-twice', b, `asks what ${a.id} asks (${shared[0]})`))
      }
    }
    return found
  },
}

/** The longest role of the app's own words offered as a choice. */
export const MAX_ROLE_CHOICE = 48

export const longRoleChoice: Rule = {
  id: 'long-role-choice',
  description: `A role offered as a choice is at most ${MAX_ROLE_CHOICE} characters: a long one reads as the answer and wraps on a phone.`,
  check: (q) => {
    if (q.type !== 'single_choice' || !q.id.includes(':role-of:')) return []
    return choiceTexts(q).filter((t) => t.length > MAX_ROLE_CHOICE).map((t) => violation('long-role-choice', q, `role of ${t.length} characters: “${t}”`))
  },
}

/** The first letter inside a choice's opening quotation mark (or of the choice). */
const firstLetter = (text: string): string => /\p{L}/u.exec(text)?.[0] ?? ''

export const caseGiveaway: Rule = {
  id: 'case-giveaway',
  description: 'The right choices of a choose-all are not told apart by the case of their first letter (a cut quotation’s small letter on the right ones only, or on the wrong ones only).',
  check: (q) => {
    if (q.type !== 'multi_select') return []
    const right = new Set(q.answer)
    const small = (keep: boolean) => q.choices.filter((c) => right.has(c.id) === keep).map((c) => /\p{Ll}/u.test(firstLetter(c.text)))
    const [r, w] = [small(true), small(false)]
    const split = r.length > 0 && w.length > 0 && ((r.every(Boolean) && !w.some(Boolean)) || (!r.some(Boolean) && w.every(Boolean)))
    return split ? [violation('case-giveaway', q, `the ${r.every(Boolean) ? 'right' : 'wrong'} choices alone start with a small letter`)] : []
  },
}

export const FAIRNESS_RULES: Rule[] = [
  lengthGiveawayRule,
  gapNumberAgreement,
  stemKindAgreement,
  wordChoiceOwnJudge,
  swapVariety,
  midSentenceCapital,
  authorAmongViewHolders,
  sameFactTwice,
  longRoleChoice,
  caseGiveaway,
]

