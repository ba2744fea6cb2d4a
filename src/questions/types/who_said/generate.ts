// who_said: a quotation -> its speaker. Distractors are the quote's confusableWith first, then
// other people of the article, never the speaker or anyone who overlaps with the speaker.
import type { Entity, Quote } from '../../../content/schema'
import type { Choice } from '../../../domain/question'
import type { WhoSaidQuestion } from './model'
import { pickOne } from '../../generators/choices'
import { entity, randomFor, sentencesIn, type GeneratorContext } from '../../generators/context'
import { entityLabel, namesEntity, overlaps, sameSort, speakerMisreading } from '../../generators/entities'
import { alsoShowing, grounding, idsCitedIn } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { excerpt, quoted, sentenceAround } from '../../generators/text'
import { flatMapped } from '../../generators/lists'
import { withBalancedAnswers } from '../../generators/balance'
import { hashString, seededRandom } from '../../random'

const DISTRACTORS = 3
/** A speaker of a small category (the three witnesses) is asked about among fewer choices, never beside another sort. */
const MIN_DISTRACTORS = 2

export function whoSaidQuestions(context: GeneratorContext): WhoSaidQuestion[] {
  const questions = flatMapped(
    context.knowledge.quotes.filter((q) => q.suitableForWhoSaid && q.speaker),
    (q) => whoSaid(context, q),
  )
  return withBalancedAnswers(questions, seededRandom(hashString(`${context.seed}|who_said`)))
}

export function speakerChoice(speaker: Entity): Choice {
  return { id: speaker.id, text: entityLabel(speaker) }
}

/** Wrong speakers: never the speaker, never an entity that overlaps with it, never a place, never one of another sort (a head of state against a witness). */
export function wrongSpeakers(context: GeneratorContext, speaker: Entity, ids: readonly string[]): Choice[] {
  return ids
    .map((id) => entity(context, id))
    .filter((e) => e.kind !== 'place' && !overlaps(e, speaker) && sameSort(speaker, e))
    .map((e) => ({ ...speakerChoice(e), misreading: speakerMisreading(speaker.id, e.id) }))
}

/**
 * The clause around a quoted term, verbatim ("there were “truckloads” lying dead in the street."),
 * so a one-word quote has its context; undefined when the clause would name the speaker.
 */
function termPassage(context: GeneratorContext, quote: Quote, speaker: Entity): string | undefined {
  const words = quote.evidence[0]
  const paragraph = words ? context.paragraphs[words.paragraph - 1] : undefined
  if (!words || !paragraph) return undefined
  const sentence = sentenceAround(paragraph, words.start, words.end, sentencesIn(context, words.paragraph))
  const head = paragraph.slice(sentence.start, words.start)
  const tail = paragraph.slice(words.end, sentence.end)
  const from = Math.max(head.lastIndexOf(' that '), head.lastIndexOf(', '))
  const to = tail.search(/, /)
  // No clause break before the term: keep the head (with its opening “), less a leading pronoun,
  // which would tell the speaker's gender (“She also proposed an …”).
  const pronoun = /^(He|She|They|It|We|I)\s+/.exec(head)
  const lead =
    from !== -1 ? `…${head.slice(from + (head.startsWith(' that ', from) ? 6 : 2))}` : pronoun ? `…${head.slice(pronoun[0].length)}` : head
  const clause = `${lead}${words.text}${to === -1 ? tail : `${tail.slice(0, to)} …`}`
  const close = [speaker, ...(speaker.overlapsWith ?? []).map((id) => entity(context, id))]
  return close.some((e) => namesEntity(clause, e)) ? undefined : clause
}

function whoSaid(context: GeneratorContext, quote: Quote): WhoSaidQuestion[] {
  const id = questionId('who_said', [quote.id])
  const speaker = entity(context, quote.speaker as string)
  const people = context.knowledge.entities.filter((e) => e.kind === 'person').map((e) => e.id)
  const words = quoted(excerpt(quote.text, 240))
  const passage = quote.kind === 'term' ? termPassage(context, quote, speaker) : undefined
  const prompt =
    quote.kind === 'speech'
      ? `Who said this, according to the article? ${words}`
      : // “used the words” would claim more than the article says of a quoted term (“iron fist”).
        `To whom does the article attribute the words ${words}?${passage ? ` The passage: ${passage}` : ''}`
  // Someone the prompt itself names is no fair wrong answer.
  const unnamed = (list: Choice[]) => list.filter((c) => !namesEntity(prompt, entity(context, c.id)))
  const preferred = unnamed(wrongSpeakers(context, speaker, quote.confusableWith ?? []))
  const fallback = unnamed(wrongSpeakers(context, speaker, people))
  if (new Set([...preferred, ...fallback].map((c) => c.id)).size < MIN_DISTRACTORS) return []
  const { choices, answer } = pickOne(speakerChoice(speaker), preferred, fallback, DISTRACTORS, randomFor(context, id))
  return [{
    id,
    type: 'who_said',
    prompt,
    choices,
    answer,
    explanation: [quote.summary, quote.note].filter(Boolean).join(' '),
    // A note that names another quotation (“not to be confused with … ‘international mission’”) says whose it is: listed too.
    ...alsoShowing(
      grounding(context, [quote], [...quote.evidence, ...quote.attribution]),
      idsCitedIn(context, quote.note ?? ''),
    ),
    difficulty: quote.kind === 'term' || (quote.about ?? []).some((a) => quote.confusableWith?.includes(a)) ? 3 : quote.text.length < 60 ? 2 : 1,
  }]
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { whoSaidQuestions as generate }
