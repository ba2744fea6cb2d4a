// numeric: type a number the article gives, shown in its own sentence with the number blanked.
// The prompt keeps the article's hedge ("at least how many …", and the sentence's "At least").
import type { NumericQuestion } from './model'
import { entity, sentencesIn, type GeneratorContext } from '../../generators/context'
import { labelInSentence, namesEntity } from '../../generators/entities'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { articleNumbers, type ArticleNumber } from '../../generators/numbers'
import { quotedPassage, sentenceAround } from '../../generators/text'
import { flatMapped } from '../../generators/lists'

export function numericQuestions(context: GeneratorContext): NumericQuestion[] {
  // One question per figure: the same distance in miles asks it again (a teacher's read). A lone
  // “one” is left out: the singular after the gap (“after ___ day of fighting”) gives it away.
  return flatMapped(articleNumbers(context), (number) =>
    number.value === 1 ? [] : [{ ...numeric(context, number, number.value, number.unit), misread: misread(number, articleNumbers(context)) }],
  )
}

function plural(unit: string): string {
  return /(s|km|men|people)$/.test(unit) ? unit : `${unit}s`
}

/** The article's sentence with the number blanked (the whole "77-kilometer (48-mile)" when it gives two units). */
export function blankedSentence(context: GeneratorContext, number: ArticleNumber): string {
  const paragraph = context.paragraphs[number.paragraph - 1] ?? ''
  const { start, end, length } = sentenceOf(context, number)
  return `${paragraph.slice(start, number.at)}___${paragraph.slice(number.at + length, end)}`
}

/** Where the number's sentence lies in its paragraph, and how long the blanked number is. */
function sentenceOf(context: GeneratorContext, number: ArticleNumber): { start: number; end: number; length: number } {
  const paragraph = context.paragraphs[number.paragraph - 1] ?? ''
  const quantity = number.fact.kind === 'quantity' ? number.fact.quantity : undefined
  const length = quantity?.alternative ? quantity.display.length : number.written.length
  return { ...sentenceAround(paragraph, number.at, number.at + length, sentencesIn(context, number.paragraph)), length }
}

/** What a wrong number stands for (see the model): the hedge, and the article's other figures of the same sort. */
function misread(number: ArticleNumber, all: readonly ArticleNumber[]): NumericQuestion['misread'] {
  const figures = [...new Set(all.filter((n) => n.isYear === number.isYear && n.value !== number.value).map((n) => n.value))]
  return { ...(number.atLeast ? { atLeast: true as const } : {}), ...(figures.length > 0 ? { figures } : {}) }
}

function numeric(context: GeneratorContext, number: ArticleNumber, value: number, unit?: string): NumericQuestion {
  const { fact } = number
  const sentence = blankedSentence(context, number)
  const holder = fact.holder === undefined ? undefined : entity(context, fact.holder)
  const what = number.isYear ? 'which year' : `${number.atLeast ? 'at least ' : ''}how many ${plural(unit ?? 'times')}`
  const source = !holder || namesEntity(sentence, holder) ? 'Fill the gap' : `Fill the gap in the words of ${labelInSentence(holder)}, as the article quotes them`
  const hedge = number.atLeast ? 'The article gives this as a minimum (“at least”), not as an exact total.' : ''
  return {
    id: questionId('numeric', [fact.id]),
    type: 'numeric',
    prompt: `According to the article, ${what}? ${source}: ${quotedPassage(sentence)}`,
    answer: { value, ...(unit ? { unit } : {}), ...(number.isYear ? { year: true as const } : {}) },
    explanation: [fact.summary, hedge, fact.note].filter(Boolean).join(' '),
    ...alsoShowing(grounding(context, [fact]), idsShown(context, [{ paragraph: number.paragraph, ...sentenceOf(context, number) }])),
    difficulty: 2,
  }
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { numericQuestions as generate }
