import { bundledPack } from '../../src/content/bundledArticle'
import { describe, expect, it } from 'vitest'
import { isBefore, type EventFact } from '../../src/content/schema'
import { checkAnswer } from '../../src/questions/checkAnswer'
import { normalizeText, withinOneEdit } from '../../src/questions/check/normalize'
import { BANK_SEED, buildQuestionBank } from '../../src/questions/bank'
import { loadQuestionBank } from '../../src/questions/bankNow'
import { timeBankGeneration } from '../../src/questions/timing'
import type { Question } from '../../src/domain/question'
import { bank, correctResponse, itemOf, knowledge, paragraphs, wrongResponses } from './helpers'

function expectOneRightAnswer(questions: readonly Question[]): void {
  const clozeAnswers = questions.flatMap((q) => (q.type === 'cloze' ? [q.answer.accepted[0] as string] : []))
  for (const q of questions) {
    expect(checkAnswer(q, correctResponse(q)), q.id).toMatchObject({ correct: true })
    const accepted = q.type === 'cloze' ? q.answer.accepted.map(normalizeText) : []
    const others = clozeAnswers.filter((word) => accepted.every((a) => a !== normalizeText(word) && !withinOneEdit(a, normalizeText(word))))
    const wrong = wrongResponses(q, others.slice(0, 5))
    expect(wrong.length, q.id).toBeGreaterThan(0)
    for (const response of wrong) expect(checkAnswer(q, response).correct, `${q.id} ${JSON.stringify(response)}`).toBe(false)
  }
}

describe('every question', () => {
  it('has non-empty evidence copied verbatim from the article', () => {
    for (const q of bank) {
      expect(q.evidence.length, q.id).toBeGreaterThan(0)
      for (const span of q.evidence) {
        expect(span.text, q.id).not.toBe('')
        expect(paragraphs[span.paragraph - 1]?.slice(span.start, span.end), q.id).toBe(span.text)
      }
    }
  })

  it('names real knowledge items, topics and a difficulty', () => {
    const topics = new Set(knowledge.topics.map((t) => t.id))
    for (const q of bank) {
      expect(q.factIds.length, q.id).toBeGreaterThan(0)
      q.factIds.forEach((id) => itemOf(id))
      expect(q.topics.length, q.id).toBeGreaterThan(0)
      q.topics.forEach((t) => expect(topics.has(t), `${q.id} topic ${t}`).toBe(true))
      expect([1, 2, 3]).toContain(q.difficulty)
      expect(q.prompt.trim(), q.id).not.toBe('')
      expect(q.explanation.trim(), q.id).not.toBe('')
    }
  })

  it('accepts its own answer and rejects every distractor and near miss', () => {
    expectOneRightAnswer(bank)
  })

  it('stays answerable under other seeds', () => {
    for (const seed of [1, 7, 99, 20_230_920]) expectOneRightAnswer(buildQuestionBank(bundledPack, { seed }))
  })

  it('has unique choice ids and texts', () => {
    for (const q of bank) {
      const lists = 'choices' in q ? [q.choices] : q.type === 'matching' ? [q.left, q.right] : q.type === 'ordering' ? [q.items] : []
      for (const list of lists) {
        expect(new Set(list.map((c) => c.id)).size, q.id).toBe(list.length)
        expect(new Set(list.map((c) => c.text)).size, q.id).toBe(list.length)
      }
      if ('choices' in q) expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('matching and ordering', () => {
  it('pairs every left item with exactly one right item (a bijection)', () => {
    for (const q of bank) {
      if (q.type !== 'matching') continue
      expect(Object.keys(q.answer).sort(), q.id).toEqual(q.left.map((c) => c.id).sort())
      expect(Object.values(q.answer).sort(), q.id).toEqual(q.right.map((c) => c.id).sort())
      expect(q.left.length, q.id).toBeGreaterThanOrEqual(3)
    }
  })

  it('orders only events whose order the knowledge base fixes, earliest first', () => {
    const orderings = bank.filter((q) => q.type === 'ordering')
    for (const q of orderings) {
      expect(q.items.map((i) => i.id).sort(), q.id).toEqual([...q.answer].sort())
      expect(q.items.map((i) => i.id), `${q.id} is not shown already solved`).not.toEqual(q.answer)
      const times = q.answer.map((id) => (itemOf(id) as EventFact).event.time)
      times.forEach((a, i) => times.slice(i + 1).forEach((b) => expect(a && b && isBefore(a, b), q.id).toBe(true)))
    }
  })
})

describe('ids and seeds', () => {
  const ids = bank.map((q) => q.id)

  it('gives every question a unique id built from its type and knowledge ids, not the seed', () => {
    expect(new Set(ids).size).toBe(ids.length)
    for (const q of bank) expect(q.id.startsWith(`${q.type}:`), q.id).toBe(true)
    expect(ids).toEqual(expect.arrayContaining(['who_said:quote.grigoryan-nowhere-to-bury', 'numeric:fact.fled-28000', 'cloze:quote.term-zanzegur-corridor:zanzegur']))
  })

  it('is deterministic for a seed', () => {
    expect(buildQuestionBank(bundledPack, { seed: BANK_SEED })).toEqual(bank)
  })

  it('keeps the same ids under another seed but varies the questions', () => {
    const other = buildQuestionBank(bundledPack, { seed: BANK_SEED + 1 })
    expect(other.map((q) => q.id)).toEqual(ids)
    const changed = other.filter((q, i) => JSON.stringify(q) !== JSON.stringify(bank[i]))
    expect(changed.length).toBeGreaterThan(bank.length / 4)
    const flipped = other.filter((q, i) => q.type === 'true_false' && 'answer' in q && q.answer !== (bank[i] as typeof q).answer)
    expect(flipped.length).toBeGreaterThan(0)
  })
})

describe('loadQuestionBank', () => {
  it('builds the bank once with the fixed seed, with topics and the facts the questions train', () => {
    const loaded = loadQuestionBank()
    expect(loadQuestionBank()).toBe(loaded)
    expect(loaded.questions).toEqual(bank)
    expect(loaded.topics).toEqual(knowledge.topics.map(({ id, label, description }) => ({ id, label, description })))
    for (const id of bank.flatMap((q) => q.factIds)) expect(loaded.facts[id]).toMatchObject({ id, summary: itemOf(id).summary })
  })
})

describe('timeBankGeneration', () => {
  it('reports runs, questions and times from the clock it is given', () => {
    let tick = 0
    const timing = timeBankGeneration(bundledPack, { seed: 1, runs: 2, now: () => (tick += 5) })
    expect(timing).toEqual({ runs: 2, questions: bank.length, totalMs: 5, meanMs: 2.5 })
  })
})
