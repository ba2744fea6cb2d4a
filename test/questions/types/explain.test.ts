import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { knowledge } from '../../../src/content/knowledge'
import { planQuiz } from '../../../src/engine/quizPlan'
import { ByteReader, ByteWriter, CodecError } from '../../../src/lib/bytes'
import { explainKind } from '../../../src/questions/types/explain'
import { checkExplain } from '../../../src/questions/types/explain/check'
import type { ExplainQuestion } from '../../../src/questions/types/explain/model'
import { capWritten, MAX_WRITTEN_CHARS, writtenLength } from '../../../src/questions/types/explain/text'
import type { QuestionBank } from '../../../src/questions/bankTypes'
import { bank, paragraphs } from '../helpers'

const questions = bank.filter((q): q is ExplainQuestion => q.type === 'explain')
const nairy = questions.find((q) => q.id === 'explain:explain.nairy-account')!

function roundTrip(question: ExplainQuestion, response: Parameters<typeof explainKind.writeResponse>[2]) {
  const writer = new ByteWriter()
  explainKind.writeResponse(writer, question, response)
  const reader = new ByteReader(writer.toBytes())
  const read = explainKind.readCodedResponse(reader, question)
  expect(reader.remaining).toBe(0)
  return read
}

describe('explain questions', () => {
  it('are one per written task of the knowledge base, each with its model answer and checklist', () => {
    expect(questions.map((q) => q.id)).toEqual((knowledge.explain ?? []).map((task) => `explain:${task.id}`))
    expect(questions.length).toBeGreaterThanOrEqual(5)
    for (const q of questions) {
      const task = knowledge.explain!.find((t) => `explain:${t.id}` === q.id)!
      expect(q.prompt).toBe(task.question)
      expect(q.answer.model).toBe(task.model)
      expect(q.answer.checklist.map((point) => point.id)).toEqual(task.checklist.map((point) => point.id))
      expect(q.answer.checklist.length).toBeGreaterThanOrEqual(2)
      expect(q.answer.checklist.length).toBeLessThanOrEqual(5)
      // Its own items first, then the quotations its model answer cites.
      expect(q.factIds.slice(0, task.items.length)).toEqual(task.items)
      expect(explainKind.long).toBe(true)
    }
  })

  it('rest on evidence that is the article’s words, from the paragraphs a good answer cites', () => {
    for (const q of questions) {
      expect(q.evidence.length, q.id).toBeGreaterThan(0)
      for (const span of q.evidence) {
        expect(paragraphs[span.paragraph - 1]!.slice(span.start, span.end), q.id).toBe(span.text)
        expect(q.paragraphs, q.id).toContain(span.paragraph)
      }
    }
  })

  it('have model answers that cite a paragraph, quote only the article and attribute what they pass on', () => {
    const article = paragraphs.join('\n')
    for (const q of questions) {
      expect(q.paragraphs.some((p) => q.answer.model.includes(`paragraph ${p}`)), q.id).toBe(true)
      for (const match of q.answer.model.matchAll(/“([^”]*)”/g)) expect(article, q.id).toContain(match[1])
      expect(writtenLength(q.answer.model)).toBeLessThanOrEqual(MAX_WRITTEN_CHARS)
    }
    // The author's judgement is named as the author's; the unconfirmed reports stay unconfirmed.
    expect(questions.find((q) => q.id === 'explain:explain.erdogan-framed')!.answer.model).toMatch(/the author’s own judgement/)
    expect(questions.find((q) => q.id === 'explain:explain.villages-unconfirmed')!.answer.model).toContain('“unconfirmed reports”')
  })
})

