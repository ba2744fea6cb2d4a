// The fault suite's shared pieces: how long it runs (CI's short share or `npm run test:faults`),
// a table of tries, failures and answers lost, and reading what a tab's quiz and the attempts on
// disk say about each other.
import { appendFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { storedAttempts, storedRecords } from './progress'

/** `npm run test:faults` sets FAULTS_LONG=1: more answers and more tries than CI's share. */
export const LONG = process.env.FAULTS_LONG === '1'
export const SIZES = LONG ? { interleaved: 100, tries: 60 } : { interleaved: 20, tries: 8 }

export interface FaultRow {
  fault: string
  tries: number
  failures: number
  lost: number
  doubled: number
}

/** One row of the table `npm run test:faults` prints (a JSON line in FAULTS_REPORT, when set). */
export function report(row: FaultRow): void {
  const file = process.env.FAULTS_REPORT
  if (file) appendFileSync(file, `${JSON.stringify({ ...row, test: expect.getState().currentTestName ?? '' })}\n`)
}

export interface StoredQuiz {
  id: string
  config: { title: string; questionIds: string[] }
  position: number
  answers: Record<string, unknown>
  finishedAt?: number
}

export interface StoredAttempt {
  id: string
  questionId: string
  sessionId?: string
}

/** What is on disk: every saved quiz and every attempt. */
export async function onDisk(page: Page): Promise<{ quizzes: StoredQuiz[]; attempts: StoredAttempt[] }> {
  return {
    quizzes: (await storedRecords(page, 'session')) as StoredQuiz[],
    attempts: (await storedAttempts(page)) as unknown as StoredAttempt[],
  }
}

/** The id of the quiz this tab plays (kept in its sessionStorage). */
export function tabQuizId(page: Page): Promise<string | null> {
  return page.evaluate(() => sessionStorage.getItem('close-read-quiz'))
}

/**
 * Where the saved quizzes and the attempts disagree: an answer in a quiz with no attempt, an attempt
 * of a saved quiz missing from its answers, and any (quiz, question) recorded twice.
 */
export function disagreements(disk: { quizzes: StoredQuiz[]; attempts: StoredAttempt[] }): { missing: string[]; extra: string[]; doubled: string[] } {
  const seen = new Map<string, number>()
  for (const attempt of disk.attempts) {
    const key = `${attempt.sessionId ?? '?'}|${attempt.questionId}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const doubled = [...seen].filter(([, count]) => count > 1).map(([key]) => key)
  const missing: string[] = []
  const extra: string[] = []
  for (const quiz of disk.quizzes) {
    for (const questionId of Object.keys(quiz.answers)) if (!seen.has(`${quiz.id}|${questionId}`)) missing.push(`${quiz.id}|${questionId}`)
    for (const attempt of disk.attempts) {
      if (attempt.sessionId === quiz.id && !(attempt.questionId in quiz.answers)) extra.push(`${quiz.id}|${attempt.questionId}`)
    }
  }
  return { missing, extra, doubled }
}
