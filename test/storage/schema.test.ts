import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  AttemptSchema,
  DEFAULT_SETTINGS,
  SettingsSchema,
  check,
  defaultSettings,
  describeIssues,
  isJsonValue,
} from '../../src/storage/schema'

describe('settings', () => {
  it('default to system theme, normal text, 10 questions, no time limit, a goal of 10', () => {
    expect(defaultSettings()).toEqual({
      theme: 'system',
      textSize: 'normal',
      quizLength: 10,
      testTimeLimit: { kind: 'off' },
      dailyGoal: 10,
      reducedMotion: 'system',
    })
    expect(check(SettingsSchema, {})).toEqual({ ok: true, value: defaultSettings() })
  })

  it('hand out fresh copies, so changing one does not change the defaults', () => {
    const settings = defaultSettings()
    ;(settings.testTimeLimit as { kind: string }).kind = 'quiz'
    expect(DEFAULT_SETTINGS.testTimeLimit.kind).toBe('off')
  })

  it('check time limits and quiz length', () => {
    expect(check(SettingsSchema, { testTimeLimit: { kind: 'quiz', seconds: 600 }, quizLength: 50 }).ok).toBe(true)
    expect(check(SettingsSchema, { testTimeLimit: { kind: 'quiz' } })).toEqual({ ok: false, message: 'testTimeLimit.seconds: missing' })
    expect(check(SettingsSchema, { testTimeLimit: { kind: 'quiz', seconds: 5 } })).toEqual({
      ok: false,
      message: 'testTimeLimit.seconds: expected a whole number from 10 to 86400',
    })
    expect(check(SettingsSchema, { testTimeLimit: { kind: 'soon' } })).toEqual({ ok: false, message: 'testTimeLimit.kind: expected a time limit: off, quiz or question' })
    expect(check(SettingsSchema, { quizLength: 51 })).toEqual({ ok: false, message: 'quizLength: expected a whole number from 5 to 50' })
  })
})

describe('attempts', () => {
  it('may carry a session id, a mode and the learner’s own grade', () => {
    const attempt = { id: 'a', questionId: 'q', questionType: 'cloze', factIds: ['f'], topics: [], correct: true, score: 1, responseMs: 0, answeredAt: 0 }
    expect(check(AttemptSchema, { ...attempt, sessionId: 's', mode: 'review', rating: 4 }).ok).toBe(true)
    expect(check(AttemptSchema, { ...attempt, mode: 'exam' })).toEqual({ ok: false, message: 'mode: expected one of practice, test, mistakes, quick, review' })
    expect(check(AttemptSchema, { ...attempt, answeredAt: Infinity }).ok).toBe(false)
  })
})

describe('describeIssues', () => {
  it('writes paths with indexes and dots', () => {
    const schema = v.object({ list: v.array(v.object({ n: v.number('expected a number') })) })
    const result = v.safeParse(schema, { list: [{ n: 1 }, { n: 'x' }] })
    expect(result.success ? [] : describeIssues(result.issues)).toEqual(['list[1].n: expected a number'])
  })
})

describe('isJsonValue', () => {
  it('accepts JSON and refuses what JSON cannot hold', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(isJsonValue(value)).toBe(true)
    }))
    for (const bad of [NaN, Infinity, new Date(0), new Map(), () => 1, Symbol('s'), undefined, [undefined]]) expect(isJsonValue(bad)).toBe(false)
    expect(isJsonValue({ skipped: undefined })).toBe(true)
  })
})
