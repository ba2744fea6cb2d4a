// The classic item-writing flaws of the literature (Haladyna, Downing & Rodriguez 2002): negative
// stems, “all/none of the above”, absolute words that mark the wrong choices, a stem that agrees
// grammatically with only some choices, and choices that overlap.
import type { Question } from '../../domain/question'
import { answerIndex, choiceTexts, isQuotedChoice, outsideQuotations } from './text'
import { violation, type Rule } from './types'

export const negativeStem: Rule = {
  id: 'negative-stem',
  description: 'The question asks for a right answer, never “which is NOT …” or “all EXCEPT …”.',
  check: (q) => {
    // The question itself, up to its question mark: a true/false statement may quote a negation.
    const own = outsideQuotations(q.prompt).split('?')[0] ?? ''
    return /\b(which|who|what)\b[^?]*\b(not|never)\b|\bexcept\b|\bNOT\b|\bleast likely\b/i.test(own)
      ? [violation('negative-stem', q, `negative stem: “${q.prompt}”`)]
      : []
  },
}

export const allOrNoneOfTheAbove: Rule = {
  id: 'all-none-of-the-above',
  description: 'No choice is “all of the above”, “none of the above”, “both” or “neither”.',
  check: (q) =>
    choiceTexts(q)
      .filter((text) => /\b(all|none|both|neither) of (the above|these|them)\b|^(both|neither)\b/i.test(outsideQuotations(text)))
      .map((text) => violation('all-none-of-the-above', q, `choice “${text}”`)),
}

const ABSOLUTE = /\b(always|never|all|none|only|every|entirely|completely|totally|no one|nobody|nothing)\b/i

export const absoluteCue: Rule = {
  id: 'absolute-cue',
  description: 'Absolute words (“always”, “never”, “only”, “all”) in the app’s own wording of a choice never mark it as wrong.',
  check: (q) => {
    const at = answerIndex(q)
    if (at === -1 || q.type === 'true_false') return []
    const texts = choiceTexts(q)
    const absolute = (text: string) => !isQuotedChoice(text) && ABSOLUTE.test(outsideQuotations(text))
    if (absolute(texts[at] as string)) return []
    return texts.filter((text, i) => i !== at && absolute(text)).map((text) => violation('absolute-cue', q, `only a wrong choice has an absolute word: “${text}”`))
  },
}

const startsWithVowelSound = (text: string): boolean => /^[aeiou]/i.test(text.replace(/^[“‘]/, '')) && !/^(uni|use|one|eu)/i.test(text.replace(/^[“‘]/, ''))

export const grammaticalAgreement: Rule = {
  id: 'grammatical-agreement',
  description: 'A stem that ends “a” or “an” before the gap agrees with every choice, not just the right one.',
  check: (q) => {
    const at = answerIndex(q)
    const article = /\b(a|an) ___/i.exec(q.prompt)?.[1]?.toLowerCase() ?? /\b(a|an)\s*$/i.exec(q.prompt)?.[1]?.toLowerCase()
    if (at === -1 || !article) return []
    const agrees = (text: string) => startsWithVowelSound(text) === (article === 'an')
    const texts = choiceTexts(q)
    if (!agrees(texts[at] as string)) return [violation('grammatical-agreement', q, `the stem’s “${article}” does not fit the answer`)]
    return texts.filter((text, i) => i !== at && !agrees(text)).map((text) => violation('grammatical-agreement', q, `the stem’s “${article}” rules out “${text}”`))
  },
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”‘’"'.,;:!?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Two choices of which one cannot be right without the other: the same words, one name inside the other, or nested “at least” figures. */
function overlap(a: string, b: string, names: boolean): boolean {
  const [x, y] = [normal(a), normal(b)]
  if (x === y) return true
  const atLeast = /^at least /
  if (atLeast.test(x) && atLeast.test(y)) return true
  // A choice whose whole text sits inside another as whole words (“Stepanakert” in “Stepanakert airport”).
  const within = (short: string, long: string) => short.length >= 4 && new RegExp(`(^| )${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`).test(long)
  return names && (within(x, y) || within(y, x))
}

export const overlappingChoices: Rule = {
  id: 'overlapping-choices',
  description: 'No two choices overlap: none holds another, and no two “at least” figures (the smallest would always be safe).',
  check: (q: Question, context) => {
    if (!('choices' in q) || q.type === 'true_false' || q.type === 'fact_or_position') return []
    const texts = choiceTexts(q)
    // Names (“Stepanakert”, “Stepanakert airport”) overlap when one holds the other; wordings of the article may share words.
    const names = q.choices.every((c) => context.entities.has(c.id))
    const found = []
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i] as string, texts[j] as string, names)) found.push(violation('overlapping-choices', q, `“${texts[i]}” and “${texts[j]}” overlap`))
      }
    }
    return found
  },
}

export const CLASSIC_RULES: Rule[] = [negativeStem, allOrNoneOfTheAbove, absoluteCue, grammaticalAgreement, overlappingChoices]
