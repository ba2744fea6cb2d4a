// Question sets teachers write in the app's own JSON format ("close-read-set", version 1), read
// from an untrusted file: size-capped, validated with valibot, every problem named by its path.
// Any input gives a set or a list of messages; nothing here throws.

import * as v from 'valibot'
import { describeIssues } from '../lib/describeIssues'
import { assertNever, type Question } from '../domain/question'

export const SET_FORMAT = 'close-read-set'
export const SET_FORMAT_VERSION = 1
export const MAX_SET_BYTES = 1_000_000
export const MAX_SET_QUESTIONS = 300
const MAX_TEXT = 2_000
const MAX_TITLE = 120

/** Imported question ids are `teacher:<set id>:<id in the file>`, never a built-in id. */
export const TEACHER_PREFIX = 'teacher:'

/** A teacher's set as stored on the device. */
export interface TeacherSet {
  id: string
  title: string
  description: string
  /** When it was imported (ms since 1970). */
  importedAt: number
  questions: Question[]
}

export type SetImport = { ok: true; set: TeacherSet } | { ok: false; errors: string[] }

// Control characters other than tab and line breaks are never typed by a person.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const text = (max = MAX_TEXT) =>
  v.pipe(
    v.string('expected text'),
    v.trim(),
    v.minLength(1, 'expected text, not empty'),
    v.maxLength(max, `expected at most ${max} characters`),
    v.check((value) => !CONTROL.test(value), 'expected plain text (it holds a control character)'),
  )
const optionalText = v.optional(v.pipe(v.string('expected text'), v.trim(), v.maxLength(MAX_TEXT, `expected at most ${MAX_TEXT} characters`)), '')
const localId = v.pipe(
  v.string('expected an id (text)'),
  v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected an id of 1 to 64 letters, digits, dots, dashes or underscores'),
)
const choice = v.object({ id: localId, text: text(500) }, 'expected a choice like { "id": "a", "text": "…" }')
const choices = (min: number) =>
  v.pipe(v.array(choice, 'expected a list of choices'), v.minLength(min, `expected at least ${min} choices`), v.maxLength(12, 'expected at most 12 choices'))

const common = {
  id: v.optional(localId),
  prompt: text(),
  explanation: optionalText,
  topics: v.optional(v.pipe(v.array(text(60), 'expected a list of topic names'), v.maxLength(10, 'expected at most 10 topics')), []),
  difficulty: v.optional(v.picklist([1, 2, 3], 'expected 1, 2 or 3'), 2),
}

const CHOICE_TYPES = ['single_choice', 'true_false', 'who_said', 'whose_position', 'fact_or_position'] as const
const QUESTION_TYPE_MESSAGE =
  'expected a question type: single_choice, multi_select, true_false, who_said, whose_position, fact_or_position, numeric, cloze, matching or ordering'

const QuestionSchema = v.variant(
  'type',
  [
    v.object({ ...common, type: v.picklist(CHOICE_TYPES), choices: choices(2), answer: localId }),
    v.object({
      ...common,
      type: v.literal('multi_select'),
      choices: choices(2),
      answer: v.pipe(v.array(localId, 'expected a list of choice ids'), v.minLength(1, 'expected at least one right choice')),
    }),
    v.object({
      ...common,
      type: v.literal('numeric'),
      answer: v.object({
        value: v.pipe(v.number('expected a number'), v.finite('expected a finite number')),
        unit: v.optional(text(40)),
      }, 'expected { "value": 123 } with an optional "unit"'),
    }),
    v.object({
      ...common,
      type: v.literal('cloze'),
      before: v.optional(v.pipe(v.string('expected text'), v.maxLength(MAX_TEXT)), ''),
      after: v.optional(v.pipe(v.string('expected text'), v.maxLength(MAX_TEXT)), ''),
      answer: v.object({
        accepted: v.pipe(v.array(text(200), 'expected a list of accepted answers'), v.minLength(1, 'expected at least one accepted answer')),
      }, 'expected { "accepted": ["…"] }'),
    }),
    v.object({
      ...common,
      type: v.literal('matching'),
      left: choices(2),
      right: choices(2),
      answer: v.record(v.string(), localId, 'expected an object from left ids to right ids'),
    }),
    v.object({
      ...common,
      type: v.literal('ordering'),
      items: choices(2),
      answer: v.array(localId, 'expected the item ids in order'),
    }),
  ],
  QUESTION_TYPE_MESSAGE,
)
type FileQuestion = v.InferOutput<typeof QuestionSchema>

