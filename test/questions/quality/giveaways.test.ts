// What one question gives away of another, as the bank and the quiz planner both judge it.
import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/question'
import { givesAway, namedRole } from '../../../src/questions/quality/giveaways'
import { bank } from '../helpers'

const byId = (id: string) => {
  const q = bank.find((x) => x.id === id)
  if (!q) throw new Error(`no ${id}`)
  return q
}
const showing = (prompt: string) => ({ id: 'x', type: 'true_false', prompt, choices: [], answer: 'true', factIds: [], evidence: [] }) as unknown as Question

describe('give-aways', () => {
  it('a role asked of a name is given away by a text that prints that role', () => {
    const roleOf = { ...byId('single_choice:who-is:person.ilham-aliyev'), id: 'single_choice:role-of:person.ilham-aliyev', prompt: 'Who is Ilham Aliyev, according to the article?', choices: [{ id: 'person.ilham-aliyev', text: 'Azeri President' }, { id: 'person.samantha-power', text: 'USAID chief' }], answer: 'person.ilham-aliyev' } as Question
    expect(givesAway(showing('Since June, Azeri President Ilham Aliyev blockaded Nagorno-Karabakh.'), roleOf)).toBe(true)
    expect(givesAway(showing('Aliyev claimed it was an operation.'), roleOf)).toBe(false)
  })

  it('a role is asked only where an item other than the author’s own sentence holds it (Pashinyan is “President” only in the author’s words)', () => {
    expect(bank.some((x) => x.id.includes(':person.nikol-pashinyan') && /role-of|who-is/.test(x.id))).toBe(false)
  })

  it('a name asked by its role is given away only where the two stand together', () => {
    const whoIs = byId('single_choice:who-is:person.recep-tayyip-erdogan')
    expect(namedRole(whoIs)).toEqual({ name: 'Recep Tayyip Erdogan', role: 'Turkish President' })
    expect(givesAway(showing('backed by Turkish President Recep Tayyip Erdogan'), whoIs)).toBe(true)
    expect(givesAway(showing('Erdogan hailed the victory of Recep Tayyip Erdogan’s allies'), whoIs)).toBe(false)
  })

  it('a gap-fill lists the items whose words its sentence prints, so no quiz puts it beside a question it answers', () => {
    expect(byId('cloze:pos.antonov.accuses-miller:accusing').factIds).toEqual(expect.arrayContaining(['quote.antonov-strategic-damage', 'quote.antonov-push-us-out']))
    expect(byId('numeric:fact.invasion-2022').factIds).toEqual(expect.arrayContaining(['pos.csis.invasion-weakened-russia']))
    expect(byId('single_choice:wording:fact.tens-of-thousands-fleeing').factIds).toEqual(expect.arrayContaining(['fact.unconfirmed-bombarding-villages']))
  })
  it('counts another form of a gap’s word as giving it away (“bombarding” for “bombarded”), not a short word or a different one', () => {
    const gap = { id: 'cloze:x', type: 'cloze', prompt: 'Fill the gap', before: 'Azeri forces ', after: ' his village.', answer: { accepted: ['bombarded'] }, factIds: [], evidence: [] } as unknown as Question
    expect(givesAway(showing('amid unconfirmed reports that Azeri troops are bombarding villages'), gap)).toBe(true)
    expect(givesAway(showing('Azeri troops bombed villages'), gap)).toBe(false)
    const short = { ...gap, answer: { accepted: ['fled'] } } as unknown as Question
    expect(givesAway(showing('they are fleeing'), short)).toBe(false)
  })
  it('counts an explanation as shown only for the planner (practice shows feedback before the next question)', () => {
    const gap = { id: 'cloze:x', type: 'cloze', prompt: 'Fill the gap', before: 'Erdogan ', after: ' declared', answer: { accepted: ['cynically'] }, factIds: [], evidence: [] } as unknown as Question
    const other = { ...showing('Which words carry a judgement?'), explanation: 'The author calls her rhetoric cynical.' } as Question
    expect(givesAway(other, gap)).toBe(false)
    expect(givesAway(other, gap, true)).toBe(true)
  })

  it('a choose-all lists every statement it shows, its wrong choices too', () => {
    for (const m of bank.filter((x) => x.type === 'multi_select')) if (m.type === 'multi_select') for (const c of m.choices) expect(m.factIds, `${m.id}: ${c.id}`).toContain(c.id)
  })
  it('a question whose feedback says whose words a quotation is lists that quotation (model answers, notes, the other calls, source cues)', () => {
    expect(byId('explain:explain.nairy-account').factIds).toEqual(expect.arrayContaining(['quote.pashinyan-peacekeepers-failed', 'pos.pashinyan.peacekeepers-failed']))
    expect(byId('who_said:quote.term-international-mission').factIds).toContain('quote.term-international-monitoring-mission')
    expect(byId('structure:call:pos.author.socialist-movement').factIds).toEqual(expect.arrayContaining(['pos.power.monitoring-mission', 'pos.azeri-officials.joint-investigation']))
    const cue = bank.find((x) => x.type === 'source_match' && x.factIds.includes('fact.nairy-peacekeepers-evacuated'))
    expect(cue?.factIds).toContain('quote.nairy-kids-injured')
    expect(bank.find((x) => x.type === 'competing_claims' && x.factIds.includes('fact.grigoryan-village-bombarded'))?.factIds).toContain('fact.grigoryan-age-69')
  })

  it('a true/false explanation that quotes an author’s words beside the item says they are the author’s', () => {
    const monday = byId('true_false:fact.miller-remarks-monday')
    expect(monday.factIds).toContain('pos.author.miller-echoed-pashinyan')
    expect(monday.explanation).toMatch(/The author says Matthew Miller echoed/)
  })
})
