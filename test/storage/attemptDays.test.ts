import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { dayOf, groupByDay, packDay, packDays, unpackDay } from '../../src/storage/attemptDays'
import { ATTEMPT_FIELDS, AttemptDaySchema, AttemptSchema } from '../../src/storage/schema'
import type { Attempt } from '../../src/domain/progress'
import { MISREADINGS } from '../../src/domain/misreading'
import { syntheticAttempts } from '../../src/storage/synthetic'
import { T0, answer, history } from './helpers'

const DAY = 86_400_000

/** With optional fields, so their columns are exercised too. */
const attemptsWithOptions = history('p', 40).chain((attempts) =>
  fc
    .array(fc.record({ sessionId: fc.option(fc.constant('s-1'), { nil: undefined }), mode: fc.option(fc.constantFrom('quick', 'test' as const), { nil: undefined }), rating: fc.option(fc.constantFrom(1, 4 as const), { nil: undefined }), misreadings: fc.option(fc.subarray([...MISREADINGS], { minLength: 1 }), { nil: undefined }) }), {
      minLength: attempts.length,
      maxLength: attempts.length,
    })
    .map((extras) =>
      attempts.map((attempt, i) => {
        const out: Record<string, unknown> = { ...attempt }
        for (const [field, value] of Object.entries(extras[i] ?? {})) if (value !== undefined) out[field] = value
        return out as Attempt
      }),
    ),
)

describe('a day of attempts, field by field', () => {
  it('the columns are exactly the attempt’s fields', () => {
    expect(Object.keys(AttemptDaySchema.entries.columns.entries)).toEqual(Object.keys(AttemptSchema.entries))
    expect(ATTEMPT_FIELDS).toEqual(Object.keys(AttemptSchema.entries))
  })

  it('days are whole UTC days', () => {
    expect(dayOf(0)).toBe(0)
    expect(dayOf(DAY - 1)).toBe(0)
    expect(dayOf(DAY)).toBe(1)
    expect(dayOf(Date.UTC(2025, 2, 3, 23, 59, 59, 999))).toBe(dayOf(Date.UTC(2025, 2, 3)))
  })

  it('packing and unpacking give back every attempt exactly, grouped by day in the order given', () => {
    fc.assert(
      fc.property(attemptsWithOptions, (attempts) => {
        const days = packDays(attempts)
        expect(days.map((day) => day.day)).toEqual([...new Set(attempts.map((attempt) => dayOf(attempt.answeredAt)))].sort((a, b) => a - b))
        const unpacked = days.flatMap((day) => {
          const read = unpackDay(structuredClone(day))
          if ('unreadable' in read) throw new Error(read.unreadable)
          expect(read.rejected).toEqual([])
          return read.attempts
        })
        expect(unpacked).toStrictEqual(attempts)
        for (const day of days) expect(v.safeParse(AttemptDaySchema, day).success).toBe(true)
      }),
    )
  })

  it('leaves an optional column out when no attempt of the day has that field', () => {
    const day = packDay(dayOf(T0), [answer(), answer({ mode: 'quick' })])
    expect(Object.keys(day.columns)).not.toContain('rating')
    expect(Object.keys(day.columns)).not.toContain('sessionId')
    expect(day.columns.mode).toEqual([undefined, 'quick'])
  })

  it('groups a synthetic year by day without losing or reordering any attempt within a day', () => {
    const attempts = syntheticAttempts(2000, 5)
    const groups = groupByDay(attempts)
    expect(groups.flatMap((group) => group.attempts)).toEqual(attempts)
    for (const group of groups) for (const attempt of group.attempts) expect(dayOf(attempt.answeredAt)).toBe(group.day)
  })

  it('salvages a damaged day entry by entry: what validates is kept, the rest is returned as found', () => {
    const good = answer({ id: 'ok' })
    const day = packDay(dayOf(good.answeredAt), [good, answer({ id: 'bad' })])
    const read = unpackDay({ ...day, columns: { ...day.columns, correct: [true, 'yes'] } })
    if ('unreadable' in read) throw new Error(read.unreadable)
    expect(read.attempts).toEqual([good])
    expect(read.rejected).toEqual([{ raw: expect.objectContaining({ id: 'bad', correct: 'yes' }), message: 'correct: expected true or false' }])
  })

  it('columns of different lengths: the entries some column lacks are set aside, not made up', () => {
    const day = packDay(dayOf(T0), [answer({ id: 'a' }), answer({ id: 'b' })])
    const read = unpackDay({ ...day, columns: { ...day.columns, score: [1] } })
    if ('unreadable' in read) throw new Error(read.unreadable)
    expect(read.attempts.map((attempt) => attempt.id)).toEqual(['a'])
    expect(read.rejected).toMatchObject([{ raw: { id: 'b' }, message: 'score: missing' }])
    expect(read.rejected[0]?.raw).not.toHaveProperty('score')
  })

  it('a longer optional column adds no empty entries; the day is marked to be written back as the app writes it', () => {
    const day = packDay(dayOf(T0), [answer({ id: 'only', mode: 'quick' })])
    const read = unpackDay({ ...day, columns: { ...day.columns, mode: ['quick', undefined, undefined] } })
    expect(read).toEqual({ attempts: [expect.objectContaining({ id: 'only' })], rejected: [], salvaged: true })
  })

  it('names the fields it does not know, and still reads the attempts', () => {
    const day = packDay(dayOf(T0), [answer({ id: 'k' })])
    const read = unpackDay({ ...day, note: 'x', columns: { ...day.columns, hint: ['h'] } })
    if ('unreadable' in read) throw new Error(read.unreadable)
    expect(read.attempts.map((attempt) => attempt.id)).toEqual(['k'])
    expect(read.unknown).toEqual(['note', 'columns.hint'])
  })

  it('a record that is not a day at all is unreadable as a whole', () => {
    for (const raw of [null, 'day', [], { day: 'monday', columns: {} }, { day: 3 }, { day: 3, columns: [] }, { day: 3, columns: { id: 'x' } }, { day: 3, columns: {} }, { day: 3, columns: { ids: ['x'] } }]) {
      expect(unpackDay(raw)).toHaveProperty('unreadable')
    }
  })

  it('never throws, whatever the record', () => {
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.constantFrom(...ATTEMPT_FIELDS), fc.anything()), (raw, columns) => {
        unpackDay(raw)
        unpackDay({ day: 1, columns })
      }),
    )
  })
})
