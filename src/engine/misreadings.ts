// The learner's misreadings: which kinds of misreading their wrong answers stood for, most first, and
// a short practice set for each. Counted from what was recorded with each answer (an attempt's or a
// quiz answer's `misreadings`), never guessed again from the bank.
import { MISREADING_NAME, MISREADINGS, type Misreading } from '../domain/misreading'
import type { Question } from '../domain/question'
import { pairMisreading } from '../questions/types/source_match/check'
import { conflict } from './quizConflicts'

/** Questions in one practice set. */
export const PRACTICE_SIZE = 5

export interface MisreadingCount {
  misreading: Misreading
  /** Answers that stood for it. */
  count: number
  /** The questions answered so, each once, most recent last. */
  questionIds: string[]
}

/** Anything that recorded an answer: an attempt, or an answer in a quiz. */
export interface AnswerWithMisreadings {
  questionId: string
  misreadings?: readonly Misreading[]
}

/** How often each misreading was recorded, most first (ties in the order MISREADINGS lists them); none counted 0 is listed. */
export function misreadingProfile(answers: readonly AnswerWithMisreadings[]): MisreadingCount[] {
  const found = new Map<Misreading, MisreadingCount>()
  for (const answer of answers) {
    for (const misreading of new Set(answer.misreadings ?? [])) {
      if (!MISREADINGS.includes(misreading)) continue
      const row = found.get(misreading) ?? { misreading, count: 0, questionIds: [] }
      row.count += 1
      row.questionIds = [...row.questionIds.filter((id) => id !== answer.questionId), answer.questionId]
      found.set(misreading, row)
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || MISREADINGS.indexOf(a.misreading) - MISREADINGS.indexOf(b.misreading))
}

/** The misreadings a question can catch: those of its wrong choices, its own (a wrong order or pair), a number's, a source's. */
export function misreadingsIn(question: Question): Set<Misreading> {
  const found = new Set<Misreading>()
  const add = (m: Misreading | undefined) => void (m && found.add(m))
  if ('choices' in question) question.choices.forEach((c) => add(c.misreading))
  if ('misreading' in question) add(question.misreading)
  switch (question.type) {
    case 'word_choice':
      ;[...question.holders, ...question.rewordings].forEach((c) => add(c.misreading))
      break
    case 'numeric':
      if (question.answer.year) add('wrong-time')
      if (question.misread?.atLeast) add('overstatement')
      if (question.misread?.figures?.length) add('mixed-up-detail')
      break
    case 'source_match':
      for (const left of question.left) for (const right of question.right) add(pairMisreading(question.answer[left.id], right.id))
      break
  }
  return found
}

/**
 * Up to `size` questions that catch `misreading`: the learner's own (from their profile) first, then
 * others in the bank's order, never two on the same fact or giving each other away.
 */
export function practiceSet(misreading: Misreading, own: readonly string[], bank: readonly Question[], size = PRACTICE_SIZE): string[] {
  const byId = new Map(bank.map((q) => [q.id, q]))
  const catches = (q: Question | undefined): q is Question => !!q && misreadingsIn(q).has(misreading)
  const candidates = [...[...own].reverse().map((id) => byId.get(id)), ...bank].filter(catches)
  const picked: Question[] = []
  for (const q of candidates) {
    if (picked.length >= size) break
    if (!picked.some((p) => p.id === q.id || conflict(p, q))) picked.push(q)
  }
  return picked.map((q) => q.id)
}

/** A misreading as the Results and Progress pages show it: how often, and its practice set. */
export interface MisreadingPractice {
  misreading: Misreading
  count: number
  /** The questions of its practice set (empty: nothing to offer). */
  practice: string[]
}

/** The profile of these answers, each row with its practice set from `bank`. */
export function misreadingPractice(answers: readonly AnswerWithMisreadings[], bank: readonly Question[]): MisreadingPractice[] {
  return misreadingProfile(answers).map((row) => ({ misreading: row.misreading, count: row.count, practice: practiceSet(row.misreading, row.questionIds, bank) }))
}

/** "Practise: the wrong speaker", the title of a practice set. */
export function practiceTitle(misreading: Misreading): string {
  return `Practise: ${MISREADING_NAME[misreading]}`
}
