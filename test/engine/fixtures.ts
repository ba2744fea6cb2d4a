// Small hand-made questions for the answer-checking tests (not from the real question bank).

import type { ChoiceQuestion, Question } from '../../src/domain/question'
import type { ClozeQuestion } from '../../src/questions/types/cloze/model'
import type { MatchingQuestion } from '../../src/questions/types/matching/model'
import type { MultiSelectQuestion } from '../../src/questions/types/multi_select/model'
import type { NumericQuestion } from '../../src/questions/types/numeric/model'
import type { OrderingQuestion } from '../../src/questions/types/ordering/model'

const base = {
  prompt: 'A prompt',
  explanation: 'An explanation.',
  evidence: [],
  topics: ['test'],
  factIds: ['f1'],
  difficulty: 1 as const,
}

export const singleChoice: ChoiceQuestion = {
  ...base,
  id: 'q-single',
  factIds: ['fact-of-q-single'],
  type: 'single_choice',
  choices: [
    { id: 'a', text: 'Ilham Aliyev' },
    { id: 'b', text: 'Nikol Pashinyan' },
    { id: 'c', text: 'Recep Tayyip Erdogan' },
  ],
  answer: 'a',
}

export const trueFalse: ChoiceQuestion = {
  ...base,
  id: 'q-tf',
  factIds: ['fact-of-q-tf'],
  type: 'true_false',
  choices: [
    { id: 'true', text: 'True' },
    { id: 'false', text: 'False' },
  ],
  answer: 'false',
}

export const whoSaid: ChoiceQuestion = { ...singleChoice, id: 'q-who', type: 'who_said', answer: 'b' }
export const whosePosition: ChoiceQuestion = { ...singleChoice, id: 'q-whose', type: 'whose_position', answer: 'c' }
export const factOrPosition: ChoiceQuestion = {
  ...base,
  id: 'q-fop',
  factIds: ['fact-of-q-fop'],
  type: 'fact_or_position',
  choices: [
    { id: 'fact', text: 'A reported fact' },
    { id: 'position', text: 'The article’s position' },
  ],
  answer: 'position',
}

export const multiSelect: MultiSelectQuestion = {
  ...base,
  id: 'q-multi',
  factIds: ['fact-of-q-multi'],
  type: 'multi_select',
  choices: [
    { id: 'a', text: 'Armenia' },
    { id: 'b', text: 'Azerbaijan' },
    { id: 'c', text: 'Georgia' },
    { id: 'd', text: 'Russia' },
  ],
  answer: ['a', 'b', 'd'],
}

export const numeric: NumericQuestion = {
  ...base,
  id: 'q-numeric',
  factIds: ['fact-of-q-numeric'],
  type: 'numeric',
  answer: { value: 28000, unit: 'people' },
}

export const numericDecimal: NumericQuestion = {
  ...base,
  id: 'q-decimal',
  factIds: ['fact-of-q-decimal'],
  type: 'numeric',
  answer: { value: 2.5 },
}

export const cloze: ClozeQuestion = {
  ...base,
  id: 'q-cloze',
  factIds: ['fact-of-q-cloze'],
  type: 'cloze',
  before: 'Azerbaijan wants a corridor through',
  after: 'to Nakhchivan.',
  answer: { accepted: ['Zanzegur', 'Zangezur'] }, // the article's spelling first
}

export const clozeShort: ClozeQuestion = {
  ...base,
  id: 'q-cloze-short',
  factIds: ['fact-of-q-cloze-short'],
  type: 'cloze',
  before: 'The government in',
  after: 'sent troops.',
  answer: { accepted: ['Baku'] },
}

export const clozeName: ClozeQuestion = {
  ...base,
  id: 'q-cloze-name',
  factIds: ['fact-of-q-cloze-name'],
  type: 'cloze',
  before: 'Backed by Turkish President',
  after: ',',
  answer: { accepted: ['Erdoğan'] },
}

export const clozePhrase: ClozeQuestion = {
  ...base,
  id: 'q-cloze-phrase',
  factIds: ['fact-of-q-cloze-phrase'],
  type: 'cloze',
  before: 'Closing the',
  after: 'cut off supplies.',
  answer: { accepted: ['Lachin corridor'] },
}

export const clozeNumber: ClozeQuestion = {
  ...base,
  id: 'q-cloze-number',
  factIds: ['fact-of-q-cloze-number'],
  type: 'cloze',
  before: 'At least',
  after: 'Armenians have fled.',
  answer: { accepted: ['28,000'] },
}

export const matching: MatchingQuestion = {
  ...base,
  id: 'q-match',
  factIds: ['fact-of-q-match'],
  type: 'matching',
  left: [
    { id: 'l1', text: 'Aliyev' },
    { id: 'l2', text: 'Pashinyan' },
    { id: 'l3', text: 'Erdogan' },
    { id: 'l4', text: 'Putin' },
  ],
  right: [
    { id: 'r1', text: 'Azerbaijan' },
    { id: 'r2', text: 'Armenia' },
    { id: 'r3', text: 'Turkey' },
    { id: 'r4', text: 'Russia' },
  ],
  answer: { l1: 'r1', l2: 'r2', l3: 'r3', l4: 'r4' },
}

export const ordering: OrderingQuestion = {
  ...base,
  id: 'q-order',
  factIds: ['fact-of-q-order'],
  type: 'ordering',
  items: [
    { id: 'i3', text: 'Blockade' },
    { id: 'i1', text: 'Soviet dissolution' },
    { id: 'i4', text: 'September attack' },
    { id: 'i2', text: '2020 war' },
  ],
  answer: ['i1', 'i2', 'i3', 'i4'],
}

export const allQuestions: readonly Question[] = [
  singleChoice,
  trueFalse,
  whoSaid,
  whosePosition,
  factOrPosition,
  multiSelect,
  numeric,
  numericDecimal,
  cloze,
  clozeShort,
  clozeName,
  clozePhrase,
  clozeNumber,
  matching,
  ordering,
]
