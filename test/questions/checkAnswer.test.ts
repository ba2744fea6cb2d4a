import { describe, expect, it } from 'vitest'
import { checkAnswer } from '../../src/questions/checkAnswer'
import type { Question, Response } from '../../src/domain/question'
import {
  allQuestions,
  cloze,
  clozeName,
  clozeNumber,
  clozePhrase,
  clozeShort,
  factOrPosition,
  matching,
  multiSelect,
  numeric,
  numericDecimal,
  ordering,
  singleChoice,
  trueFalse,
  whoSaid,
  whosePosition,
} from '../engine/fixtures'

const text = (value: string): Response => ({ kind: 'text', text: value })
const choice = (choiceId: string): Response => ({ kind: 'choice', choiceId })

describe('choice questions', () => {
  it.each([
    [singleChoice, 'a', 'Ilham Aliyev'],
    [trueFalse, 'false', 'False'],
    [whoSaid, 'b', 'Nikol Pashinyan'],
    [whosePosition, 'c', 'Recep Tayyip Erdogan'],
    [factOrPosition, 'position', 'The article’s position'],
  ])('%# accepts the answer id and shows its text', (question, id, shown) => {
    expect(checkAnswer(question, choice(id))).toEqual({ correct: true, score: 1, expected: shown, given: shown })
  })

  it('marks another choice wrong and shows both texts', () => {
    expect(checkAnswer(singleChoice, choice('c'))).toEqual({
      correct: false,
      score: 0,
      expected: 'Ilham Aliyev',
      given: 'Recep Tayyip Erdogan',
    })
  })

  it('refuses an empty or unknown choice id', () => {
    expect(checkAnswer(singleChoice, choice(''))).toMatchObject({ correct: false, score: 0, invalid: 'Pick one of the answers.' })
    expect(checkAnswer(singleChoice, choice('z')).invalid).toMatch(/not one of this question’s answers/)
    expect(checkAnswer(singleChoice, choice(' a ')).invalid).toBeDefined()
  })

  it('refuses a response of another kind', () => {
    const result = checkAnswer(trueFalse, text('False'))
    expect(result).toMatchObject({ correct: false, score: 0, given: '', invalid: 'Pick one of the answers.' })
    expect(result.expected).toBe('False')
  })
})

describe('multi_select', () => {
  const picks = (...choiceIds: string[]): Response => ({ kind: 'choices', choiceIds })

  it('is correct only for the exact set, in any order', () => {
    const result = checkAnswer(multiSelect, picks('d', 'a', 'b'))
    expect(result).toMatchObject({ correct: true, score: 1, expected: 'Armenia; Azerbaijan; Russia' })
    expect(result.given).toBe('Armenia; Azerbaijan; Russia')
    expect(result.parts?.every((part) => part.correct)).toBe(true)
  })

  it('gives (right picks − wrong picks) / right answers', () => {
    expect(checkAnswer(multiSelect, picks('a', 'b')).score).toBeCloseTo(2 / 3)
    expect(checkAnswer(multiSelect, picks('a', 'b', 'c')).score).toBeCloseTo(1 / 3)
    expect(checkAnswer(multiSelect, picks('a', 'b', 'c', 'd')).score).toBeCloseTo(2 / 3)
    expect(checkAnswer(multiSelect, picks('a', 'b', 'c', 'd')).correct).toBe(false)
  })

  it('never goes below zero', () => {
    expect(checkAnswer(multiSelect, picks('c'))).toMatchObject({ correct: false, score: 0 })
  })

  it('says what partial credit counted, as matching and ordering do', () => {
    expect(checkAnswer(multiSelect, picks('a', 'b')).partial).toBe('2 of 3 answers found')
    expect(checkAnswer(multiSelect, picks('a', 'b', 'c')).partial).toBe('2 of 3 answers found, 1 wrong pick')
    expect(checkAnswer(multiSelect, picks('a', 'b', 'd')).partial).toBeUndefined()
  })

  it('reports each choice as a part', () => {
    const { parts } = checkAnswer(multiSelect, picks('a', 'c'))
    expect(parts).toEqual([
      { id: 'a', label: 'Armenia', correct: true, expected: 'selected', given: 'selected' },
      { id: 'b', label: 'Azerbaijan', correct: false, expected: 'selected', given: 'not selected' },
      { id: 'c', label: 'Georgia', correct: false, expected: 'not selected', given: 'selected' },
      { id: 'd', label: 'Russia', correct: false, expected: 'selected', given: 'not selected' },
    ])
  })

  it('counts a repeated pick once', () => {
    expect(checkAnswer(multiSelect, picks('a', 'a', 'a'))).toMatchObject({ score: 1 / 3, given: 'Armenia' })
  })

  it('refuses no picks, unknown ids and other kinds', () => {
    expect(checkAnswer(multiSelect, picks()).invalid).toBe('Pick at least one answer.')
    expect(checkAnswer(multiSelect, picks('a', 'x')).invalid).toMatch(/not one of/)
    expect(checkAnswer(multiSelect, choice('a'))).toMatchObject({ score: 0, invalid: 'Pick at least one answer.' })
  })
})