const ENVELOPE_MESSAGE = `expected an object like { "format": "${SET_FORMAT}", "version": 1, "title": "…", "questions": […] }`
const EnvelopeSchema = v.object(
  {
    format: v.literal(SET_FORMAT, `expected "${SET_FORMAT}"`),
    version: v.number('expected a version number'),
    title: text(MAX_TITLE),
    description: optionalText,
    questions: v.pipe(
      v.array(QuestionSchema, 'expected a list of questions'),
      v.minLength(1, 'expected at least one question'),
      v.maxLength(MAX_SET_QUESTIONS, `expected at most ${MAX_SET_QUESTIONS} questions`),
    ),
  },
  ENVELOPE_MESSAGE,
)

/** Rules valibot's shapes cannot say: unique ids, answers that name existing choices. */
function crossChecks(question: FileQuestion, at: string): string[] {
  const problems: string[] = []
  const unique = (list: readonly { id: string }[], name: string) => {
    const seen = new Set<string>()
    list.forEach((item, index) => {
      if (seen.has(item.id)) problems.push(`${at}.${name}[${index}].id: "${item.id}" is used twice`)
      seen.add(item.id)
    })
    return seen
  }
  switch (question.type) {
    case 'multi_select': {
      const ids = unique(question.choices, 'choices')
      question.answer.forEach((id, index) => {
        if (!ids.has(id)) problems.push(`${at}.answer[${index}]: "${id}" is not one of the choices' ids`)
      })
      if (new Set(question.answer).size !== question.answer.length) problems.push(`${at}.answer: a choice is listed twice`)
      break
    }
    case 'numeric':
    case 'cloze':
      break
    case 'matching': {
      const left = unique(question.left, 'left')
      const right = unique(question.right, 'right')
      for (const item of question.left) if (!Object.hasOwn(question.answer, item.id)) problems.push(`${at}.answer: no partner for "${item.id}"`)
      for (const [key, value] of Object.entries(question.answer)) {
        if (!left.has(key)) problems.push(`${at}.answer.${key}: not one of the left ids`)
        else if (!right.has(value)) problems.push(`${at}.answer.${key}: "${value}" is not one of the right ids`)
      }
      break
    }
    case 'ordering': {
      const ids = unique(question.items, 'items')
      const given = new Set(question.answer)
      if (given.size !== question.answer.length || given.size !== ids.size || [...ids].some((id) => !given.has(id))) {
        problems.push(`${at}.answer: expected every item id exactly once, in the right order`)
      }
      break
    }
    case 'single_choice':
    case 'true_false':
    case 'who_said':
    case 'whose_position':
    case 'fact_or_position': {
      const ids = unique(question.choices, 'choices')
      if (!ids.has(question.answer)) problems.push(`${at}.answer: "${question.answer}" is not one of the choices' ids`)
      break
    }
    default:
      // The file format lists the types a teacher may write (not every type the app has): TypeScript
      // proves each of them is checked here.
      assertNever(question)
  }
  return problems
}

