// The learner's misreadings as the Results and Progress pages show them, each with a short practice
// set, and starting one.
import { computed } from 'vue'
import { useRouter } from 'vue-router'
import type { Misreading } from '../domain/misreading'
import { misreadingPractice, practiceTitle, type AnswerWithMisreadings } from '../engine/misreadings'
import { useQuizStore } from '../stores/quiz'

export function useMisreadingPractice(answers: () => readonly AnswerWithMisreadings[]) {
  const quiz = useQuizStore()
  const router = useRouter()
  const rows = computed(() => misreadingPractice(answers(), quiz.bank?.questions ?? []))

  function practise(misreading: Misreading) {
    const row = rows.value.find((candidate) => candidate.misreading === misreading)
    if (!row || row.practice.length === 0) return
    if (quiz.startPlanned({ kind: 'questions', title: practiceTitle(misreading), questionIds: row.practice }).ok) void router.push('/quiz')
  }

  return { rows, practise }
}