describe('numeric', () => {
  it.each(['28,000', '28000', '28 000', '28\u00a0000', '28\u202f000', '28\u2009000', '  +28,000 ', '２８０００', '28,000 people', '28.000'])(
    'accepts %j for 28,000',
    (typed) => {
      expect(checkAnswer(numeric, text(typed))).toMatchObject({ correct: true, score: 1, expected: '28,000 people' })
    },
  )

  it('checks the number, not the unit words', () => {
    expect(checkAnswer(numeric, text('28000 Armenians')).correct).toBe(true)
  })

  it('shows what was typed as given', () => {
    expect(checkAnswer(numeric, text('  28 000\tpeople ')).given).toBe('28 000 people')
  })

  it('marks another number wrong, with a note when it is close', () => {
    expect(checkAnswer(numeric, text('27,000'))).toEqual({
      correct: false,
      score: 0,
      expected: '28,000 people',
      given: '27,000',
      note: 'Close: the article says 28,000 people.',
    })
    expect(checkAnswer(numeric, text('120,000'))).toEqual({ correct: false, score: 0, expected: '28,000 people', given: '120,000' })
  })

  it('says how it read an ambiguous entry', () => {
    expect(checkAnswer(numericDecimal, text('2.500')).note).toBe('Read “2.500” as 2,500.')
    expect(checkAnswer(numericDecimal, text('2,5')).correct).toBe(true)
    expect(checkAnswer(numericDecimal, text('2.5')).correct).toBe(true)
  })

  it.each([
    ['', 'Type a number.'],
    ['   ', 'Type a number.'],
    ['abc', 'Type the answer as a number in digits, for example 1,234.'],
    ['Infinity', 'Type the answer as a number in digits, for example 1,234.'],
    ['NaN', 'Type the answer as a number in digits, for example 1,234.'],
    ['1e400', 'Write the number out in full, without “e”.'],
    ['2'.repeat(101), 'That is too long for a number. Type just the number in digits.'],
    ['😀', 'Type the answer as a number in digits, for example 1,234.'],
  ])('refuses %j as invalid', (typed, message) => {
    expect(checkAnswer(numeric, text(typed))).toMatchObject({ correct: false, score: 0, invalid: message, expected: '28,000 people' })
  })

  it('cuts a long given text for display', () => {
    const { given } = checkAnswer(numeric, text('9'.repeat(500)))
    expect(Array.from(given)).toHaveLength(80)
    expect(given.endsWith('…')).toBe(true)
  })

  it('refuses a response of another kind', () => {
    expect(checkAnswer(numeric, choice('28000'))).toMatchObject({ score: 0, given: '', invalid: 'Type a number.' })
  })
})

