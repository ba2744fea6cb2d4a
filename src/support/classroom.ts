// The classroom pages' shared pieces: the bank's index for quiz links and result codes, the teacher's
// classroom database (opened once), and the app's own join link.
import { indexBank, type BankIndex } from '../classroom/bankIndex'
import { classQuizSet } from '../classroom/exportBundle'
import { decodeQuizLink } from '../classroom/quizLink'
import type { QuizSet } from '../domain/quiz'
import type { QuestionBank } from '../questions/bankTypes'
import { openClassroomRepository, type ClassroomRepository } from '../storage/classroomRepository'
import { detectIndexedDB } from '../storage/openDatabase'

// The built-in questions are the same for the whole visit (teachers' sets joining the bank make a
// new bank object around the same array): index them once.
const indexes = new WeakMap<QuestionBank['questions'], BankIndex>()
export function bankIndexOf(bank: QuestionBank): BankIndex {
  let index = indexes.get(bank.questions)
  if (!index) indexes.set(bank.questions, (index = indexBank(bank.questions)))
  return index
}

// Opened once per IndexedDB: a page has one (each test gives its own).
let opened: { factory: IDBFactory | null; repository: Promise<ClassroomRepository> } | undefined

/** The teacher's classroom database, opened on first use. */
export function classroomRepository(): Promise<ClassroomRepository> {
  // Reading `indexedDB` itself can throw (a SecurityError where storage is refused): memory then.
  const factory = detectIndexedDB()
  if (opened?.factory !== factory) opened = { factory, repository: openClassroomRepository(factory ?? undefined) }
  return opened.repository
}

/** Drops the database opened, as a new page would (tests: a page without IndexedDB keeps its classes in memory). */
export function forgetClassroomRepository(): void {
  opened = undefined
}

/** The app's own address for a quiz code: /join#q=… (a fragment never reaches a server). */
export function joinUrl(code: string): string {
  return new URL(`/join#q=${code}`, location.origin).href
}

/** The quiz built last on this device, as a set to export (a worksheet, GIFT, Anki, CSV of exactly its questions). */
export async function latestBuiltQuizSet(bank: QuestionBank): Promise<QuizSet | undefined> {
  const index = bankIndexOf(bank)
  for (const saved of await (await classroomRepository()).listQuizzes()) {
    const decoded = decodeQuizLink(saved.code, index)
    if (decoded.ok) return classQuizSet(saved.title, decoded.value.questionIds)
  }
  return undefined
}
