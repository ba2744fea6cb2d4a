// Answer positions spread evenly: a generator's one-answer questions, in order, each move their right
// choice to the position used least so far (ties by seed), so no position holds it much more often
// than another and a test-wise learner gains nothing by always picking the first choice.
import type { Random } from '../random'
import type { ChoiceQuestion } from '../../domain/question'

export function withBalancedAnswers<T extends ChoiceQuestion>(questions: readonly T[], random: Random): T[] {
  const used: number[] = []
  return questions.map((question) => {
    const n = question.choices.length
    const from = question.choices.findIndex((c) => c.id === question.answer)
    if (from === -1 || n < 2) return question
    for (let i = used.length; i < n; i++) used.push(0)
    const least = Math.min(...used.slice(0, n))
    const candidates = used.slice(0, n).flatMap((count, i) => (count === least ? [i] : []))
    const to = candidates[Math.floor(random() * candidates.length)] as number
    used[to] = (used[to] as number) + 1
    if (to === from) return question
    const choices = question.choices.slice()
    ;[choices[from], choices[to]] = [choices[to] as ChoiceQuestion['choices'][number], choices[from] as ChoiceQuestion['choices'][number]]
    return { ...question, choices }
  })
}
