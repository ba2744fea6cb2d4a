// Answering the question on screen: the check (every question type's checker) and the record of
// it in the session. Its own module, apart from session.ts, so that the player can show the first
// question before the checkers have loaded: they are needed only once the learner answers.

import type { Question, Response } from '../domain/question'
import { checkAnswer, type CheckResult } from '../questions/checkAnswer'
import type { QuizSession, RecordedAnswer } from '../domain/quiz'
import { currentQuestionId, hasExpired, isFinished } from './session'

export { checkAnswer, type CheckResult } from '../questions/checkAnswer'

/** Checks and records the answer to the question on screen. A second answer to it is ignored. */
export function submitAnswer(
  session: QuizSession,
  question: Question,
  response: Response,
  now: number,
): { session: QuizSession; result: CheckResult } {
  const result = checkAnswer(question, response)
  if (isFinished(session) || session.answers[question.id] || hasExpired(session, question.id) || currentQuestionId(session) !== question.id) {
    return { session, result }
  }
  const answer: RecordedAnswer = {
    questionId: question.id,
    response,
    correct: result.correct,
    score: result.score,
    responseMs: Math.max(0, now - session.shownAt),
    answeredAt: now,
    ...(result.misreadings ? { misreadings: result.misreadings } : {}),
  }
  return {
    session: {
      ...session,
      answers: { ...session.answers, [question.id]: answer },
      skipped: session.skipped.filter((id) => id !== question.id),
    },
    result,
  }
}
