// The fairness rules of content:lint (src/questions/quality/fairness.ts), each with a bad and a good
// example; the flaws are those a teacher's read of the bank found.
import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/domain/question'
import { base, choice, violations } from './ruleHelpers'
import { lengthGiveaway } from '../../../src/questions/generators/lengths'

describe('lengthGiveaway', () => {
  it('flags one far-longest answer, not names a few letters apart', () => {
    expect(lengthGiveaway([70], [20, 25, 30])).toBe(true)
    expect(lengthGiveaway([20], [14, 12, 11])).toBe(false)
  })
  it('flags right answers all longer than every wrong one', () => {
    expect(lengthGiveaway([90, 100], [40, 50, 60])).toBe(true)
    expect(lengthGiveaway([60, 100], [70, 50, 80])).toBe(false)
  })
})

describe('fairness rules', () => {
  it('length-giveaway', () => {
    const bad = choice('q', 'Who is Ivan Kovgan?', [['a', 'Captain First Rank of the Russian North Fleet'], ['b', 'USAID chief'], ['c', 'Turkish President']], 'a')
    expect(violations('length-giveaway', bad)).toHaveLength(1)
    const good = choice('q', 'Who is Nikol Pashinyan?', [['a', 'Armenia’s President'], ['b', 'USAID chief'], ['c', 'Turkish President']], 'a')
    expect(violations('length-giveaway', good)).toEqual([])
    const multi = choice('q', 'Which are the author’s opinion?', [['a', 'x'.repeat(150)], ['b', 'y'.repeat(60)], ['c', 'z'.repeat(55)]], ['a'], 'multi_select')
    expect(violations('length-giveaway', multi)).toHaveLength(1)
  })

  it('gap-number-agreement', () => {
    const bad = choice('q', 'Fill the gap: “___ of Nagorno-Karabakh’s 120,000 population has been turned into refugees.”', [['a', 'A considerable portion'], ['b', 'Thousands'], ['c', 'Tens of thousands']], 'a')
    expect(violations('gap-number-agreement', bad)).toHaveLength(2)
    const good = choice('q', 'Fill the gap: “He and his family fled to the Stepanakert airport, where ___ were sleeping outside.”', [['a', 'Thousands'], ['b', 'Hundreds'], ['c', 'Tens of thousands']], 'a')
    expect(violations('gap-number-agreement', good)).toEqual([])
  })

  it('stem-kind-agreement', () => {
    const prompt = 'Which place completes this? According to the article, Petya Grigoryan told Reuters that Azeri forces bombarded his village, ___.'
    const bad = choice('q', prompt, [['place.kochogot', 'Kochogot'], ['place.yerevan', 'Yerevan'], ['place.shosh', 'Shosh']], 'place.kochogot')
    expect(violations('stem-kind-agreement', bad)).toHaveLength(1)
    const good = choice('q', prompt, [['place.kochogot', 'Kochogot'], ['place.shosh', 'Shosh']], 'place.kochogot')
    expect(violations('stem-kind-agreement', good)).toEqual([])
  })

  it('word-choice-own-judge', () => {
    const sentence = 'Erdogan hailed the victory of Azeri troops in Nagorno-Karabakh, in what Aliyev claimed was an “anti-terrorist operation.”'
    const wordChoice = (keys: { first: number; last: number }[]) =>
      ({ ...base, id: 'q', type: 'word_choice', prompt: 'Tap a word', paragraph: 15, sentence, term: 'anti-terrorist', phrase: 'anti-terrorist operation', holders: [], rewordings: [], effect: '', answer: { keys, holder: 'person.ilham-aliyev', rewording: 'neutral' } }) as Question
    // “claimed” is the author's reporting verb, not Aliyev's judgement.
    expect(violations('word-choice-own-judge', wordChoice([{ first: 15, last: 15 }, { first: 12, last: 12 }]))).toHaveLength(1)
    expect(violations('word-choice-own-judge', wordChoice([{ first: 15, last: 15 }]))).toEqual([])
  })

  it('swap-variety', () => {
    const swap = (id: string, to: string) => ({ ...choice(id, 'True or false? x', [['true', 'True'], ['false', 'False']], 'false', 'true_false'), explanation: `False. x. The statement puts ${to} in place of Nagorno-Karabakh.` })
    expect(violations('swap-variety', swap('a', 'Nakhchivan'), swap('b', 'Nakhchivan'), swap('c', 'Nakhchivan'))).toHaveLength(1)
    expect(violations('swap-variety', swap('a', 'Nakhchivan'), swap('b', 'Nakhchivan'), swap('c', 'Crimea'))).toEqual([])
  })

  it('mid-sentence-capital', () => {
    const tf = (explanation: string) => ({ ...choice('q', 'True or false? x', [['true', 'True'], ['false', 'False']], 'false', 'true_false'), explanation })
    expect(violations('mid-sentence-capital', tf('False. x. The statement puts Nikol Pashinyan in place of The author.'))).toHaveLength(1)
    expect(violations('mid-sentence-capital', tf('False. x. The statement puts Nikol Pashinyan in place of the author.'))).toEqual([])
  })

  it('author-among-view-holders', () => {
    const prompt = 'In the article, whose position is this? “This has created opportunities for other external actors”'
    const bad = choice('q', prompt, [['org.csis', 'The Center for Strategic and International Studies'], ['person.anatoly-antonov', 'Anatoly Antonov'], ['person.ilham-aliyev', 'Ilham Aliyev']], 'org.csis', 'whose_position')
    expect(violations('author-among-view-holders', bad)).toHaveLength(1)
    const good = choice('q', prompt, [['org.csis', 'The Center for Strategic and International Studies'], ['author', 'The author'], ['person.ilham-aliyev', 'Ilham Aliyev']], 'org.csis', 'whose_position')
    expect(violations('author-among-view-holders', good)).toEqual([])
    const act = choice('q', 'According to the article, who hailed the victory of Azeri troops in Nagorno-Karabakh?', [['person.recep-tayyip-erdogan', 'Recep Tayyip Erdogan'], ['person.anatoly-antonov', 'Anatoly Antonov'], ['person.ilham-aliyev', 'Ilham Aliyev']], 'person.recep-tayyip-erdogan', 'whose_position')
    expect(violations('author-among-view-holders', act)).toEqual([])
  })

  it('same-fact-twice', () => {
    const people: [string, string][] = [['person.samantha-power', 'Samantha Power'], ['person.ilham-aliyev', 'Ilham Aliyev']]
    const said = choice('a', 'To whom does the article attribute the words “international monitoring mission”?', people, 'person.samantha-power', 'who_said', { factIds: ['quote.term-international-monitoring-mission'] })
    const position = choice('b', 'According to the article, who proposed an “international monitoring mission” to the region?', people, 'person.samantha-power', 'whose_position', { factIds: ['pos.power.monitoring-mission'] })
    expect(violations('same-fact-twice', said, position)).toHaveLength(1)
    const other = choice('c', 'According to the article, who hailed the victory of Azeri troops in Nagorno-Karabakh?', people, 'person.samantha-power', 'whose_position', { factIds: ['pos.erdogan.hailed-victory'] })
    expect(violations('same-fact-twice', said, other)).toEqual([])
  })

  it('case-giveaway', () => {
    const cut: [string, string][] = [['a', '“maintain the ceasefire”'], ['b', '“On Monday, Erdogan traveled”'], ['c', '“Power aims to establish”']]
    expect(violations('case-giveaway', choice('q', 'Which are quotes?', cut, ['a'], 'multi_select'))).toHaveLength(1)
    const mixed: [string, string][] = [['a', '“maintain the ceasefire”'], ['b', '“as far as these issues exist”'], ['c', '“Power aims to establish”']]
    expect(violations('case-giveaway', choice('q', 'Which are quotes?', mixed, ['a'], 'multi_select'))).toEqual([])
  })

  it('long-role-choice', () => {
    const roles = (text: string) => choice('single_choice:role-of:person.x', 'Who is Petya Grigoryan?', [['a', text], ['b', 'Builder who fled the village of Shosh']], 'a')
    expect(violations('long-role-choice', roles('69-year-old driver from the village of Kochogot who has fled to Armenia'))).toHaveLength(1)
    expect(violations('long-role-choice', roles('Driver from the village of Kochogot'))).toEqual([])
  })
})