describe('cloze', () => {
  it('accepts every accepted spelling, ignoring case, punctuation and whitespace', () => {
    expect(checkAnswer(cloze, text('Zanzegur'))).toEqual({ correct: true, score: 1, expected: 'Zanzegur', given: 'Zanzegur' })
    expect(checkAnswer(cloze, text('  zanzegur. '))).toMatchObject({ correct: true })
    expect(checkAnswer(cloze, text('“ZANZEGUR”'))).toMatchObject({ correct: true })
  })

  it('names the article’s spelling when another accepted one was typed', () => {
    expect(checkAnswer(cloze, text('Zangezur'))).toMatchObject({
      correct: true,
      note: 'Accepted: the article spells it “Zanzegur”.',
    })
  })

  it('forgives one typo in a word of five letters or more, and says so', () => {
    for (const typo of ['Zanzgur', 'Zanzeegur', 'Zanzegyr', 'Zanezgur']) {
      expect(checkAnswer(cloze, text(typo))).toMatchObject({
        correct: true,
        score: 1,
        note: 'Accepted with one typo: the article spells it “Zanzegur”.',
      })
    }
  })

  it('does not forgive two typos', () => {
    expect(checkAnswer(cloze, text('Znazgur'))).toMatchObject({ correct: false, score: 0 })
    expect(checkAnswer(cloze, text('Zanzgr'))).toMatchObject({ correct: false })
  })

  it('wants a word under five letters exactly', () => {
    expect(checkAnswer(clozeShort, text('baku')).correct).toBe(true)
    expect(checkAnswer(clozeShort, text('Bakku')).correct).toBe(false)
    expect(checkAnswer(clozeShort, text('Abku')).correct).toBe(false)
    expect(checkAnswer(clozeShort, text('Bak')).correct).toBe(false)
  })

  it('ignores diacritics either way', () => {
    expect(checkAnswer(clozeName, text('Erdogan'))).toMatchObject({ correct: true, expected: 'Erdoğan' })
    expect(checkAnswer(clozeName, text('ERDOĞAN')).note).toBeUndefined()
    expect(checkAnswer(cloze, text('Zanzégur')).correct).toBe(true)
    expect(checkAnswer(cloze, text('Zanze\u0301gur')).note).toBeUndefined()
  })

  it('compares multi-word answers word by word, one typo allowed in each long word', () => {
    expect(checkAnswer(clozePhrase, text('lachin   corridor')).correct).toBe(true)
    expect(checkAnswer(clozePhrase, text('Lachin\u00a0Corridor')).correct).toBe(true)
    expect(checkAnswer(clozePhrase, text('Lachin coridor')).note).toMatch(/one typo/)
    expect(checkAnswer(clozePhrase, text('Lahcin coridor')).correct).toBe(true) // one typo in each word
    expect(checkAnswer(clozePhrase, text('Lachin corirod')).correct).toBe(false) // two in one word
    expect(checkAnswer(clozePhrase, text('Lachincorridor'))).toMatchObject({ correct: true, note: expect.stringMatching(/one typo/) })
    expect(checkAnswer(clozePhrase, text('Lachin')).correct).toBe(false)
    expect(checkAnswer(clozePhrase, text('Lachin corridor road')).correct).toBe(false)
  })

  it('gives part credit for part of a gap of several words, with the whole answer shown, and none for a wrong word', () => {
    expect(checkAnswer(clozePhrase, text('Lachin'))).toMatchObject({ correct: false, score: 0.5, expected: 'Lachin corridor', note: expect.stringMatching(/Partly right.*Lachin corridor/) })
    expect(checkAnswer(clozePhrase, text('corridor'))).toMatchObject({ correct: false, score: 0.5 })
    expect(checkAnswer(clozePhrase, text('the coridor'))).toMatchObject({ score: 0.5 }) // a typo in a long word, a filler word
    expect(checkAnswer(clozePhrase, text('corridor Lachin'))).toMatchObject({ score: 0.5 }) // only the words in order count
    expect(checkAnswer(clozePhrase, text('Lachin road'))).toMatchObject({ score: 0 })
    expect(checkAnswer(clozePhrase, text('Lachin corridor road'))).toMatchObject({ score: 0 })
    const russiaIran = { ...clozePhrase, answer: { accepted: ['Russia and Iran'] } }
    expect(checkAnswer(russiaIran, text('Russia and Iraq'))).toMatchObject({ score: 0 })
    expect(checkAnswer(russiaIran, text('Iran'))).toMatchObject({ score: 0.5 })
    expect(checkAnswer(clozeNumber, text('28'))).toMatchObject({ score: 0 }) // a number is never partly right
  })

  it('wants the short words of a phrase exactly: "Russia and Iraq" is not "Russia and Iran"', () => {
    // The article's words for a gap of three short words (the bank no longer asks this one: see issue 26).
    const question = { ...clozePhrase, answer: { accepted: ['Russia and Iran'] } }
    expect(question.answer.accepted[0]).toBe('Russia and Iran')
    expect(checkAnswer(question, text('Russia and Iraq')).correct).toBe(false)
    expect(checkAnswer(question, text('Russia an Iran')).correct).toBe(false)
    expect(checkAnswer(question, text('Rusia and Iran'))).toMatchObject({ correct: true, note: expect.stringMatching(/one typo/) })
    expect(checkAnswer(question, text('russia AND iran!')).correct).toBe(true)
  })

  it('counts a Cyrillic look-alike as one typo: fine in a long word, not in a short one', () => {
    expect(checkAnswer(cloze, text('Zаnzegur'))).toMatchObject({ correct: true, note: expect.stringMatching(/one typo/) })
    expect(checkAnswer(clozeShort, text('Bаku')).correct).toBe(false)
    expect(checkAnswer(cloze, text('Zаnzеgur')).correct).toBe(false) // two Cyrillic letters
  })

  it('folds fullwidth letters', () => {
    expect(checkAnswer(cloze, text('Ｚａｎｚｅｇｕｒ'))).toMatchObject({ correct: true })
    expect(checkAnswer(cloze, text('Ｚａｎｚｅｇｕｒ')).note).toBeUndefined()
  })

  it('treats an emoji as a character like any other', () => {
    expect(checkAnswer(cloze, text('Zanzeg😀r')).correct).toBe(true)
    expect(checkAnswer(cloze, text('😀')).correct).toBe(false)
    expect(checkAnswer(clozeShort, text('Baku 😀')).correct).toBe(false)
  })

  it('compares numbers as numbers, without a typo allowance', () => {
    for (const typed of ['28,000', '28000', '28 000', '28\u202f000']) {
      expect(checkAnswer(clozeNumber, text(typed))).toMatchObject({ correct: true })
    }
    expect(checkAnswer(clozeNumber, text('28001')).correct).toBe(false)
    expect(checkAnswer(clozeNumber, text('2800')).correct).toBe(false)
  })

  it.each([
    ['', 'Type the missing word.'],
    ['  \t ', 'Type the missing word.'],
    ['?!', 'Type the missing word.'],
    ['x'.repeat(201), 'That is too long. Type just the missing word.'],
  ])('refuses %j as invalid', (typed, message) => {
    expect(checkAnswer(cloze, text(typed))).toMatchObject({ correct: false, score: 0, invalid: message, expected: 'Zanzegur' })
  })

  it('asks for words, plural, when the answer has several', () => {
    expect(checkAnswer(clozePhrase, text('')).invalid).toBe('Type the missing words.')
  })

  it('refuses a response of another kind', () => {
    expect(checkAnswer(cloze, { kind: 'choices', choiceIds: ['Zanzegur'] })).toMatchObject({
      score: 0,
      invalid: 'Type the missing word.',
    })
  })
})

