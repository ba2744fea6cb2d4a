// When to remind a learner to back up their progress (or install the app): pure, the clock passed in.
//
// A browser may clear a site's storage (Safari after 7 days without a visit for a site not installed,
// any browser under storage pressure) unless the site's storage is persisted or the app is installed.
// After a week of progress on such storage the learner is reminded once; a backup or a "Not now"
// quiets it for another week.

export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000

export interface BackupReminderFacts {
  /** When this device first recorded progress (the progress mark), or null. */
  firstProgressAt: number | null
  /** Whether the browser agreed to keep this site's data; null when not known. */
  persisted: boolean | null
  /** Running as an installed app (not cleared by Safari's 7-day rule). */
  installed: boolean
  /** The last backup exported on this device, or null. */
  lastBackupAt: number | null
  /** The last time the learner put the reminder off, or null. */
  dismissedAt: number | null
  now: number
}

/** A time that can be trusted: finite and not after now (a clock set back or a damaged value is ignored). */
function past(time: number | null, now: number): number | null {
  return time !== null && Number.isFinite(time) && time <= now ? time : null
}

export function backupReminderDue(facts: BackupReminderFacts): boolean {
  const { now } = facts
  if (!Number.isFinite(now) || facts.persisted === true || facts.installed) return false
  const first = past(facts.firstProgressAt, now)
  if (first === null || now - first < BACKUP_REMINDER_AFTER_MS) return false
  const quietSince = Math.max(past(facts.lastBackupAt, now) ?? first, past(facts.dismissedAt, now) ?? first)
  return now - quietSince >= BACKUP_REMINDER_AFTER_MS
}
