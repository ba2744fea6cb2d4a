// Rules on what a question asks: orderings that do not give their order away, gaps worth filling
// (with their number of words said), statements in the app's voice that say whose they are, and no
// passage of the article asked about over and over.
import type { Question } from '../../domain/question'
import { wordCount } from './text'
import { violation, type Rule, type Violation } from './types'

const DATED = /\b(1[89]\d\d|20\d\d)\b|\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(last week|yesterday|today|tomorrow)\b/i

export const orderingDatedItems: Rule = {
  id: 'ordering-dated-items',
  description: 'An ordering item never states its own year, day or date: ordering by time is not sorting numbers.',
  check: (q) => (q.type === 'ordering' ? q.items.filter((i) => DATED.test(i.text)).map((i) => violation('ordering-dated-items', q, `item states its time: “${i.text}”`)) : []),
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

export const clozeWords: Rule = {
  id: 'cloze-words',
  description: 'A gap says how many words it takes, in its prompt and as `words`, matching the article’s words.',
  check: (q) => {
    if (q.type !== 'cloze') return []
    const words = wordCount(q.answer.accepted[0] ?? '')
    const found: Violation[] = []
    if (q.words !== words) found.push(violation('cloze-words', q, `words is ${String(q.words)}, the answer has ${words}`))
    const said = new RegExp(`\\b(${words}|${NUMBER_WORDS[words] ?? words}) words?\\b`, 'i')
    if (!said.test(q.prompt)) found.push(violation('cloze-words', q, `the prompt does not say the gap takes ${words} word${words === 1 ? '' : 's'}: “${q.prompt}”`))
    return found
  },
}

// Words that carry nothing on their own: a gap on them tests memory of filler, not reading.
const PLAIN = new Set(['region', 'people', 'war', 'country', 'area', 'areas', 'time', 'thing', 'things', 'way', 'day', 'days', 'surrender', 'refugees'])

export const meaningfulGap: Rule = {
  id: 'meaningful-gap',
  description: 'A gap is a word that carries meaning (a name, number, hedge, reporting verb, loaded word or the word a claim turns on), never filler like “region”.',
  check: (q, context) => {
    if (q.type !== 'cloze') return []
    const answer = q.answer.accepted[0] ?? ''
    const terms = q.factIds.flatMap((id) => context.items.get(id)?.keyTerms ?? []).filter((t) => t.text === answer)
    if (PLAIN.has(answer.toLowerCase())) return [violation('meaningful-gap', q, `the gap “${answer}” is a plain word`)]
    if (terms.length === 0 || terms.some((t) => !t.kind)) return [violation('meaningful-gap', q, `the gap “${answer}” is no key term with a kind`)]
    return []
  },
}

export const MAX_PER_SPAN = 6

export const spanLoad: Rule = {
  id: 'span-load',
  description: `At most ${MAX_PER_SPAN} questions rest on one evidence span of the article.`,
  checkBank: ({ bank, knowledge }) => {
    const keyOf = (e: { paragraph: number; start: number; end: number }) => `${e.paragraph}:${e.start}-${e.end}`
    // Where the article names a speaker (“he said”) is shown with each of their quotations; it is no passage asked about.
    const attributions = new Set(knowledge.quotes.flatMap((q) => q.attribution.map(keyOf)))
    const bySpan = new Map<string, Question[]>()
    for (const q of bank) {
      for (const key of new Set(q.evidence.map(keyOf))) if (!attributions.has(key)) bySpan.set(key, [...(bySpan.get(key) ?? []), q])
    }
    return [...bySpan.entries()]
      .filter(([, qs]) => qs.length > MAX_PER_SPAN)
      .map(([key, qs]) => {
        const first = qs[0] as Question
        const span = first.evidence.find((e) => `${e.paragraph}:${e.start}-${e.end}` === key)
        return violation('span-load', first, `${qs.length} questions rest on paragraph ${key} “${span?.text.slice(0, 60) ?? ''}”: ${qs.map((x) => x.id).join(', ')}`)
      })
  },
}

export const attributedStatement: Rule = {
  id: 'attributed-statement',
  description: 'A true/false statement in the app’s voice says whose it is: “According to the article, …” or “The author …”.',
  check: (q) => {
    if (q.type !== 'true_false') return []
    const statement = q.prompt.replace(/^True or false\? /, '')
    return /^(According to (the article|the author|[A-Z])|The author|The article)\b/.test(statement) ? [] : [violation('attributed-statement', q, `unattributed statement: “${statement}”`)]
  },
}

/** A clause that hands what follows to someone: “what Nairy told Reuters”, “he says”, “passes on”. */
const ATTRIBUTING = /\b(told|says|said|passes on|according to)\b/i

export const explainFactVoice: Rule = {
  id: 'explain-fact-voice',
  description: 'An explain model answer gives an event the article reports in its own voice (a reported_fact) as the article’s, never as what a witness told someone.',
  check: (q, context) => {
    if (q.type !== 'explain') return []
    const facts = [...context.items.values()].filter((i) => i.certainty === 'reported_fact' && i.evidence.some((e) => q.paragraphs.includes(e.paragraph)))
    // A sentence, and within it the clauses after an attributing colon: "X told Reuters: his village was shelled, …".
    const sentences = q.answer.model.split(/(?<=\.)\s+/)
    return sentences.flatMap((sentence) => {
      if (!ATTRIBUTING.test(sentence)) return []
      return facts.flatMap((fact) => {
        const claim = (fact.keyTerms ?? []).find((t) => t.kind === 'claim' && new RegExp(`\\b${t.text}\\b`, 'i').test(sentence))
        return claim ? [violation('explain-fact-voice', q, `“${claim.text}” (${fact.id}, the article’s own report) is given in a sentence that attributes it: “${sentence}”`)] : []
      })
    })
  },
}

const nameWords = (text: string) => (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== 'the' && w !== 'and')

export const matchingRepeatsName: Rule = {
  id: 'matching-repeats-name',
  description: 'A role or description matched with a name never repeats a word of that name (“Stepanakert airport” ↔ “Airport where…”).',
  check: (q) => {
    if (q.type !== 'matching' || q.misreading === 'wrong-speaker') return []
    return q.left.flatMap((left) => {
      const right = q.right.find((r) => r.id === q.answer[left.id])
      const shared = right ? nameWords(left.text).filter((w) => nameWords(right.text).includes(w)) : []
      return shared.length > 0 ? [violation('matching-repeats-name', q, `“${left.text}” ↔ “${right?.text ?? ''}” share “${shared.join('”, “')}”`)] : []
    })
  },
}

export const CONTENT_RULES: Rule[] = [orderingDatedItems, clozeWords, meaningfulGap, spanLoad, attributedStatement, explainFactVoice, matchingRepeatsName]
