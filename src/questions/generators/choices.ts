// Assembling the choices of a pick-one question: the right one among seeded distractors.
import { sample, shuffled, type Random } from '../random'
import type { Choice, Misreading } from '../../domain/question'

/** The right choice plus `count` distractors picked from `preferred` first, then `fallback`, in a seeded order. */
export function pickOne(
  right: Choice,
  preferred: readonly Choice[],
  fallback: readonly Choice[],
  count: number,
  random: Random,
): { choices: Choice[]; answer: string } {
  const clean = (list: readonly Choice[]) => uniqueChoices(list.filter((c) => c.id !== right.id && c.text !== right.text))
  const first = sample(clean(preferred), count, random)
  const rest = sample(
    clean(fallback).filter((c) => !first.some((f) => f.id === c.id || f.text === c.text)),
    count - first.length,
    random,
  )
  return { choices: shuffled([right, ...first, ...rest], random), answer: right.id }
}

/**
 * The choices with every wrong one tagged with the misreading it stands for (a function of the
 * choice, or one for all; undefined leaves a choice untagged): one line where a generator makes them.
 */
export function tagWrong<T extends { choices: Choice[]; answer: string }>(picked: T, misreading: Misreading | ((choice: Choice) => Misreading | undefined)): T {
  const of = typeof misreading === 'function' ? misreading : () => misreading
  const choices = picked.choices.map((choice) => {
    const tag = choice.id === picked.answer ? undefined : of(choice)
    return tag ? { ...choice, misreading: tag } : choice
  })
  return { ...picked, choices }
}

/** The first choice of each id and each text. */
export function uniqueChoices(list: readonly Choice[]): Choice[] {
  const ids = new Set<string>()
  const texts = new Set<string>()
  return list.filter((c) => {
    if (ids.has(c.id) || texts.has(c.text)) return false
    ids.add(c.id)
    texts.add(c.text)
    return true
  })
}

export const TRUE_FALSE_CHOICES: Choice[] = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
]
