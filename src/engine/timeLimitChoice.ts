// A time limit as a form chooses it (a kind, with minutes for a whole quiz or seconds per question
// kept while another kind is picked), and the TimeLimit a quiz runs with. Shared by Study, the
// classroom quiz builder and the settings-derived defaults.
import type { TimeLimit } from '../domain/quiz'

export interface TimeLimitChoice {
  timeLimit: TimeLimit['kind']
  quizMinutes: number
  questionSeconds: number
}

export const DEFAULT_TIME_LIMIT_CHOICE: TimeLimitChoice = { timeLimit: 'off', quizMinutes: 10, questionSeconds: 30 }

export function toTimeLimit(choice: TimeLimitChoice): TimeLimit {
  if (choice.timeLimit === 'quiz') return { kind: 'quiz', seconds: Math.max(1, choice.quizMinutes) * 60 }
  if (choice.timeLimit === 'question') return { kind: 'question', seconds: Math.max(5, choice.questionSeconds) }
  return { kind: 'off' }
}

export function fromTimeLimit(limit: TimeLimit): TimeLimitChoice {
  return {
    timeLimit: limit.kind,
    quizMinutes: limit.kind === 'quiz' ? Math.max(1, Math.round(limit.seconds / 60)) : DEFAULT_TIME_LIMIT_CHOICE.quizMinutes,
    questionSeconds: limit.kind === 'question' ? limit.seconds : DEFAULT_TIME_LIMIT_CHOICE.questionSeconds,
  }
}
