import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { article } from '../../src/content/bundledArticle'
import type { QuestionType } from '../../src/domain/question'
import { QUESTION_TYPES } from '../../src/questions/types/registry'
import { bank } from './helpers'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('npm run questions', () => {
  it('prints the article and the whole bank as JSON, and nothing else', () => {
    const stdout = execFileSync(process.execPath, ['scripts/questions.mjs'], { cwd: root, encoding: 'utf8' })
    const output = JSON.parse(stdout)
    expect(Object.keys(output)).toEqual(['article', 'questions'])
    expect(output.article).toEqual({ id: article.id, title: article.title, paragraphs: article.paragraphs })
    expect(output.article.paragraphs).toHaveLength(22)
    expect(output.questions).toEqual(bank)
    expectPinnedKeys(output.questions)
  }, 30_000)
})

// The JSON's keys, pinned per question type so the documented format cannot drift unnoticed.
const COMMON = ['id', 'type', 'prompt', 'answer', 'explanation', 'evidence', 'topics', 'factIds', 'difficulty']
const CHOICE = [...COMMON, 'choices']
const KEYS: Record<QuestionType, string[]> = {
  single_choice: CHOICE,
  multi_select: CHOICE,
  true_false: CHOICE,
  who_said: CHOICE,
  whose_position: CHOICE,
  fact_or_position: CHOICE,
  numeric: [...COMMON, 'misread'],
  cloze: [...COMMON, 'before', 'after', 'words'],
  matching: [...COMMON, 'left', 'right', 'misreading'],
  ordering: [...COMMON, 'items', 'misreading'],
  prove_it: [...COMMON, 'paragraph', 'passage'],
  source_match: [...COMMON, 'left', 'right'],
  paraphrase_check: CHOICE,
  competing_claims: CHOICE,
  mark_layers: [...COMMON, 'paragraph', 'passage'],
  word_choice: [...COMMON, 'paragraph', 'sentence', 'term', 'phrase', 'holders', 'rewordings', 'effect'],
  structure: CHOICE,
  explain: [...COMMON, 'paragraphs'],
}

function answerShape(question: Record<string, unknown>): string {
  const answer = question.answer
  if (typeof answer === 'string') return 'string'
  if (Array.isArray(answer)) return answer.every((id) => typeof id === 'string') ? 'string[]' : 'mixed[]'
  if (answer && typeof answer === 'object') return `{${Object.keys(answer).sort().join(',')}}`
  return typeof answer
}

const ANSWER_SHAPES: Record<QuestionType, (shape: string) => boolean> = {
  single_choice: (shape) => shape === 'string',
  true_false: (shape) => shape === 'string',
  who_said: (shape) => shape === 'string',
  whose_position: (shape) => shape === 'string',
  fact_or_position: (shape) => shape === 'string',
  multi_select: (shape) => shape === 'string[]',
  ordering: (shape) => shape === 'string[]',
  // `year`: the number names a year, written without a thousands separator.
  numeric: (shape) => ['{value}', '{unit,value}', '{value,year}'].includes(shape),
  cloze: (shape) => shape === '{accepted}',
  matching: (shape) => shape.startsWith('{'),
  prove_it: (shape) => shape === '{keys}',
  source_match: (shape) => shape.startsWith('{'),
  paraphrase_check: (shape) => shape === 'string',
  competing_claims: (shape) => shape === 'string',
  mark_layers: (shape) => shape === '{keys}',
  word_choice: (shape) => shape === '{holder,keys,rewording}',
  structure: (shape) => shape === 'string',
  explain: (shape) => shape === '{checklist,model}',
}

function expectPinnedKeys(questions: Record<string, unknown>[]): void {
  const seen = new Set<string>()
  for (const question of questions) {
    const type = question.type as QuestionType
    seen.add(type)
    expect(Object.keys(question).sort(), `${question.id}`).toEqual([...KEYS[type]].sort())
    expect(ANSWER_SHAPES[type](answerShape(question)), `${question.id}: answer ${answerShape(question)}`).toBe(true)
    for (const span of question.evidence as object[]) expect(Object.keys(span), `${question.id}`).toEqual(['paragraph', 'start', 'end', 'text'])
    const lists = ['choices', 'left', 'right', 'items'].flatMap((key) => (question[key] as object[] | undefined) ?? [])
    // A wrong choice may name the misreading it stands for.
    for (const choice of lists) expect(Object.keys(choice).filter((key) => key !== 'misreading'), `${question.id}`).toEqual(['id', 'text'])
    for (const choice of lists) expect(['id,text', 'id,text,misreading'], `${question.id}`).toContain(Object.keys(choice).join(','))
  }
  expect([...seen].sort()).toEqual([...QUESTION_TYPES].sort())
}

describe('npm run content:report', () => {
  it('prints the coverage table and exits 0', () => {
    const stdout = execFileSync(process.execPath, ['scripts/content-report.mjs'], { cwd: root, encoding: 'utf8' })
    expect(stdout).toContain('Questions by type')
    expect(stdout).toContain('Everything required is covered.')
  }, 30_000)
})
