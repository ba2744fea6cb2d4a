import { describe, expect, it } from 'vitest'
import { ByteReader, ByteWriter } from '../../../src/lib/bytes'
import { checkWordChoice } from '../../../src/questions/types/word_choice/check'
import { wordChoiceKind } from '../../../src/questions/types/word_choice'
import type { WordChoiceQuestion } from '../../../src/questions/types/word_choice/model'
import { spanText, wordsOf } from '../../../src/questions/types/shared/words'
import { bank, paragraphs } from '../helpers'

const questions = bank.filter((q): q is WordChoiceQuestion => q.type === 'word_choice')

describe('word_choice questions', () => {
  it('are built on the reworded loaded words, one a sentence, each sentence the article’s words', () => {
    // “anti-terrorist”, “cynically” and “strategic damage” share their sentence with another's judgement
    // (the author's “claimed”, Erdogan's “utmost sensitivity”, the author's “accusing”): not asked.
    expect(questions.map((q) => q.term)).toEqual(['fratricidal', 'NATO-Russia war', 'truckloads', 'debacle', 'influential'])
    for (const q of questions) {
      expect(paragraphs[q.paragraph - 1]).toContain(q.sentence)
      expect(q.sentence).toContain(q.phrase)
      // The first key is the question's word; the prompt does not name it (the tap would be given away).
      expect(spanText(q.sentence, wordsOf(q.sentence), q.answer.keys[0]!)).toContain(q.term.split(' ')[0])
      expect(q.prompt).not.toContain(q.term)
      expect(q.holders.map((c) => c.id)).toContain(q.answer.holder)
      expect(q.holders).toHaveLength(3)
      expect(q.rewordings.find((c) => c.id === 'stronger')?.misreading).toBe('overstatement')
      for (const c of q.holders.filter((c) => c.id !== q.answer.holder)) expect(['author-actor-swap', 'wrong-speaker']).toContain(c.misreading)
    }
  })

  it('gives the judgement to the author, or to the speaker whose word it is', () => {
    const holder = (term: string) => questions.find((q) => q.term === term)?.answer.holder
    expect(holder('debacle')).toBe('author')
    expect(holder('influential')).toBe('author')
    expect(holder('truckloads')).toBe('person.petya-grigoryan')
  })

  it('keys only the holder’s own words: a tap on another holder’s judgement is never keyed as theirs', () => {
    const sentenceOf = (term: string) => questions.find((q) => q.term === term)
    expect(sentenceOf('anti-terrorist')).toBeUndefined()
    expect(sentenceOf('cynically')).toBeUndefined()
    const debacle = sentenceOf('debacle')!
    const keyed = debacle.answer.keys.map((k) => spanText(debacle.sentence, wordsOf(debacle.sentence), k))
    expect(keyed).toEqual(['debacle', 'denouncing'])
  })

  it('keys every judgement of the same holder in the sentence, not just the word asked about (teacher review: “fratricidal”)', () => {
    const q = questions.find((x) => x.term === 'fratricidal')!
    const keyed = q.answer.keys.map((k) => spanText(q.sentence, wordsOf(q.sentence), k))
    // The author's own: the label for the war in Ukraine, the word asked about, the verdict, and who is blamed.
    expect(keyed).toEqual(expect.arrayContaining(['fratricidal', 'NATO’s war with Russia', 'disastrous consequence', 'nationalist Stalinist']))
    const right = wordChoiceKind.rightResponse(q)
    for (const word of ['NATO’s', 'Russia', 'disastrous', 'Stalinist']) {
      const at = wordsOf(q.sentence).findIndex((w) => w.text.startsWith(word))
      expect(checkWordChoice(q, { ...right, first: at, last: at }).parts![0]!.correct, word).toBe(true)
    }
    // A plain word of the sentence stays wrong.
    const plain = wordsOf(q.sentence).findIndex((w) => w.text === 'republics')
    expect(checkWordChoice(q, { ...right, first: plain, last: plain }).parts![0]!.correct).toBe(false)
  })

  it('scores each part a third, a tap inside any judgement word right and one overlapping half', () => {
    const q = questions.find((x) => x.term === 'debacle')!
    const right = wordChoiceKind.rightResponse(q)
    expect(checkWordChoice(q, right)).toMatchObject({ correct: true, score: 1 })
    const wrongHolder = q.holders.find((c) => c.id !== q.answer.holder)!.id
    const stronger = 'stronger'
    expect(checkWordChoice(q, { ...right, holder: wrongHolder, rewording: stronger })).toMatchObject({ correct: false, score: 1 / 3 })
    // “denouncing” carries a judgement too: right for the tap.
    const denouncing = wordsOf(q.sentence).findIndex((w) => w.text === 'denouncing')
    expect(checkWordChoice(q, { ...right, first: denouncing, last: denouncing }).parts![0]!.correct).toBe(true)
    // “Pashinyan has responded” holds no judgement; the word with three others around it is close.
    expect(checkWordChoice(q, { ...right, first: 0, last: 0 }).score).toBeCloseTo(2 / 3)
    const key = q.answer.keys[0]!
    expect(checkWordChoice(q, { ...right, first: key.first - 3, last: key.last }).score).toBeCloseTo(2.5 / 3)
    expect(checkWordChoice(q, wordChoiceKind.emptyResponse(q)).invalid).toBeTruthy()
  })

  it('round-trips every response through a result code', () => {
    for (const q of questions) {
      for (const response of [wordChoiceKind.rightResponse(q), { ...wordChoiceKind.rightResponse(q), first: 0, last: 1, holder: q.holders[0]!.id, rewording: q.rewordings[2]!.id }]) {
        const writer = new ByteWriter()
        wordChoiceKind.writeResponse(writer, q, response)
        expect(wordChoiceKind.readCodedResponse(new ByteReader(writer.toBytes()), q)).toEqual(response)
      }
      expect(() => wordChoiceKind.writeResponse(new ByteWriter(), q, wordChoiceKind.emptyResponse(q))).toThrow(RangeError)
    }
  })
})
