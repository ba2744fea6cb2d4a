// Every item-writing rule of `npm run content:lint` with a bad and a good example, and the whole
// bank passing them all.
import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/question'
import { RULES, createLintContext, lintWith } from '../../../src/questions/quality'
import { base, choice, violations } from './ruleHelpers'
import { bank, knowledge, paragraphs } from '../helpers'

const places = (prompt: string, answer = 'place.kochogot') =>
  choice('q', prompt, [['place.kochogot', 'Kochogot'], ['place.shosh', 'Shosh'], ['place.yerevan', 'Yerevan']], answer)

describe('classic rules', () => {
  it('negative-stem', () => {
    expect(violations('negative-stem', places('Which village was NOT shelled?'))).toHaveLength(1)
    expect(violations('negative-stem', places('Which village was shelled, according to the article?'))).toEqual([])
  })

  it('all-none-of-the-above', () => {
    const bad = choice('q', 'Who said it?', [['a', 'Nairy'], ['b', 'None of the above']], 'a')
    expect(violations('all-none-of-the-above', bad)).toHaveLength(1)
    expect(violations('all-none-of-the-above', places('Which village?'))).toEqual([])
  })

  it('absolute-cue', () => {
    const bad = choice('q', 'What does the article say?', [['a', 'Some fled'], ['b', 'Everyone always stayed']], 'a')
    expect(violations('absolute-cue', bad)).toHaveLength(1)
    const good = choice('q', 'What does the article say?', [['a', 'Some fled'], ['b', 'Some stayed']], 'a')
    expect(violations('absolute-cue', good)).toEqual([])
  })

  it('grammatical-agreement', () => {
    const bad = choice('q', 'The corridor is a ___.', [['a', 'plan'], ['b', 'enclave']], 'a')
    expect(violations('grammatical-agreement', bad)).toHaveLength(1)
    const good = choice('q', 'The corridor is a ___.', [['a', 'plan'], ['b', 'village']], 'a')
    expect(violations('grammatical-agreement', good)).toEqual([])
  })

  it('overlapping-choices', () => {
    const bad = choice('q', 'How many?', [['a', 'At least 68 people'], ['b', 'At least 78 people']], 'a')
    expect(violations('overlapping-choices', bad)).toHaveLength(1)
    const nested = choice('q', 'Where?', [['place.stepanakert', 'Stepanakert'], ['place.stepanakert-airport', 'Stepanakert airport']], 'place.stepanakert')
    expect(violations('overlapping-choices', nested)).toHaveLength(1)
    expect(violations('overlapping-choices', places('Which village?'))).toEqual([])
  })
})

describe('give-aways by kind', () => {
  it('same-kind-choices', () => {
    const bad = choice('q', 'Who said it?', [['person.nairy', 'Nairy'], ['person.recep-tayyip-erdogan', 'Recep Tayyip Erdogan']], 'person.nairy', 'who_said')
    expect(violations('same-kind-choices', bad)).toHaveLength(1)
    const plan = choice('q', 'Which place?', [['place.kochogot', 'Kochogot'], ['place.zanzegur-corridor', 'Zanzegur corridor']], 'place.kochogot')
    expect(violations('same-kind-choices', plan)).toHaveLength(1)
    const good = choice('q', 'Who said it?', [['person.nairy', 'Nairy'], ['person.petya-grigoryan', 'Petya Grigoryan']], 'person.nairy', 'who_said')
    expect(violations('same-kind-choices', good)).toEqual([])
  })

  it('gendered-cue', () => {
    const people: [string, string][] = [['person.narine-shakaryan', 'Narine Shakaryan'], ['person.nairy', 'Nairy'], ['person.petya-grigoryan', 'Petya Grigoryan']]
    expect(violations('gendered-cue', choice('q', 'Who is this? Woman who fled by car.', people, 'person.narine-shakaryan'))).toHaveLength(1)
    expect(violations('gendered-cue', choice('q', 'Who is this? Witness who fled by car.', people, 'person.narine-shakaryan'))).toEqual([])
  })

  it('first-person-giveaway', () => {
    const classes: [string, string][] = [['reported', 'Reported as fact by the article'], ['quote_or_claim', 'A quote or view of someone in the article']]
    const bad = choice('q', 'How does the article present this? “push us out of the region”', classes, 'quote_or_claim', 'fact_or_position')
    expect(violations('first-person-giveaway', bad)).toHaveLength(1)
    const good = choice('q', 'How does the article present this? “inflict strategic damage on Russia”', classes, 'quote_or_claim', 'fact_or_position')
    expect(violations('first-person-giveaway', good)).toEqual([])
  })

  it('absurd-swap', () => {
    const tf = (prompt: string) =>
      choice('q', prompt, [['true', 'True'], ['false', 'False']], 'false', 'true_false', { factIds: ['quote.shakaryan-children-crying'] })
    expect(violations('absurd-swap', tf('True or false? According to the article, Samantha Power said the children were crying and hungry the whole way.'))).toHaveLength(1)
    expect(violations('absurd-swap', tf('True or false? According to the article, Nairy said the children were crying and hungry the whole way.'))).toEqual([])
  })
})

