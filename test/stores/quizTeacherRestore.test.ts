// @vitest-environment happy-dom
// In a file of its own: the teachers' sets repository is opened once per page (module state).
import { describe, expect, it } from 'vitest'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { createSession } from '../../src/engine/session'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { teacherSetsRepository } from '../../src/storage/teacherSets'
import { TAB_QUIZ_KEY, useQuizStore } from '../../src/stores/quiz'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

describe('quiz store: restoring a quiz from a teacher’s set', () => {
  it('waits for the teachers’ sets when the saved quiz needs their questions', async () => {
    const parsed = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 1)
    if (!parsed.ok) throw new Error(parsed.errors.join('; '))
    await teacherSetsRepository(device.indexedDB()).add(parsed.set)
    const ids = parsed.set.questions.slice(0, 2).map((question) => question.id)
    const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
    const saved = createSession('teacher-quiz', { mode: 'practice', title: EXAMPLE_SET.title, source: 'everything', questionIds: ids, timeLimit: { kind: 'off' } }, 1)
    await repository.saveQuiz(JSON.parse(JSON.stringify(saved)) as object)
    repository.close()
    // The quiz this tab was playing, as a reload finds it.
    sessionStorage.setItem(TAB_QUIZ_KEY, saved.id)

    const quiz = useQuizStore()
    await quiz.restore()
    expect(quiz.restoreProblem).toBeNull()
    expect(quiz.session?.id).toBe('teacher-quiz')
    expect(quiz.currentQuestion?.prompt).toBe(EXAMPLE_SET.questions[0]?.prompt)
    // restore() starts loading the answer checkers without waiting: let that finish inside the test.
    await quiz.loadAnswering()
  })
})
