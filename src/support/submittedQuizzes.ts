// The class quizzes this device has handed a result code for: one attempt per student by default,
// so a student who opens the same link again is told they already submitted (and can show the
// code again). Kept in localStorage, by quiz fingerprint; a blocked storage only forgets.

const KEY = 'close-read:submitted-quizzes'
const KEEP = 50

export interface Submitted {
  /** The quiz link's fingerprint. */
  fingerprint: number
  name: string
  code: string
  sessionId: string
  at: number
}

function readAll(): Submitted[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    if (!Array.isArray(stored)) return []
    return stored.filter(
      (item): item is Submitted =>
        typeof item === 'object' && item !== null && typeof item.fingerprint === 'number' && typeof item.name === 'string' && typeof item.code === 'string' && typeof item.sessionId === 'string' && typeof item.at === 'number',
    )
  } catch {
    return []
  }
}

/** The result code this device made for a quiz, if any. */
export function submittedFor(fingerprint: number): Submitted | undefined {
  return readAll().find((item) => item.fingerprint === fingerprint)
}

export function markSubmitted(item: Submitted) {
  const rest = readAll().filter((other) => other.fingerprint !== item.fingerprint)
  try {
    localStorage.setItem(KEY, JSON.stringify([item, ...rest].slice(0, KEEP)))
  } catch {
    // Storage full or blocked: the teacher's table still flags a repeated name.
  }
}
