// Valibot's issues as messages for people: "attempts[3].score: expected a number between 0 and 1".
// Shared by what reads untrusted data: the device's storage and teachers' set files.
import type { BaseIssue } from 'valibot'

/** "attempts[3].score: expected a number between 0 and 1", one line per issue. */
export function describeIssues(issues: readonly BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).reduce<string>((text, item) => {
      const key = item.key
      if (typeof key === 'number') return `${text}[${key}]`
      return text ? `${text}.${String(key)}` : String(key)
    }, prefix)
    // A missing key is reported by the object schema, with the object's own message: say "missing".
    const missing = issue.type === 'object' && issue.input === undefined && issue.received === 'undefined'
    const message = missing ? 'missing' : issue.message
    return path ? `${path}: ${message}` : message
  })
}
