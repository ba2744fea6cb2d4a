import { ref } from 'vue'
import { useRouter } from 'vue-router'
import type { QuizRequest } from '../engine/quizPlan'
import type { QuestionBank } from '../questions/bankTypes'

const LOAD_PROBLEM = 'The questions could not be loaded. Reload the page and try again.'

/**
 * Quizzes started from the article (a paragraph, one item) the way the Timeline starts one, with a
 * message when it cannot. The quiz store, the planner and the bank load only when first needed,
 * so reading the article costs none of their bytes.
 */
export function useSourceQuiz() {
  const router = useRouter()
  const problem = ref('')

  async function quizStore() {
    const { useQuizStore } = await import('../stores/quiz')
    return useQuizStore()
  }

  async function loadBank(): Promise<QuestionBank | undefined> {
    try {
      return await (await quizStore()).loadBank()
    } catch {
      problem.value = LOAD_PROBLEM
      return undefined
    }
  }

  async function startQuiz(request: QuizRequest): Promise<boolean> {
    problem.value = ''
    try {
      const quiz = await quizStore()
      await quiz.loadBank()
      const plan = quiz.startPlanned(request, 0)
      if (!plan.ok) {
        problem.value = plan.message
        return false
      }
      await router.push('/quiz')
      return true
    } catch {
      problem.value = LOAD_PROBLEM
      return false
    }
  }

  return { problem, loadBank, startQuiz }
}