describe('matching', () => {
  const pairs = (value: Record<string, string>): Response => ({ kind: 'pairs', pairs: value })
  const allRight = { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' }

  it('is correct when every pair is right', () => {
    const result = checkAnswer(matching, pairs(allRight))
    expect(result).toMatchObject({ correct: true, score: 1 })
    expect(result.expected).toBe('Aliyev → Azerbaijan; Pashinyan → Armenia; Erdogan → Turkey; Putin → Russia')
    expect(result.given).toBe(result.expected)
  })

  it('scores right pairs over all pairs, counting missing ones wrong', () => {
    expect(checkAnswer(matching, pairs({ l1: 'r1', l2: 'r3', l3: 'r2', l4: 'r4' })).score).toBe(0.5)
    const partial = checkAnswer(matching, pairs({ l1: 'r1' }))
    expect(partial).toMatchObject({ correct: false, score: 0.25, given: 'Aliyev → Azerbaijan' })
    expect(partial.parts?.[1]).toEqual({ id: 'l2', label: 'Pashinyan', correct: false, expected: 'Armenia' })
    expect(partial.partial).toBe('1 of 4 pairs')
  })

  it('reports a pair with an unknown right id as wrong, and ignores unknown left ids', () => {
    const result = checkAnswer(matching, pairs({ ...allRight, l2: 'nope', stray: 'r1' }))
    expect(result).toMatchObject({ correct: false, score: 0.75 })
    expect(result.parts).toHaveLength(4)
    expect(result.parts?.[1]).toEqual({ id: 'l2', label: 'Pashinyan', correct: false, expected: 'Armenia', given: '?' })
  })

  it('does not read inherited keys as pairs', () => {
    expect(checkAnswer(matching, pairs({ constructor: 'r1', toString: 'r2' })).invalid).toBeDefined()
  })

  it('refuses no pairs and other kinds', () => {
    const message = 'Match the items on the left with those on the right.'
    expect(checkAnswer(matching, pairs({})).invalid).toBe(message)
    expect(checkAnswer(matching, pairs({ stray: 'r1' })).invalid).toBe(message)
    expect(checkAnswer(matching, { kind: 'order', itemIds: ['l1'] })).toMatchObject({ score: 0, invalid: message })
  })
})

describe('ordering', () => {
  const order = (...itemIds: string[]): Response => ({ kind: 'order', itemIds })

  it('is correct for the exact order', () => {
    expect(checkAnswer(ordering, order('i1', 'i2', 'i3', 'i4'))).toMatchObject({
      correct: true,
      score: 1,
      expected: '1. Soviet dissolution 2. 2020 war 3. Blockade 4. September attack',
      given: '1. Soviet dissolution 2. 2020 war 3. Blockade 4. September attack',
    })
  })

  it('scores the share of pairs in the right relative order', () => {
    expect(checkAnswer(ordering, order('i2', 'i1', 'i3', 'i4')).score).toBeCloseTo(5 / 6)
    expect(checkAnswer(ordering, order('i4', 'i1', 'i2', 'i3')).score).toBeCloseTo(3 / 6)
    expect(checkAnswer(ordering, order('i4', 'i3', 'i2', 'i1')).score).toBe(0)
    expect(checkAnswer(ordering, order('i2', 'i1', 'i3', 'i4')).partial).toBe('5 of 6 pairs in the right order')
  })

  it('reports each position as a part', () => {
    const { parts, correct } = checkAnswer(ordering, order('i2', 'i1', 'i3', 'i4'))
    expect(correct).toBe(false)
    expect(parts).toEqual([
      { id: 'i2', label: '2020 war', correct: false, expected: 'Soviet dissolution', given: '2020 war' },
      { id: 'i1', label: 'Soviet dissolution', correct: false, expected: '2020 war', given: 'Soviet dissolution' },
      { id: 'i3', label: 'Blockade', correct: true, expected: 'Blockade', given: 'Blockade' },
      { id: 'i4', label: 'September attack', correct: true, expected: 'September attack', given: 'September attack' },
    ])
  })

  it.each([
    [[], 'Put the items in order.'],
    [['i1', 'i2', 'i3'], 'Place every item exactly once.'],
    [['i1', 'i2', 'i3', 'i3'], 'Place every item exactly once.'],
    [['i1', 'i2', 'i3', 'i4', 'i4'], 'Place every item exactly once.'],
    [['i1', 'i2', 'i3', 'x'], 'Place every item exactly once.'],
  ])('refuses %j as invalid', (itemIds, message) => {
    expect(checkAnswer(ordering, order(...itemIds))).toMatchObject({ correct: false, score: 0, invalid: message })
  })

  it('refuses a response of another kind', () => {
    expect(checkAnswer(ordering, { kind: 'choices', choiceIds: ['i1', 'i2', 'i3', 'i4'] }).invalid).toBe('Put the items in order.')
  })
})

describe('responses of no known shape', () => {
  const junk: unknown[] = [null, undefined, 42, 'a', [], {}, { kind: 'text' }, { kind: 'text', text: 5 }, { kind: 'nope' }]

  it.each(allQuestions.map((question) => [question.id, question] as const))('%s: invalid, score 0, no throw', (_, question) => {
    for (const response of junk) {
      const result = checkAnswer(question, response as Response)
      expect(result).toMatchObject({ correct: false, score: 0, given: '' })
      expect(result.invalid).toEqual(expect.any(String))
    }
  })

  it('does not throw for a question of an unknown type', () => {
    const odd = { ...singleChoice, type: 'essay' } as unknown as Question
    expect(checkAnswer(odd, choice('a'))).toMatchObject({ correct: false, score: 0, invalid: expect.any(String) })
  })
})
