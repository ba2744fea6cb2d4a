// @vitest-environment happy-dom
// A class quiz whose link carried a teacher's question: a reload on the student's phone (which has no
// teacher's set) finds the question again in the link kept in the quiz's source.
import { describe, expect, it } from 'vitest'
import { indexBank } from '../../src/classroom/bankIndex'
import { encodeQuizLink } from '../../src/classroom/quizLink'
import { parseTeacherSet } from '../../src/classroom/setFormat'
import { LINK_SOURCE_PREFIX } from '../../src/engine/quizPlan'
import { createSession } from '../../src/engine/session'
import { openProgressRepository } from '../../src/storage/progressRepository'
import { TAB_QUIZ_KEY, useQuizStore } from '../../src/stores/quiz'
import { EXAMPLE_SET } from '../classroom/exampleSet'
import { useFreshDevice } from '../components/progress/helpers'

const device = useFreshDevice()

describe('quiz store: restoring a class quiz that carried a teacher’s question', () => {
  it('plays the carried question after a reload, from the link alone', async () => {
    const quiz = useQuizStore()
    const bank = await quiz.loadBank()
    const parsed = parseTeacherSet(JSON.stringify(EXAMPLE_SET), 'set-1', 1)
    if (!parsed.ok) throw new Error(parsed.errors.join('; '))
    const teacher = parsed.set.questions[0]!
    const ids = [teacher.id, bank.questions[0]!.id]
    const code = encodeQuizLink({ questionIds: ids, seed: 1, order: 'same', timeLimit: { kind: 'off' }, title: 'Class', carried: [teacher] }, indexBank(bank.questions))
    const saved = createSession('class-quiz', { mode: 'test', title: 'Class', source: `${LINK_SOURCE_PREFIX}${code}`, questionIds: ids, timeLimit: { kind: 'off' } }, 1)
    const repository = await openProgressRepository({ indexedDB: device.indexedDB(), channel: null, locks: null })
    await repository.saveQuiz(JSON.parse(JSON.stringify(saved)) as object)
    repository.close()
    sessionStorage.setItem(TAB_QUIZ_KEY, saved.id)

    await quiz.restore()
    expect(quiz.restoreProblem).toBeNull()
    expect(quiz.session?.id).toBe('class-quiz')
    expect(quiz.currentQuestion?.prompt).toBe(EXAMPLE_SET.questions[0]?.prompt)
    // Playable on this visit, in no set of this device's Study page.
    expect(quiz.bank?.teacher?.sets ?? []).toEqual([])
    await Promise.all([quiz.loadAnswering(), quiz.loadFullBank()])
  })
})
