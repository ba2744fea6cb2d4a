// whose_position: a position -> who holds it ("The author" included). The prompt quotes the
// article's wording when the item has a statement; otherwise it turns the neutral summary into a
// "who …?" question. Distractors come from confusableWith; for the author's own positions without
// any, from the people who voice positions in the article (none of whom holds the author's views).
import { AUTHOR_ID, type Entity, type Position } from '../../../content/schema'
import type { WhosePositionQuestion } from './model'
import { uniqueChoices } from '../../generators/choices'
import type { Choice } from '../../../domain/question'
import { shuffled } from '../../random'
import { entity, linkedHolderIds, perBuild, randomFor, type GeneratorContext } from '../../generators/context'
import { namesEntity, overlaps, sameSort, subjectSpan } from '../../generators/entities'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { capitalise, quoted } from '../../generators/text'
import { speakerChoice, wrongSpeakers } from '../who_said/generate'
import { flatMapped } from '../../generators/lists'
import { withBalancedAnswers } from '../../generators/balance'
import { hashString, seededRandom } from '../../random'

const DISTRACTORS = 3
/** A holder of a small category (the witnesses) is asked about among fewer choices, never beside another sort. */
const MIN_DISTRACTORS = 2
/** The most of these questions the author may answer: otherwise “the author” is a safe guess. */
const MAX_AUTHOR_SHARE = 0.35

/** Built once per bank build: fact-or-position asks which sentences these questions take as well as the bank. */
export const whosePositionQuestions = perBuild(buildWhosePositionQuestions)

function buildWhosePositionQuestions(context: GeneratorContext): WhosePositionQuestion[] {
  const all = flatMapped(context.knowledge.positions, (p) => {
    const question = whosePosition(context, p)
    return question ? [{ question, position: p }] : []
  })
  // The author's views, fewest first where the article offers someone to confuse them with
  // (confusableWith), then in reading order, up to MAX_AUTHOR_SHARE of the questions.
  const others = all.filter((q) => q.position.holder !== AUTHOR_ID).length
  const room = Math.floor((MAX_AUTHOR_SHARE * others) / (1 - MAX_AUTHOR_SHARE))
  const author = all.filter((q) => q.position.holder === AUTHOR_ID)
  const kept = new Set([...author.filter((q) => q.position.confusableWith?.length), ...author.filter((q) => !q.position.confusableWith?.length)].slice(0, room))
  const questions = all.filter((q) => q.position.holder !== AUTHOR_ID || kept.has(q)).map((q) => q.question)
  return withBalancedAnswers(questions, seededRandom(hashString(`${context.seed}|whose_position`)))
}

/** "Samantha Power proposed …" -> "According to the article, who proposed …?"; undefined when the summary does not lead with its holder. */
export function whoQuestion(summary: string, holder: Entity): string | undefined {
  const span = subjectSpan(summary, holder)
  if (!span) return undefined
  const rest = summary.slice(span.end).replace(/\.$/, '?')
  return `${span.lead || 'According to the article, '}who${rest}`
}

/**
 * For the author's own positions: the people who voice positions in the article, except anyone the
 * prompt names, anyone the position is about or who overlaps with it (US officials for a view of
 * what the US aims at), or whose own statement the knowledge base links to it (Antonov accuses the
 * US of what the author says it aims at): none of them is a fair wrong answer.
 */
function fallbackHolders(context: GeneratorContext, position: Position, prompt: string): string[] {
  if (position.holder !== AUTHOR_ID) return []
  const voices = context.knowledge.positions.map((p) => p.holder)
  const linked = linkedHolderIds(context, position)
  const about = (position.about ?? []).map((id) => entity(context, id))
  return [...new Set(voices)].filter((id) => {
    const e = entity(context, id)
    return e.kind === 'person' && !namesEntity(prompt, e) && !about.some((a) => overlaps(a, e)) && !linked.has(id)
  })
}

/** A person's label with their title (“Turkish President Recep Tayyip Erdogan”), where the title is short. */
const MAX_TITLE = 30
function titled(e: Entity): Choice {
  const plain = speakerChoice(e)
  return e.kind === 'person' && e.role && e.role.length <= MAX_TITLE ? { ...plain, text: `${capitalise(e.role)} ${e.name}` } : plain
}