describe('quotations', () => {
  it('verbatim-quotes', () => {
    expect(violations('verbatim-quotes', places('Which village? “The fratricidal war between the two former Soviet republics”'))).toHaveLength(1)
    expect(violations('verbatim-quotes', places('Which village? “there was nowhere to hide them”'))).toHaveLength(1)
    expect(violations('verbatim-quotes', places('Which village? “the fratricidal war between the two former Soviet republics”'))).toEqual([])
    expect(violations('verbatim-quotes', places('Which village? “All of this … was supposed to be”'))).toEqual([])
  })

  it('ellipsis-cut-choice', () => {
    const cut = choice('q', 'Who said it?', [['a', '“We will do our best to open this corridor …”'], ['b', '“push us out of the region”']], 'a', 'who_said')
    expect(violations('ellipsis-cut-choice', cut)).toHaveLength(1)
    const own = choice('q', 'Who said it?', [['a', '“All of this … was supposed to be in the sphere of responsibility of Russian peacekeepers”'], ['b', '“push us out of the region”']], 'a', 'who_said')
    expect(violations('ellipsis-cut-choice', own)).toEqual([])
  })
})

describe('what is asked', () => {
  const ordering = (texts: string[]): Question =>
    ({ ...base, id: 'o', type: 'ordering', prompt: 'Order them.', items: texts.map((text, i) => ({ id: `${i}`, text })), answer: texts.map((_, i) => `${i}`) }) as Question

  it('ordering-dated-items', () => {
    expect(violations('ordering-dated-items', ordering(['The Soviet Union was dissolved in 1991.', 'On Monday a fuel depot exploded.']))).toHaveLength(2)
    expect(violations('ordering-dated-items', ordering(['The Soviet Union was dissolved.', 'A fuel depot in Stepanakert exploded.']))).toEqual([])
  })

  const cloze = (prompt: string, accepted: string, words?: number, factIds = ['fact.fuel-depot-explosion']): Question =>
    ({ ...base, id: 'c', type: 'cloze', prompt, before: 'surrounded by ', after: ' trying', answer: { accepted: [accepted] }, factIds, ...(words === undefined ? {} : { words }) }) as Question

  it('cloze-words', () => {
    expect(violations('cloze-words', cloze('Fill the gap (paragraph 4).', 'civilian cars'))).toHaveLength(2)
    expect(violations('cloze-words', cloze('Fill the gap (two words; paragraph 4).', 'civilian cars', 2))).toEqual([])
  })

  it('meaningful-gap', () => {
    expect(violations('meaningful-gap', cloze('Fill the gap (one word).', 'region', 1, ['quote.antonov-push-us-out']))).toHaveLength(1)
    expect(violations('meaningful-gap', cloze('Fill the gap (two words).', 'civilian cars', 2))).toEqual([])
  })

  it('span-load', () => {
    const span = { paragraph: 4, start: 204, end: 341, text: 'x' }
    const many = Array.from({ length: 7 }, (_, i) => ({ ...places('Which village?'), id: `q${i}`, evidence: [span] }))
    expect(violations('span-load', ...many)).toHaveLength(1)
    expect(violations('span-load', ...many.slice(0, 6))).toEqual([])
  })

  it('attributed-statement', () => {
    const tf = (statement: string) => choice('q', `True or false? ${statement}`, [['true', 'True'], ['false', 'False']], 'true', 'true_false')
    expect(violations('attributed-statement', tf('Samantha Power appealed to Ilham Aliyev’s conscience.'))).toHaveLength(1)
    expect(violations('attributed-statement', tf('According to the article, Samantha Power appealed to Ilham Aliyev’s conscience.'))).toEqual([])
  })
})

