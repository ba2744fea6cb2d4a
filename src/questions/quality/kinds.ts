// Give-aways by kind: every choice is the same sort of thing as the answer, nothing in the wording
// singles one out (a “woman who …” among men, a quotation saying “we” among the article's own
// reports), and a false statement swaps in only someone who could plausibly have said it.
import type { Entity } from '../../content/schema'
import type { Question } from '../../domain/question'
import { choiceTexts, isQuotedChoice, outsideQuotations } from './text'
import { violation, type LintContext, type Rule } from './types'

/** The category of a choice naming an entity (choices of who-said, whose-position and role questions have entity ids). */
function categoryOf(id: string, context: LintContext): string | undefined {
  const entity = context.entities.get(id) ?? context.entities.get(id.replace(/^role:/, ''))
  return entity ? (entity.category ?? `${entity.kind}:uncategorised`) : undefined
}

// Holders of views offered against one another in who-said and whose-position questions.
const VIEW_HOLDERS = new Set(['official', 'government', 'think-tank', 'author'])
const sameSort = (a: string, b: string) => a === b || (VIEW_HOLDERS.has(a) && VIEW_HOLDERS.has(b))

export const sameKindChoices: Rule = {
  id: 'same-kind-choices',
  description: 'Every choice is the same kind of thing as the answer: a witness against witnesses, a town against towns, never a plan among places.',
  check: (q, context) => {
    if (!('choices' in q) || Array.isArray(q.answer) || q.type === 'true_false' || q.type === 'fact_or_position') return []
    const answer = categoryOf(q.answer, context)
    if (!answer) return []
    return q.choices
      .filter((c) => c.id !== q.answer)
      .filter((c) => {
        const other = categoryOf(c.id, context)
        return other !== undefined && !sameSort(answer, other)
      })
      .map((c) => violation('same-kind-choices', q, `“${c.text}” (${categoryOf(c.id, context)}) beside an answer of category ${answer}`))
  },
}

const GENDERED = /\b(woman|women|man|men|she|her|hers|he|his|him|mother|father|son|daughter|wife|husband)\b/i

export const genderedCue: Rule = {
  id: 'gendered-cue',
  description: 'A question whose choices are people never tells the answer by gender (“Woman who …”, “his village”) in its own words.',
  check: (q, context) => {
    const people = (ids: readonly string[]) => ids.filter((id) => context.entities.get(id.replace(/^role:/, ''))?.kind === 'person').length >= 2
    const own = (text: string) => outsideQuotations(text)
    if ('choices' in q && people(q.choices.map((c) => c.id))) {
      // A role in the prompt (“Woman who …”) describes the answer; elsewhere a pronoun may be someone else's.
      const described = q.type === 'single_choice' ? [q.prompt] : []
      const texts = [...described, ...choiceTexts(q)].filter((text) => GENDERED.test(own(text)))
      return texts.map((text) => violation('gendered-cue', q, `gendered words beside people as choices: “${text}”`))
    }
    if (q.type === 'matching' && people(q.left.map((c) => c.id))) {
      return q.right.filter((c) => GENDERED.test(own(c.text))).map((c) => violation('gendered-cue', q, `gendered words beside people to match: “${c.text}”`))
    }
    return []
  },
}

// Case matters: “US” is the United States.
const FIRST_PERSON = /\b(I|We|we|us|Our|our|My|my|me)\b/

export const firstPersonGiveaway: Rule = {
  id: 'first-person-giveaway',
  description: 'A quotation that says “we”, “us” or “I” is never offered to be classed as fact or opinion: the pronoun gives it away as someone’s words.',
  check: (q) => {
    if (q.type === 'fact_or_position') {
      const shown = /“(.*)”$/s.exec(q.prompt)?.[1] ?? ''
      return FIRST_PERSON.test(shown) ? [violation('first-person-giveaway', q, `the statement speaks in the first person: “${shown}”`)] : []
    }
    if (q.type === 'multi_select' && !q.id.includes(':said-by:')) {
      return q.choices.filter((c) => FIRST_PERSON.test(c.text)).map((c) => violation('first-person-giveaway', q, `a choice in the first person among statements to class: ${c.text}`))
    }
    return []
  },
}

/** Entities named in a text (their name or an alias; mentions are too short to tell). */
function named(text: string, context: LintContext): Entity[] {
  return [...context.entities.values()].filter((e) => e.kind !== 'place' && [e.name, ...(e.aliases ?? [])].some((form) => text.includes(form.replace(/^The /, ''))))
}

export const absurdSwap: Rule = {
  id: 'absurd-swap',
  description: 'A false statement that swaps the speaker swaps in someone who could have said it: a witness for a witness, an official for an official.',
  check: (q, context) => {
    if (q.type !== 'true_false' || q.answer !== 'false') return []
    const items = q.factIds.map((id) => context.items.get(id)).filter((i) => i !== undefined)
    const holders = items.map((i) => i.holder ?? ('speaker' in i ? i.speaker : undefined)).filter((h): h is string => !!h)
    const holder = holders[0] ? context.entities.get(holders[0]) : undefined
    if (!holder) return []
    const statement = q.prompt.replace(/^True or false\? /, '')
    const summaryNames = new Set(items.flatMap((i) => named(i.summary, context).map((e) => e.id)))
    const swapped = named(statement, context).filter((e) => !summaryNames.has(e.id) && e.id !== holder.id)
    return swapped
      .filter((e) => !sameSort(e.category ?? e.kind, holder.category ?? holder.kind))
      .map((e) => violation('absurd-swap', q, `${e.name} (${e.category ?? e.kind}) swapped in for ${holder.name} (${holder.category ?? holder.kind})`))
  },
}

/** Which of a question's choices are quotations, for rules that care (exported for tests). */
export const quotedChoices = (q: Question): string[] => choiceTexts(q).filter(isQuotedChoice)

export const KIND_RULES: Rule[] = [sameKindChoices, genderedCue, firstPersonGiveaway, absurdSwap]
