// Not guessable by pattern: across the bank, the right answer sits in no one position, is of no one
// kind and is not the longest choice much more often than chance would have it.
import type { ChoiceQuestion, Question } from '../../domain/question'
import { answerIndex } from './text'
import { violation, type LintContext, type Rule, type Violation } from './types'

/** The most any one position or kind may have of a type's answers. */
export const MAX_SHARE = 0.35
/** Fewer questions of a type than this are too few to judge a pattern. */
const MIN_QUESTIONS = 8

const oneAnswer = (q: Question): q is ChoiceQuestion => 'choices' in q && !Array.isArray(q.answer) && q.type !== 'true_false'

function byType(bank: readonly Question[]): Map<string, ChoiceQuestion[]> {
  const types = new Map<string, ChoiceQuestion[]>()
  for (const q of bank.filter(oneAnswer)) types.set(q.type, [...(types.get(q.type) ?? []), q])
  return types
}

/** A violation for the type as a whole, filed under its first question of the leading group. */
function share<T>(rule: string, questions: readonly ChoiceQuestion[], key: (q: ChoiceQuestion) => T | undefined, label: (value: T) => string): Violation[] {
  if (questions.length < MIN_QUESTIONS) return []
  const counts = new Map<T, ChoiceQuestion[]>()
  for (const q of questions) {
    const k = key(q)
    if (k !== undefined) counts.set(k, [...(counts.get(k) ?? []), q])
  }
  // In whole questions: 4 of 11 is the nearest a type of 11 gets to 35%, not a pattern.
  const most = Math.ceil(questions.length * MAX_SHARE)
  return [...counts.entries()]
    .filter(([, qs]) => qs.length > most)
    .map(([k, qs]) =>
      violation(rule, qs[0] as ChoiceQuestion, `${label(k)} in ${qs.length} of ${questions.length} ${(qs[0] as ChoiceQuestion).type} questions (more than ${MAX_SHARE * 100}%)`),
    )
}

export const answerPositionBalance: Rule = {
  id: 'answer-position-balance',
  description: `No choice position holds the right answer in more than ${MAX_SHARE * 100}% of a question type.`,
  checkBank: ({ bank }) => [...byType(bank).values()].flatMap((qs) => share('answer-position-balance', qs, answerIndex, (i) => `the answer is choice ${i + 1}`)),
}

/** What kind of answer it is: the holder for who-said and whose-position, the class for fact-or-position. */
function answerKind(q: ChoiceQuestion, context: LintContext): string | undefined {
  if (q.type === 'who_said' || q.type === 'whose_position' || q.type === 'fact_or_position') return q.answer
  if (q.type === 'single_choice') return context.entities.get(q.answer)?.category
  return undefined
}

export const answerKindBalance: Rule = {
  id: 'answer-kind-balance',
  description: `No one answer (“the author”, “reported as fact”, one speaker) is right in more than ${MAX_SHARE * 100}% of a question type.`,
  checkBank: (context) => [...byType(context.bank).values()].flatMap((qs) => share('answer-kind-balance', qs, (q) => answerKind(q, context), (k) => `“${k}” is the answer`)),
}

export const longestAnswer: Rule = {
  id: 'longest-answer',
  description: `The right answer is the longest choice in at most ${MAX_SHARE * 100}% of a question type (fixed class labels aside).`,
  checkBank: ({ bank, entities }) =>
    [...byType(bank).entries()]
      .filter(([type]) => type !== 'fact_or_position')
      .flatMap(([, qs]) =>
        share(
          'longest-answer',
          // Names (“The Center for Strategic and International Studies”) are as long as they are: no writer padded them.
          qs.filter((q) => !q.choices.every((c) => entities.has(c.id))),
          (q) => {
            const lengths = q.choices.map((c) => c.text.length)
            const at = answerIndex(q)
            return lengths.every((n, i) => i === at || n < (lengths[at] as number)) ? 'longest' : undefined
          },
          () => 'the answer is the longest choice',
        ),
      ),
}

/** The most of the true/false questions one answer may have: “false” by habit would score well. */
export const MAX_TRUTH_SHARE = 0.6

export const trueFalseBalance: Rule = {
  id: 'true-false-balance',
  description: `Neither “true” nor “false” is the answer to more than ${MAX_TRUTH_SHARE * 100}% of the true/false questions.`,
  checkBank: ({ bank }) => {
    const asked = bank.filter((q) => q.type === 'true_false')
    if (asked.length < 4) return []
    return (['true', 'false'] as const).flatMap((answer) => {
      const these = asked.filter((q) => 'answer' in q && q.answer === answer)
      return these.length > Math.ceil(asked.length * MAX_TRUTH_SHARE)
        ? [violation('true-false-balance', these[0] as Question, `“${answer}” is the answer to ${these.length} of ${asked.length} true/false questions`)]
        : []
    })
  },
}

export const BALANCE_RULES: Rule[] = [answerPositionBalance, answerKindBalance, longestAnswer, trueFalseBalance]
