import { computed, ref, shallowRef } from 'vue'
import { buildClassTable } from '../classroom/classTable'
import { batchSummary, decodeResultCodes, readResultCodes, type KnownQuiz } from '../classroom/collect'
import { decodeQuizLink, linkedQuestions, quizCodeFrom, quizTitle } from '../classroom/quizLink'
import type { ResultSubmission } from '../classroom/resultCode'
import type { QuestionBank } from '../questions/bankTypes'
import { resultId, type SavedQuiz } from '../storage/classroomRepository'
import { bankIndexOf, classroomRepository } from '../support/classroom'

/** The Collect results page's state: quizzes on this device, the chosen one, its graded results. */
export function useCollect(bank: () => QuestionBank | null) {
  const saved = ref<SavedQuiz[]>([])
  const selected = ref<number | null>(null)
  const submissions = shallowRef<ResultSubmission[]>([])
  const summary = ref('')
  const refused = ref<{ code: string; message: string }[]>([])
  const persistent = ref(true)
  /** Stored records that do not read, left as they are: the page says how many rather than skipping them silently. */
  const unreadable = ref(0)
  /** Stored result codes of the chosen quiz that no longer decode (a code damaged in storage). */
  const unreadableCodes = ref(0)

  // Every saved quiz that this version of the app can read, with its questions in link order.
  const known = computed(() => {
    const map = new Map<number, KnownQuiz>()
    const current = bank()
    if (!current) return map
    const index = bankIndexOf(current)
    for (const quiz of saved.value) {
      const decoded = decodeQuizLink(quiz.code, index)
      if (decoded.ok) map.set(decoded.value.fingerprint, { title: quiz.title, questions: linkedQuestions(decoded.value, index) })
    }
    return map
  })
  const quiz = computed(() => (selected.value === null ? undefined : known.value.get(selected.value)))
  const table = computed(() => (quiz.value ? buildClassTable(submissions.value, quiz.value.questions) : null))

  async function load(preferred?: number) {
    const repo = await classroomRepository()
    persistent.value = repo.persistent
    saved.value = await repo.listQuizzes()
    unreadable.value = await repo.countUnreadable().catch(() => 0)
    const first = saved.value[0]?.fingerprint ?? null
    selected.value = preferred !== undefined && saved.value.some((q) => q.fingerprint === preferred) ? preferred : (selected.value ?? first)
    await loadResults()
  }

  async function loadResults() {
    summary.value = ''
    refused.value = []
    unreadableCodes.value = 0
    if (selected.value === null) return void (submissions.value = [])
    const stored = await (await classroomRepository()).listResults(selected.value)
    // Stored codes are decoded one by one: the paste reader's cap (500 codes) is for pasted text.
    const batch = decodeResultCodes(stored.map((result) => result.code), known.value, selected.value)
    submissions.value = batch.accepted.map((item) => item.submission)
    unreadableCodes.value = batch.refused.length
  }

  /** Adds a quiz from its link, for results collected on another device than the one that built it. */
  async function addQuiz(text: string): Promise<string> {
    const current = bank()
    if (!current) return ''
    const code = quizCodeFrom(text)
    const decoded = decodeQuizLink(code, bankIndexOf(current))
    if (!decoded.ok) return decoded.message
    const title = quizTitle(decoded.value)
    try {
      await (await classroomRepository()).saveQuiz({ fingerprint: decoded.value.fingerprint, code, title, savedAt: Date.now() })
    } catch {
      return 'The quiz could not be saved on this device (its storage may be full). Nothing was changed; try again once space is freed.'
    }
    await load(decoded.value.fingerprint)
    return ''
  }

  async function addCodes(text: string) {
    if (selected.value === null) return
    const fingerprint = selected.value
    const batch = readResultCodes(text, known.value, fingerprint)
    // One millisecond apart, so the table lists them in the order they were pasted.
    const now = Date.now()
    const repo = await classroomRepository()
    let stored: Awaited<ReturnType<typeof repo.addResults>>
    try {
      stored = await repo.addResults(batch.accepted.map(({ code }, i) => ({ id: resultId(fingerprint, code), quizFingerprint: fingerprint, code, addedAt: now + i })))
    } catch {
      summary.value = 'These results could not be saved on this device (its storage may be full). Nothing was added; try again once space is freed.'
      refused.value = []
      return
    }
    const { added, duplicates } = stored
    await loadResults()
    summary.value = batchSummary(added.length, duplicates.length, batch.refused.length, batch.leftOut, batch.cut)
    refused.value = batch.refused
  }

  async function clear() {
    if (selected.value === null) return
    await (await classroomRepository()).clearResults(selected.value)
    await loadResults()
    summary.value = 'The collected results of this quiz were cleared.'
  }

  return { saved, selected, quiz, table, submissions, summary, refused, persistent, unreadable, unreadableCodes, load, loadResults, addQuiz, addCodes, clear }
}
