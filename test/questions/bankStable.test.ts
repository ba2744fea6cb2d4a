// Pins the generated bank exactly, so work on the generators' speed (or anything else) cannot
// change a question, its option order, evidence or explanation unnoticed. When a change to the
// bank is intended, rewrite the fixture and review its diff:
//   WRITE_BANK_FIXTURE=1 npx vitest run test/questions/bankStable.test.ts
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BANK_SEED, buildQuestionBank, buildQuestionBankInSteps } from '../../src/questions/bank'
import { bundledPack } from '../../src/content/bundledArticle'
import type { Question } from '../../src/domain/question'

interface BankFixture {
  /** SHA-256 of the whole bank per seed. */
  banks: Record<string, string>
  /** The app's bank question by question, in order: [id, SHA-256 of the question]. */
  questions: [string, string][]
}

const FIXTURE = new URL('../fixtures/questions/bank.json', import.meta.url)
// The app's seed and a few others, since the seed picks distractors, variants and order.
const SEEDS = [BANK_SEED, 0, 1, 2, 99]

/** JSON with keys sorted, so only content and array order count, not the order fields were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

function fixtureNow(): BankFixture {
  const banks: Record<string, string> = {}
  for (const seed of SEEDS) banks[seed] = sha256(canonical(buildQuestionBank(bundledPack, { seed })))
  const questions = buildQuestionBank(bundledPack, { seed: BANK_SEED }).map((q: Question): [string, string] => [q.id, sha256(canonical(q))])
  return { banks, questions }
}

/** One line per seed and per question, so a diff of the fixture reads as a list of changes. */
function fixtureText({ banks, questions }: BankFixture): string {
  const lines = (entries: string[]) => entries.map((e) => `    ${e}`).join(',\n')
  const bankLines = lines(Object.entries(banks).map(([seed, hash]) => `${JSON.stringify(seed)}: ${JSON.stringify(hash)}`))
  return `{\n  "banks": {\n${bankLines}\n  },\n  "questions": [\n${lines(questions.map((pair) => JSON.stringify(pair)))}\n  ]\n}\n`
}

if (process.env.WRITE_BANK_FIXTURE) writeFileSync(FIXTURE, fixtureText(fixtureNow()))

describe('the generated bank', () => {
  const stored = JSON.parse(readFileSync(FIXTURE, 'utf8')) as BankFixture
  const now = fixtureNow()

  it('has the same questions, in the same order, each unchanged (the app seed)', () => {
    // Compared pair by pair, so a failure names the questions that changed.
    expect(now.questions).toEqual(stored.questions)
  })

  it.each(SEEDS)('is unchanged as a whole at seed %i', (seed) => {
    expect(now.banks[seed]).toBe(stored.banks[seed])
  })

  // The app's own build: in steps, with the true/false facts the build worked out and shipped.
  it.each(SEEDS)('is the same at seed %i when built as the app builds it', async (seed) => {
    let steps = 0
    const stepped = await buildQuestionBankInSteps(bundledPack, { seed }, async () => void (steps += 1))
    expect(sha256(canonical(stepped))).toBe(stored.banks[seed])
    expect(steps).toBeGreaterThan(1)
  })

  it('sees a change in one explanation', () => {
    const bank = buildQuestionBank(bundledPack, { seed: BANK_SEED })
    const first = bank[0] as Question
    const changed = [{ ...first, explanation: `${first.explanation} ` }, ...bank.slice(1)]
    expect(sha256(canonical(changed))).not.toBe(stored.banks[BANK_SEED])
  })
})
