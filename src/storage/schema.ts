// The shapes of everything the app persists: plain, serialisable data validated with valibot.
// Messages are written for people ("expected a number between 0 and 1"); describeIssues() adds
// the path, e.g. "attempts[3].score: expected a number between 0 and 1".

import * as v from 'valibot'
import { MISREADINGS } from '../domain/misreading'
import { ATTEMPT_MODES, CARD_STATES, GRADES, type Attempt, type FactCard } from '../domain/progress'
import type { TimeLimit } from '../domain/quiz'
import type { Settings } from '../domain/settings'
import { describeIssues } from '../lib/describeIssues'
import { schemaOf } from '../lib/schemaOf'
import { DEFAULT_SETTINGS } from './defaultSettings'

export { DEFAULT_SETTINGS, defaultSettings } from './defaultSettings'

// ---- Building blocks -------------------------------------------------------------------------

const UNIT = 'expected a number between 0 and 1'
/**
 * The last moment of the year 9999. Date itself reaches 8.64e15 ms, but a time near that edge breaks as
 * soon as a day or a time zone is added to it (`toISOString` throws a RangeError); a stored
 * `answeredAt: 1e16` once blanked the Progress page for good. Every time field stops here.
 */
export const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)
const TIME = 'expected a time (milliseconds since 1970, before the year 10000)'
const COUNT = 'expected a whole number, 0 or more'

const text = (what: string) => v.pipe(v.string(`expected ${what}`), v.minLength(1, `expected ${what}`))
const textList = (what: string) => v.array(text(what), `expected a list of ${what}s`)
const unitInterval = v.pipe(v.number(UNIT), v.minValue(0, UNIT), v.maxValue(1, UNIT))
const epochMs = v.pipe(v.number(TIME), v.finite(TIME), v.minValue(0, TIME), v.maxValue(MAX_EPOCH_MS, TIME))
const count = v.pipe(v.number(COUNT), v.integer(COUNT), v.minValue(0, COUNT))
const nonNegative = (what: string) =>
  v.pipe(v.number(`expected ${what}`), v.finite(`expected ${what}`), v.minValue(0, `expected ${what}`))
const intBetween = (min: number, max: number) => {
  const message = `expected a whole number from ${min} to ${max}`
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message))
}

// ---- Attempts --------------------------------------------------------------------------------

const MARK = 'expected a mark (first and last word, first <= last, and a layer)'
const MarkSchema = v.pipe(
  v.object({ first: count, last: count, layer: text('a layer') }, MARK),
  v.check((mark) => mark.first <= mark.last, MARK),
)

/** One answer to one question (src/domain/progress.ts). */
export const AttemptSchema = schemaOf<Attempt>()(v.object({
  id: text('an id'),
  questionId: text('a question id'),
  questionType: text('a question type'),
  factIds: textList('fact id'),
  topics: textList('topic'),
  correct: v.boolean('expected true or false'),
  score: unitInterval,
  responseMs: nonNegative('a duration in milliseconds (0 or more)'),
  answeredAt: epochMs,
  sessionId: v.optional(text('a session id')),
  mode: v.optional(v.picklist(ATTEMPT_MODES, `expected one of ${ATTEMPT_MODES.join(', ')}`)),
  /** The learner's own grade, when they gave one; otherwise it is derived from the answer. */
  rating: v.optional(v.picklist(GRADES, 'expected a grade from 1 to 4')),
  /** What the wrong parts of the answer stood for (optional: attempts of before v5 have none). */
  misreadings: v.optional(v.array(v.picklist(MISREADINGS, `expected one of ${MISREADINGS.join(', ')}`), 'expected a list of misreadings')),
  /** Mark the text: the learner's marks (since v5). A layer is any name: one this version does not know is shown as unknown, never dropped. */
  marks: v.optional(v.array(MarkSchema, 'expected a list of marks')),
}))

/**
 * Since schema v3 a day's attempts (the UTC day of `answeredAt`) are stored as one record, field by
 * field: IndexedDB hands over a few hundred records of long arrays several times faster than 10,000
 * small objects, and checking whole columns is quicker than checking each attempt. Each column is
 * checked with the attempt's own schema for that field; the optional ones are there only when used.
 */
const fields = AttemptSchema.entries
export const AttemptDaySchema = v.strictObject({
  day: v.pipe(v.number('expected a day number'), v.integer('expected a day number')),
  // Strict: a field the app does not know sends the day down the careful path, which keeps it aside.
  columns: v.strictObject(
    {
      id: v.array(fields.id),
      questionId: v.array(fields.questionId),
      questionType: v.array(fields.questionType),
      factIds: v.array(fields.factIds),
      topics: v.array(fields.topics),
      correct: v.array(fields.correct),
      score: v.array(fields.score),
      responseMs: v.array(fields.responseMs),
      answeredAt: v.array(fields.answeredAt),
      sessionId: v.optional(v.array(fields.sessionId)),
      mode: v.optional(v.array(fields.mode)),
      rating: v.optional(v.array(fields.rating)),
      misreadings: v.optional(v.array(fields.misreadings)),
      marks: v.optional(v.array(fields.marks)),
    },
    'expected the attempts of a day, field by field',
  ),
})
export type AttemptDay = v.InferOutput<typeof AttemptDaySchema>
export type AttemptField = keyof Attempt
export const ATTEMPT_FIELDS = Object.keys(fields) as AttemptField[]
export const KNOWN_ATTEMPT_FIELDS: ReadonlySet<string> = new Set(ATTEMPT_FIELDS)