describe('matching', () => {
  const match = (left: string, right: string): Question =>
    ({ ...base, id: 'm', type: 'matching', prompt: 'Match.', left: [{ id: 'l', text: left }], right: [{ id: 'r', text: right }], answer: { l: 'r' }, misreading: 'mixed-up-detail' }) as Question

  it('matching-repeats-name', () => {
    expect(violations('matching-repeats-name', match('Stepanakert airport', 'Airport where thousands were sleeping outside'))).toHaveLength(1)
    expect(violations('matching-repeats-name', match('Nakhchivan', 'Autonomous land-locked enclave of Azerbaijan'))).toEqual([])
  })
})

describe('explain models', () => {
  const explain = (model: string): Question =>
    ({ ...base, id: 'e', type: 'explain', prompt: 'How?', paragraphs: [6], answer: { model, checklist: [] } }) as Question

  it('explain-fact-voice', () => {
    expect(violations('explain-fact-voice', explain('The article passes on what Nairy told Reuters: his village was shelled, and they sat in basements.'))).toHaveLength(1)
    expect(violations('explain-fact-voice', explain('The article reports that Nairy fled Shosh after Azeri troops shelled it. It then passes on what he told Reuters.'))).toEqual([])
  })
})

describe('balance across the bank', () => {
  const whose = (i: number, answerAt: number, answer = 'author'): Question => {
    const ids = ['author', 'org.csis', 'person.nikol-pashinyan', 'person.matthew-miller']
    const ordered = [...ids.filter((id) => id !== answer)]
    ordered.splice(answerAt, 0, answer)
    return choice(`w${i}`, 'Whose position is this?', ordered.map((id) => [id, id === 'author' ? 'The author' : id]), answer, 'whose_position')
  }

  it('answer-position-balance', () => {
    expect(violations('answer-position-balance', ...Array.from({ length: 8 }, (_, i) => whose(i, 0, i % 2 ? 'author' : 'org.csis')))).toHaveLength(1)
    expect(violations('answer-position-balance', ...Array.from({ length: 8 }, (_, i) => whose(i, i % 4, i % 2 ? 'author' : 'org.csis')))).toEqual([])
  })

  it('answer-kind-balance', () => {
    expect(violations('answer-kind-balance', ...Array.from({ length: 8 }, (_, i) => whose(i, i % 4)))).toHaveLength(1)
    const holders = ['author', 'org.csis', 'person.nikol-pashinyan', 'person.matthew-miller']
    expect(violations('answer-kind-balance', ...Array.from({ length: 8 }, (_, i) => whose(i, i % 4, holders[i % 4])))).toEqual([])
  })

  it('true-false-balance', () => {
    const tf = (i: number, answer: 'true' | 'false') => choice(`t${i}`, 'True or false? According to the article, it happened.', [['true', 'True'], ['false', 'False']], answer, 'true_false')
    expect(violations('true-false-balance', ...Array.from({ length: 9 }, (_, i) => tf(i, i === 0 ? 'true' : 'false')))).toHaveLength(1)
    expect(violations('true-false-balance', ...Array.from({ length: 9 }, (_, i) => tf(i, i % 2 ? 'true' : 'false')))).toEqual([])
  })

  it('longest-answer', () => {
    const q = (i: number, long: boolean) =>
      choice(`l${i}`, 'What is it?', [['a', long ? 'A much longer right answer than the rest' : 'Short'], ['b', 'Other one'], ['c', 'Third']], 'a')
    expect(violations('longest-answer', ...Array.from({ length: 8 }, (_, i) => q(i, true)))).toHaveLength(1)
    expect(violations('longest-answer', ...Array.from({ length: 8 }, (_, i) => q(i, i % 4 === 0)))).toEqual([])
  })
})

describe('the bank', () => {
  it('names every rule once, with a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const r of RULES) expect(r.description.length, r.id).toBeGreaterThan(20)
  })

  it('passes every rule (npm run content:lint)', () => {
    expect(lintWith(createLintContext(bank, knowledge, paragraphs))).toEqual([])
  })
})
