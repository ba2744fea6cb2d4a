// paraphrase_check: where the author sums up someone's words and quotes them (a position with a
// paraphrase), which words are the summary's own? The answer is what the summary adds (`adds`,
// verbatim); the wrong choices are parts of the speaker's quoted words (`quotedParts`, verbatim),
// each standing for an author-actor swap (the speaker's words taken for the author's summary).
import type { Position } from '../../../content/schema'
import { entity, randomFor, type GeneratorContext } from '../../generators/context'
import { labelInSentence } from '../../generators/entities'
import { grounding, itemsOverlapping } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { quoted } from '../../generators/text'
import { shuffled } from '../../random'
import type { MisreadChoice } from '../shared/misreadChoice'
import type { ParaphraseCheckQuestion } from './model'

const MIN_WRONG = 2

function question(context: GeneratorContext, position: Position): ParaphraseCheckQuestion | undefined {
  const paraphrase = position.paraphrase
  const parts = paraphrase?.quotedParts ?? []
  if (!paraphrase || parts.length < MIN_WRONG) return undefined
  const quotes = context.knowledge.quotes.filter((q) => paraphrase.of.includes(q.id))
  const speakerId = quotes[0]?.speaker
  if (!speakerId) return undefined
  const speaker = labelInSentence(entity(context, speakerId))
  const summary = position.evidence[0]
  if (!summary) return undefined
  const id = questionId('paraphrase_check', [position.id])
  const answer: MisreadChoice = { id: `${position.id}:adds`, text: quoted(paraphrase.adds) }
  const wrong: MisreadChoice[] = parts.map((part, i) => ({ id: `${position.id}:quoted:${i}`, text: quoted(part.text), misreading: 'author-actor-swap' }))
  const paragraphs = [...new Set([summary.paragraph, ...quotes.flatMap((q) => q.evidence.map((e) => e.paragraph))])].sort((a, b) => a - b)
  const where = paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs.join(' and ')}`
  return {
    id,
    type: 'paraphrase_check',
    prompt: `In ${where}, the author sums up the words of ${speaker} and quotes them. Which of these words are the author’s own summary rather than words quoted from ${speaker}?`,
    choices: shuffled([answer, ...wrong], randomFor(context, id)),
    answer: answer.id,
    explanation:
      `${position.summary} The words ${answer.text} are the author’s summary; the words quoted from ${speaker} say ${parts.map((p) => quoted(p.text)).join(', ')}. ` +
      'A summary can say more than the words it sums up, so it is the author’s reading, not the speaker’s.',
    // The positions and terms the quoted words voice are asked about here too (whose words they are).
    ...grounding(context, [...new Set([position, ...quotes, ...itemsOverlapping(context, parts)])], [summary, ...parts]),
    difficulty: 2,
  }
}

export function paraphraseCheckQuestions(context: GeneratorContext): ParaphraseCheckQuestion[] {
  return context.knowledge.positions.flatMap((position) => question(context, position) ?? [])
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { paraphraseCheckQuestions as generate }