describe('checking an explain answer', () => {
  const all = nairy.answer.checklist.map((point) => point.id)

  it('asks for writing, then for the self-check, before it scores', () => {
    expect(checkExplain(nairy, undefined).invalid).toBe('Write your answer first.')
    expect(checkExplain(nairy, { kind: 'written', text: '   \n', compared: true, ticks: all }).invalid).toBe('Write your answer first.')
    expect(checkExplain(nairy, { kind: 'written', text: 'He was grateful.', compared: false, ticks: [] }).invalid).toMatch(/Compare your answer/)
    expect(explainKind.isReady(nairy, { kind: 'written', text: 'He was grateful.', compared: false, ticks: [] })).toBe(false)
    expect(explainKind.isReady(nairy, { kind: 'written', text: 'He was grateful.', compared: true, ticks: [] })).toBe(true)
  })

  it('scores the share of the checklist ticked, ignoring unknown and repeated ticks', () => {
    const text = 'In paragraph 6 Nairy told Reuters the peacekeepers took people out.'
    expect(checkExplain(nairy, { kind: 'written', text, compared: true, ticks: all })).toMatchObject({ correct: true, score: 1, given: text })
    const half = checkExplain(nairy, { kind: 'written', text, compared: true, ticks: [all[0]!, all[0]!, all[1]!, 'made-up'] })
    expect(half).toMatchObject({ correct: false, score: 2 / all.length, partial: `2 of ${all.length} points` })
    expect(half.parts?.filter((part) => part.correct).map((part) => part.id)).toEqual(all.slice(0, 2))
    expect(checkExplain(nairy, { kind: 'written', text, compared: true, ticks: [] })).toMatchObject({ correct: false, score: 0 })
  })

  it('keeps the written text as given (capped), never as markup', () => {
    const text = '<img src=x onerror=alert(1)> He said so.'
    expect(checkExplain(nairy, { kind: 'written', text, compared: true, ticks: [] }).given).toBe(text)
    const long = 'a'.repeat(1000)
    expect(checkExplain(nairy, { kind: 'written', text: long, compared: true, ticks: [] }).given).toHaveLength(MAX_WRITTEN_CHARS)
  })

  it('reads back only well-formed written responses', () => {
    expect(explainKind.readResponse({ kind: 'written', text: 'x', compared: true, ticks: ['cites'] })).toEqual({ kind: 'written', text: 'x', compared: true, ticks: ['cites'] })
    expect(explainKind.readResponse({ kind: 'written', text: 'x', compared: 'yes', ticks: [] })).toBeUndefined()
    expect(explainKind.readResponse({ kind: 'written', text: 'x', compared: true, ticks: [1] })).toBeUndefined()
    expect(explainKind.readResponse({ kind: 'text', text: 'x' })).toBeUndefined()
  })
})

describe('capping a written answer', () => {
  it('keeps at most 400 characters and never splits one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (text) => {
        const capped = capWritten(text)
        expect(writtenLength(capped)).toBeLessThanOrEqual(MAX_WRITTEN_CHARS)
        expect(text.startsWith(capped)).toBe(true)
        if (writtenLength(text) <= MAX_WRITTEN_CHARS) expect(capped).toBe(text)
        // Well-formed UTF-16: no lone surrogate at the cut.
        expect(capped.isWellFormed()).toBe(true)
      }),
    )
  })
})

describe('an explain answer in a result code', () => {
  it('round-trips any text up to the cap (emoji too) and the ticks', () => {
    const tickSets = fc.subarray(nairy.answer.checklist.map((point) => point.id))
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), tickSets, (text, ticks) => {
        const read = roundTrip(nairy, { kind: 'written', text, compared: true, ticks })
        expect(read.text).toBe(capWritten(text))
        expect(read.ticks).toEqual(nairy.answer.checklist.map((p) => p.id).filter((id) => ticks.includes(id)))
        expect(read.compared).toBe(true)
        expect(checkExplain(nairy, read).score).toBe(checkExplain(nairy, { kind: 'written', text, compared: true, ticks }).score)
      }),
    )
  })

  it('carries emoji whole at the cap', () => {
    const text = '👩🏽‍🏫'.repeat(200)
    const read = roundTrip(nairy, { kind: 'written', text, compared: true, ticks: [] })
    expect(writtenLength(read.text)).toBe(MAX_WRITTEN_CHARS)
    expect(text.startsWith(read.text)).toBe(true)
    expect(read.text.isWellFormed()).toBe(true)
  })

  it('refuses a text past the cap, broken UTF-8 and ticks beyond the checklist', () => {
    const long = new ByteWriter().text('b'.repeat(MAX_WRITTEN_CHARS + 1), 10_000).varint(0).toBytes()
    expect(() => explainKind.readCodedResponse(new ByteReader(long), nairy)).toThrow(CodecError)
    const broken = new ByteWriter().varint(2).u8(0xc3).u8(0x28).varint(0).toBytes()
    expect(() => explainKind.readCodedResponse(new ByteReader(broken), nairy)).toThrow(CodecError)
    const ticks = new ByteWriter().text('ok', 10).varint(2 ** nairy.answer.checklist.length).toBytes()
    expect(() => explainKind.readCodedResponse(new ByteReader(ticks), nairy)).toThrow(CodecError)
  })

  it('is never written before the self-check', () => {
    expect(() => explainKind.writeResponse(new ByteWriter(), nairy, { kind: 'written', text: 'x', compared: false, ticks: [] })).toThrow(RangeError)
  })
})

describe('a Test with written answers', () => {
  it('plays them last, so a model answer shows nothing to a question still to come', () => {
    const questionBank = { questions: bank, sets: [] } as unknown as QuestionBank
    const ids = [nairy.id, bank[0]!.id, questions[1]!.id, bank[1]!.id]
    const plan = planQuiz(questionBank, { kind: 'link', code: 'x', title: 'T', questionIds: ids, shuffle: false, timeLimit: { kind: 'off' } }, 1)
    expect(plan.ok && plan.config.questionIds).toEqual([bank[0]!.id, bank[1]!.id, nairy.id, questions[1]!.id])
  })
})
