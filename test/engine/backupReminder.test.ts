import { describe, expect, it } from 'vitest'
import { BACKUP_REMINDER_AFTER_MS as WEEK, backupReminderDue, type BackupReminderFacts } from '../../src/engine/backupReminder'

const T0 = Date.UTC(2025, 2, 3)
const facts = (overrides: Partial<BackupReminderFacts> = {}): BackupReminderFacts => ({
  firstProgressAt: T0,
  persisted: false,
  installed: false,
  lastBackupAt: null,
  dismissedAt: null,
  now: T0 + WEEK,
  ...overrides,
})

describe('the backup reminder (issue 31, bug 9)', () => {
  it('comes after a week of progress on storage that is not persisted', () => {
    expect(backupReminderDue(facts())).toBe(true)
    expect(backupReminderDue(facts({ persisted: null }))).toBe(true)
    expect(backupReminderDue(facts({ now: T0 + WEEK - 1 }))).toBe(false)
    expect(backupReminderDue(facts({ firstProgressAt: null }))).toBe(false)
  })

  it('never comes when the storage is persisted or the app installed', () => {
    expect(backupReminderDue(facts({ persisted: true, now: T0 + 10 * WEEK }))).toBe(false)
    expect(backupReminderDue(facts({ installed: true, now: T0 + 10 * WEEK }))).toBe(false)
  })

  it('a backup or a "Not now" quiets it for another week', () => {
    expect(backupReminderDue(facts({ now: T0 + 2 * WEEK, lastBackupAt: T0 + WEEK + 1 }))).toBe(false)
    expect(backupReminderDue(facts({ now: T0 + 2 * WEEK + 1, lastBackupAt: T0 + WEEK + 1 }))).toBe(true)
    expect(backupReminderDue(facts({ now: T0 + 2 * WEEK, dismissedAt: T0 + WEEK + 1 }))).toBe(false)
    expect(backupReminderDue(facts({ now: T0 + 3 * WEEK, dismissedAt: T0 + WEEK, lastBackupAt: T0 + 2 * WEEK + 5 }))).toBe(false)
  })

  it('ignores times it cannot trust (NaN, in the future) rather than staying quiet for good', () => {
    expect(backupReminderDue(facts({ dismissedAt: 1e16 }))).toBe(true)
    expect(backupReminderDue(facts({ lastBackupAt: Number.NaN }))).toBe(true)
    expect(backupReminderDue(facts({ firstProgressAt: Number.NaN }))).toBe(false)
    expect(backupReminderDue(facts({ now: Number.NaN }))).toBe(false)
  })
})
