import { ref, watch, type Ref } from 'vue'
import type { CheckResult } from '../questions/checkAnswer'

/**
 * What a polite live region says after an answer is checked (the verdict, and the answer when it was
 * not right), cleared when the next question comes.
 */
export function useVerdictAnnouncement(feedback: Ref<CheckResult | null | undefined>, questionId: Ref<string | undefined>) {
  const announcement = ref('')
  watch(feedback, (result) => {
    if (!result) return
    const verdict = result.correct ? 'Right.' : result.score > 0 ? `Partly right, ${Math.round(result.score * 100)} percent.` : 'Not quite.'
    announcement.value = result.correct ? verdict : `${verdict} The answer: ${result.expected}`
  })
  watch(questionId, () => (announcement.value = ''))
  return announcement
}