/** Keys that could reach an object's prototype if code ever copied them by assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function forbiddenKeys(value: unknown, at: string, found: string[] = []): string[] {
  if (found.length >= 5 || typeof value !== 'object' || value === null) return found
  if (Array.isArray(value)) value.forEach((item, index) => forbiddenKeys(item, `${at}[${index}]`, found))
  else {
    for (const key of Object.keys(value)) {
      const path = at ? `${at}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) found.push(`${path}: "${key}" is not allowed as a name`)
      else forbiddenKeys((value as Record<string, unknown>)[key], path, found)
    }
  }
  return found
}

function toQuestion(question: FileQuestion, index: number, setId: string): Question {
  const { id = `q${index + 1}`, ...rest } = question
  const base = { ...rest, id: `${TEACHER_PREFIX}${setId}:${id}`, evidence: [], factIds: [] }
  // Built with fromEntries (own properties only), never by assignment.
  if (base.type === 'matching') return { ...base, answer: Object.fromEntries(Object.entries(base.answer)) }
  return base as Question
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, error: 'This file is not valid JSON (it may be cut short or not a question set). Save it again as JSON and retry.' }
  }
}

/** Reads a set file's text. `setId` (from the caller's randomness) namespaces its question ids. */
export function parseTeacherSet(textInput: string, setId: string, importedAt: number): SetImport {
  try {
    if (typeof textInput !== 'string') return { ok: false, errors: ['This is not a text file.'] }
    if (textInput.length > MAX_SET_BYTES || byteLength(textInput) > MAX_SET_BYTES) {
      return { ok: false, errors: [`This file is larger than 1 MB. A question set may hold at most ${MAX_SET_QUESTIONS} questions.`] }
    }
    const json = readJson(textInput.replace(/^\uFEFF/, ''))
    if (!json.ok) return { ok: false, errors: [json.error] }
    const envelope = json.value as { format?: unknown; version?: unknown } | null
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
      return { ok: false, errors: [ENVELOPE_MESSAGE] }
    }
    if (envelope.format !== SET_FORMAT) {
      return { ok: false, errors: [`format: expected "${SET_FORMAT}". This file is not a Close Read question set.`] }
    }
    if (typeof envelope.version === 'number' && envelope.version > SET_FORMAT_VERSION) {
      return { ok: false, errors: [`version: this set was written for a newer version of Close Read (format version ${envelope.version}). Update the app and try again.`] }
    }
    if (envelope.version !== SET_FORMAT_VERSION) return { ok: false, errors: [`version: expected ${SET_FORMAT_VERSION}`] }
    const forbidden = forbiddenKeys(json.value, '')
    if (forbidden.length > 0) return { ok: false, errors: forbidden }
    const parsed = v.safeParse(EnvelopeSchema, json.value, { abortPipeEarly: true })
    if (!parsed.success) return { ok: false, errors: limit(describeIssues(parsed.issues)) }
    const { title, description, questions } = parsed.output
    const errors: string[] = []
    const seen = new Set<string>()
    questions.forEach((question, index) => {
      const id = question.id ?? `q${index + 1}`
      if (seen.has(id)) errors.push(`questions[${index}].id: "${id}" is used by an earlier question`)
      seen.add(id)
      errors.push(...crossChecks(question, `questions[${index}]`))
    })
    if (errors.length > 0) return { ok: false, errors: limit(errors) }
    return {
      ok: true,
      set: { id: setId, title, description, importedAt, questions: questions.map((question, index) => toQuestion(question, index, setId)) },
    }
  } catch {
    return { ok: false, errors: ['This file could not be read as a question set.'] }
  }
}

/** A long list helps nobody: the first few problems, and how many more. */
function limit(errors: string[], max = 10): string[] {
  return errors.length <= max ? errors : [...errors.slice(0, max), `…and ${errors.length - max} more problems.`]
}

/** The set as a file again (the same format it was imported in), e.g. to share with a colleague. */
export function teacherSetFile(set: TeacherSet): string {
  const localId = (id: string) => id.slice(`${TEACHER_PREFIX}${set.id}:`.length)
  const questions = set.questions.map((question) => {
    const { evidence: _evidence, factIds: _factIds, id, ...rest } = question
    return { id: localId(id), ...rest }
  })
  return `${JSON.stringify({ format: SET_FORMAT, version: SET_FORMAT_VERSION, title: set.title, description: set.description, questions }, null, 2)}\n`
}

/** A teacher's question id as imported: `teacher:<set id>:<id in the file>`. */
const TEACHER_ID = /^teacher:[A-Za-z0-9._-]{1,64}:[A-Za-z0-9._-]{1,64}$/

/** One teacher's question in the set file's own shape (no id), as a class quiz link carries it. */
export function carriedQuestionText(question: Question): string {
  const { evidence: _evidence, factIds: _factIds, id: _id, explanation, topics, difficulty, ...rest } = question
  // The file format's defaults are left out: a QR code's room is small.
  return JSON.stringify({ ...rest, ...(explanation && { explanation }), ...(topics.length > 0 && { topics }), ...(difficulty !== 2 && { difficulty }) })
}

/**
 * A question a class quiz link carried, read as strictly as a set file's (untrusted text from a
 * link): the same schema and cross-checks, or null.
 */
export function readCarriedQuestion(textInput: string, id: string): Question | null {
  try {
    if (!TEACHER_ID.test(id)) return null
    const json = readJson(textInput)
    if (!json.ok || typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) return null
    if ('id' in json.value || forbiddenKeys(json.value, '').length > 0) return null
    const parsed = v.safeParse(QuestionSchema, json.value, { abortPipeEarly: true })
    if (!parsed.success || crossChecks(parsed.output, 'question').length > 0) return null
    const { id: _none, ...rest } = toQuestion(parsed.output, 0, '')
    return { ...rest, id } as Question
  } catch {
    return null
  }
}