/** Two choices whose lengths differ by more than this ratio set the longer apart. */
const LENGTH_RATIO = 1.5

/**
 * The wrong choices: `first` always, then the preferred, then the fallback, in a seeded order, but
 * with one of about the answer's length first when the answer is long, so it is not the longest by far.
 */
function balancedWrong(right: Choice, first: Choice[], preferred: Choice[], fallback: Choice[], random: () => number): Choice[] {
  const pool = uniqueChoices([...first, ...shuffled(preferred, random), ...shuffled(fallback, random)].filter((c) => c.id !== right.id))
  const picked = pool.slice(0, first.length)
  const rest = pool.slice(first.length)
  const near = rest.find((c) => c.text.length * LENGTH_RATIO >= right.text.length)
  if (near && !picked.some((c) => c.text.length * LENGTH_RATIO >= right.text.length)) picked.push(near)
  for (const c of rest) if (picked.length < DISTRACTORS && !picked.includes(c)) picked.push(c)
  return picked.slice(0, DISTRACTORS)
}

function whosePosition(context: GeneratorContext, position: Position): WhosePositionQuestion | undefined {
  // Its words are quotations with who-said questions of their own: asking “whose position” of them
  // asks the same fact twice (“who proposed an ‘international monitoring mission’?”).
  const quotes = (position.quotes ?? []).map((id) => context.items.get(id)).filter((q) => q !== undefined && 'suitableForWhoSaid' in q)
  const asked = (q: (typeof quotes)[number]) => !!q && 'suitableForWhoSaid' in q && q.suitableForWhoSaid && !!q.speaker
  if (quotes.some(asked)) return undefined
  const holder = entity(context, position.holder)
  const prompt = position.statement
    ? `In the article, whose position is this? ${quoted(position.statement)}`
    : whoQuestion(position.summary, holder)
  if (!prompt) return undefined
  // A long name among people (the think-tank) is told by its length: people then carry their titles.
  const label = holder.kind === 'organisation' ? titled : speakerChoice
  // Relabelled, each keeps the misreading it stands for.
  const relabel = (list: Choice[]) => list.map((c) => ({ ...c, text: label(entity(context, c.id)).text }))
  const preferred = relabel(wrongSpeakers(context, holder, position.confusableWith ?? []).filter((c) => !namesEntity(prompt, entity(context, c.id))))
  const fallback = relabel(wrongSpeakers(context, holder, fallbackHolders(context, position, prompt)))
  // Another holder of views could be taken for the author, and the reverse: the author is offered
  // wherever the question quotes a view. Not where it asks who did something in the events (“who
  // hailed the victory?”): the author takes no part in them, so that choice is absurd (a teacher's read).
  const author = context.entities.get(AUTHOR_ID)
  const authorFits = author && holder.id !== AUTHOR_ID && sameSort(holder, author) && !namesEntity(prompt, author) && position.statement !== undefined
  const withAuthor = authorFits ? [{ ...speakerChoice(author), misreading: 'author-actor-swap' as const }] : []
  if (new Set([...withAuthor, ...preferred, ...fallback].map((c) => c.id)).size < MIN_DISTRACTORS) return undefined
  const id = questionId('whose_position', [position.id])
  const random = randomFor(context, id)
  const right = speakerChoice(holder)
  const choices = shuffled([right, ...balancedWrong(right, withAuthor, preferred, fallback, random)], random)
  const authorNote = position.holder === AUTHOR_ID ? 'This is the author’s own view, not a fact the article reports.' : ''
  return {
    id,
    type: 'whose_position',
    prompt,
    choices,
    answer: right.id,
    explanation: [position.summary, authorNote, position.note].filter(Boolean).join(' '),
    // With the items whose words the quoted view prints (a date an ordering asks).
    ...alsoShowing(grounding(context, [position]), position.statement ? idsShown(context, position.evidence) : []),
    difficulty: position.statement ? 2 : 1,
  }
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { whosePositionQuestions as generate }
