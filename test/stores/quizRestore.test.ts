// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { submitAnswer } from '../../src/engine/answer'
import type { QuizSession } from '../../src/domain/quiz'
import { createSession } from '../../src/engine/session'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { TAB_QUIZ_KEY, useQuizStore } from '../../src/stores/quiz'
import { useFreshDevice } from '../components/progress/helpers'
import { loadProgressStore } from '../../src/stores/lazyProgress'

const device = useFreshDevice()

function earlierQuiz(questionIds: string[]): QuizSession {
  return createSession('saved-quiz', { mode: 'practice', title: 'Saved', source: 'everything', questionIds, timeLimit: { kind: 'off' } }, 1)
}

async function saveEarlierQuiz(saved: QuizSession) {
  const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  await repository.saveQuiz(JSON.parse(JSON.stringify(saved)) as object)
  repository.close()
  // The quiz this tab was playing, as a reload finds it.
  sessionStorage.setItem(TAB_QUIZ_KEY, saved.id)
}

/** restore() starts loading the answer checkers and the teachers' sets without waiting for them:
 * let both finish inside the test, so no import is still in flight when the test file ends. */
async function settled(quiz: ReturnType<typeof useQuizStore>) {
  await Promise.all([quiz.loadAnswering(), quiz.loadFullBank()])
}

describe('quiz store: restoring the saved quiz', () => {
  it('sets a saved quiz the player cannot read aside in quarantine, and offers it no more', async () => {
    const quiz = useQuizStore()
    await quiz.loadBank()
    await saveEarlierQuiz({ ...earlierQuiz(['x']), startedAt: 1e16 })
    await quiz.restore()
    expect(quiz.session).toBeNull()
    expect(quiz.restoreProblem).toBe('The saved quiz could not be read.')
    const progress = await loadProgressStore()
    await vi.waitFor(() => expect(progress.quarantined.map((item) => item.key)).toEqual(['saved-quiz']))
    expect(await progress.listQuizzes()).toEqual([])
    expect(sessionStorage.getItem(TAB_QUIZ_KEY)).toBeNull()
  })

  it('sets aside a saved quiz whose questions this version no longer has, with the message (issue 31, bug 10)', async () => {
    const quiz = useQuizStore()
    await quiz.loadBank()
    await saveEarlierQuiz(earlierQuiz(['no-such-question']))
    await quiz.restore()
    expect(quiz.session).toBeNull()
    expect(quiz.restoreProblem).toBe('The saved quiz was made for questions that this version of the app no longer has.')
    const progress = await loadProgressStore()
    await vi.waitFor(() => expect(progress.quarantined.map((item) => item.key)).toEqual(['saved-quiz']))
    expect(await progress.listQuizzes()).toEqual([])
    await settled(quiz)
  })

  it('brings back the quiz saved on this device', async () => {
    const quiz = useQuizStore()
    const ids = (await quiz.loadBank()).questions.slice(0, 3).map((question) => question.id)
    await saveEarlierQuiz(earlierQuiz(ids))
    await quiz.restore()
    expect(quiz.session?.id).toBe('saved-quiz')
    expect(quiz.session?.config.questionIds).toEqual(ids)
    await settled(quiz)
  })

  it('shows the feedback again for a question answered before the reload', async () => {
    const quiz = useQuizStore()
    const bank = await quiz.loadBank()
    const question = bank.questions.find((candidate) => candidate.type === 'true_false')
    if (!question || question.type !== 'true_false') throw new Error('the bank has a true/false question')
    const saved = earlierQuiz([question.id])
    const { session: answered } = submitAnswer(saved, question, { kind: 'choice', choiceId: question.answer }, 5)
    await saveEarlierQuiz(answered)
    await quiz.restore()
    await settled(quiz)
    expect(quiz.currentAnswer?.correct).toBe(true)
    expect(quiz.feedback?.correct).toBe(true)
  })

  it('keeps a quiz started while storage was still answering, rather than the older saved one', async () => {
    const quiz = useQuizStore()
    const ids = (await quiz.loadBank()).questions.slice(0, 3).map((question) => question.id)
    await saveEarlierQuiz(earlierQuiz(ids))
    const restoring = quiz.restore()
    quiz.start({ mode: 'test', title: 'New', source: 'everything', questionIds: ids.slice(0, 1), timeLimit: { kind: 'off' } })
    await restoring
    expect(quiz.session?.config.title).toBe('New')
    await settled(quiz)
  })
})
