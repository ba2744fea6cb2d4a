// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createSession } from '../../src/engine/session'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { useQuizStore } from '../../src/stores/quiz'
import { useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

async function saveEarlierQuiz(questionIds: string[]) {
  const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
  const saved = createSession('saved-quiz', { mode: 'practice', title: 'Saved', source: 'everything', questionIds, timeLimit: { kind: 'off' } }, 1)
  await repository.saveSession(JSON.parse(JSON.stringify(saved)) as object)
  repository.close()
}

describe('quiz store: restoring the saved quiz', () => {
  it('brings back the quiz saved on this device', async () => {
    const quiz = useQuizStore()
    const ids = (await quiz.loadBank()).questions.slice(0, 3).map((question) => question.id)
    await saveEarlierQuiz(ids)
    await quiz.restore()
    expect(quiz.session?.id).toBe('saved-quiz')
    expect(quiz.session?.config.questionIds).toEqual(ids)
  })

  it('keeps a quiz started while storage was still answering, rather than the older saved one', async () => {
    const quiz = useQuizStore()
    const ids = (await quiz.loadBank()).questions.slice(0, 3).map((question) => question.id)
    await saveEarlierQuiz(ids)
    const restoring = quiz.restore()
    quiz.start({ mode: 'test', title: 'New', source: 'everything', questionIds: ids.slice(0, 1), timeLimit: { kind: 'off' } })
    await restoring
    expect(quiz.session?.config.title).toBe('New')
  })
})
