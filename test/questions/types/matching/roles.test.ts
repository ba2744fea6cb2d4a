// matching people-roles and place-roles: nothing to match by nationality or by a repeated word, and
// no place role asked again by place-events or a cloze.
import { describe, expect, it } from 'vitest'
import { createContext } from '../../../../src/questions/generators/context'
import { carriesCountry, generate, repeatsName } from '../../../../src/questions/types/matching/generate'
import type { ClozeQuestion } from '../../../../src/questions/types/cloze/model'
import { bank, knowledge, paragraphs } from '../../helpers'

const context = createContext(knowledge, paragraphs, 0)
const generated = generate(context)
const roleOf = (id: string) => knowledge.entities.find((e) => e.id === id)?.role ?? ''

describe('matching roles', () => {
  it('tells roles that carry a country from those that do not', () => {
    for (const role of ['Turkish President', 'Azeri President', 'Armenia’s President', 'Russian Ambassador to the US', 'US State Department spokesperson']) expect(carriesCountry(context, role), role).toBe(true)
    for (const role of ['driver', 'builder', 'USAID chief']) expect(carriesCountry(context, role), role).toBe(false)
  })

  it('never puts two people whose roles carry their country in one set', () => {
    const people = generated.filter((q) => q.id.startsWith('matching:people-roles:'))
    expect(people.length).toBeGreaterThan(0)
    for (const q of people) expect(q.left.filter((l) => carriesCountry(context, roleOf(l.id))).length, q.id).toBeLessThanOrEqual(1)
  })

  it('never matches a place with a text that repeats its name', () => {
    expect(repeatsName('Stepanakert airport', 'Airport where thousands were sleeping outside')).toBe(true)
    expect(repeatsName('Nakhchivan', 'Autonomous land-locked enclave of Azerbaijan')).toBe(false)
    for (const q of generated.filter((x) => x.id.startsWith('matching:place-roles:'))) {
      for (const l of q.left) expect(repeatsName(l.text, q.right.find((r) => r.id === q.answer[l.id])?.text ?? ''), l.text).toBe(false)
    }
  })

  it('asks no place role that place-events or a cloze asks (Kochogot, Stepanakert the capital)', () => {
    // The article's other place roles are asked elsewhere, repeat the name or are told by a date, so
    // this article makes no place-roles matching; any it makes must keep to these rules.
    const placeRoles = generated.filter((x) => x.id.startsWith('matching:place-roles:'))
    const clozeFacts = new Set(bank.filter((q): q is ClozeQuestion => q.type === 'cloze').flatMap((q) => q.factIds))
    for (const q of placeRoles) {
      expect(q.left.map((l) => l.id)).not.toContain('place.kochogot')
      expect(q.left.map((l) => l.id)).not.toContain('place.stepanakert')
      for (const l of q.left) if (l.id === 'place.stepanakert') expect(clozeFacts.has('fact.stepanakert-capital')).toBe(false)
    }
  })
})