// ---- FSRS cards ------------------------------------------------------------------------------

/** A ts-fsrs Card for one fact (src/domain/progress.ts). */
export const FactCardSchema = schemaOf<FactCard>()(v.object({
  factId: text('a fact id'),
  due: epochMs,
  stability: nonNegative('a stability in days (0 or more)'),
  difficulty: nonNegative('a difficulty (0 or more)'),
  elapsedDays: nonNegative('a number of days (0 or more)'),
  scheduledDays: nonNegative('a number of days (0 or more)'),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: v.picklist(CARD_STATES, 'expected a card state from 0 to 3'),
  lastReview: v.optional(epochMs),
}))

// ---- Settings --------------------------------------------------------------------------------

export const TimeLimitSchema = schemaOf<TimeLimit>()(v.variant(
  'kind',
  [
    v.object({ kind: v.literal('off') }),
    v.object({ kind: v.literal('quiz'), seconds: intBetween(10, 24 * 3600) }),
    v.object({ kind: v.literal('question'), seconds: intBetween(5, 3600) }),
  ],
  'expected a time limit: off, quiz or question',
))

/** Each field on its own, so one bad value does not cost the learner their other settings. */
export const SETTINGS_FIELDS = {
  theme: v.picklist(['system', 'light', 'dark'], 'expected system, light or dark'),
  textSize: v.picklist(['normal', 'large', 'larger'], 'expected normal, large or larger'),
  quizLength: intBetween(5, 50),
  testTimeLimit: TimeLimitSchema,
  dailyGoal: intBetween(1, 500),
  reducedMotion: v.picklist(['system', 'reduce'], 'expected system or reduce'),
}

/** A missing field (saved by an older version) takes its default; a wrong one is an error. */
export const SettingsSchema = schemaOf<Settings>()(v.object(
  {
    theme: v.optional(SETTINGS_FIELDS.theme, DEFAULT_SETTINGS.theme),
    textSize: v.optional(SETTINGS_FIELDS.textSize, DEFAULT_SETTINGS.textSize),
    quizLength: v.optional(SETTINGS_FIELDS.quizLength, DEFAULT_SETTINGS.quizLength),
    testTimeLimit: v.optional(SETTINGS_FIELDS.testTimeLimit, () => ({ ...DEFAULT_SETTINGS.testTimeLimit })),
    dailyGoal: v.optional(SETTINGS_FIELDS.dailyGoal, DEFAULT_SETTINGS.dailyGoal),
    reducedMotion: v.optional(SETTINGS_FIELDS.reducedMotion, DEFAULT_SETTINGS.reducedMotion),
  },
  'expected settings (an object)',
))

// ---- The player's session (opaque) ----------------------------------------------------------

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonValue)
  // An undefined property is fine: JSON leaves it out, as the player's optional fields expect.
  return isPlainObject(value) && Object.values(value).every((item) => item === undefined || isJsonValue(item))
}

/** The storage layer only checks that the in-progress quiz is a JSON object; the player owns its shape. */
export const SessionValueSchema = v.custom<JsonObject>(
  (value) => isPlainObject(value) && isJsonValue(value),
  'expected a saved quiz (a JSON object)',
)

// ---- Export files and snapshots -------------------------------------------------------------

export const EXPORT_FORMAT = 'close-read-progress'
/** Bump with a converter in backup.ts when the file's shape changes. */
export const EXPORT_VERSION = 1

export const ExportFileSchema = v.object(
  {
    format: v.literal(EXPORT_FORMAT, `expected "${EXPORT_FORMAT}"`),
    version: v.literal(EXPORT_VERSION, `expected ${EXPORT_VERSION}`),
    exportedAt: epochMs,
    attempts: v.array(AttemptSchema, 'expected a list of attempts'),
    cards: v.array(FactCardSchema, 'expected a list of cards'),
    settings: SettingsSchema,
  },
  'expected a progress file (a JSON object)',
)
export type ExportFile = v.InferOutput<typeof ExportFileSchema>

export const SNAPSHOT_REASONS = ['import', 'reset', 'restore', 'manual'] as const
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number]

export const SnapshotSchema = v.object({
  id: text('a snapshot id'),
  takenAt: epochMs,
  reason: v.picklist(SNAPSHOT_REASONS, `expected one of ${SNAPSHOT_REASONS.join(', ')}`),
  data: ExportFileSchema,
})
export type Snapshot = v.InferOutput<typeof SnapshotSchema>

// ---- Quarantine ------------------------------------------------------------------------------

/** A record that failed validation, kept exactly as it was found. */
export interface QuarantineItem {
  id: string
  /** The object store it came from. */
  store: string
  key: IDBValidKey
  raw: unknown
  /** Why it was set aside, e.g. "score: expected a number between 0 and 1". */
  message: string
  quarantinedAt: number
}

export const QuarantineItemSchema = v.object({
  id: v.string(),
  store: v.string(),
  key: v.unknown(),
  raw: v.unknown(),
  message: v.string(),
  quarantinedAt: v.number(),
})

// ---- Messages --------------------------------------------------------------------------------

// describeIssues lives in src/lib, shared with the teachers' set format.
export { describeIssues }

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

export function check<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): Checked<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, value)
  return result.success ? { ok: true, value: result.output } : { ok: false, message: describeIssues(result.issues).join('; ') }
}
