// structure: what each part of the article does (report, witness, reaction, analysis, call to action),
// where the reporting turns into the author's argument, what the author calls for, what kind of text
// it is, how a reader can tell, and what it lacks. Every question rests on the spans the knowledge base
// gives for the part or sign; wrong choices that stand for a misreading say which.
import type { EvidenceSpan, KnowledgeItem, StructurePart, StructureRole } from '../../../content/schema'
import type { Choice, Misreading } from '../../../domain/question'
import { randomFor, type GeneratorContext } from '../../generators/context'
import { grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { lengthGiveaway } from '../../generators/lengths'
import { shuffled } from '../../random'
import type { StructureQuestion } from './model'

export const ROLE_TEXT: Record<StructureRole, string> = {
  report: 'Report events in the article’s own voice',
  witness: 'Give the accounts of people who lived through the events',
  reaction: 'Give what officials and governments said in response',
  analysis: 'Argue the author’s own view of causes and motives',
  quoted_source: 'Quote a source in support of the author’s argument',
  call_to_action: 'Call on readers to act',
}

/**
 * Reading a part as another role: taking others' words for the author's (or the reverse) is the
 * author-actor swap; the author's argument taken as report drops the hedge; the article's own report
 * and others' words confused is the wrong speaker; anything else rests on no word of the article's.
 */
function roleMisreading(right: StructureRole, wrong: StructureRole): Misreading | undefined {
  const others = new Set<StructureRole>(['witness', 'reaction', 'quoted_source'])
  if ((right === 'analysis' && others.has(wrong)) || (wrong === 'analysis' && others.has(right))) return 'author-actor-swap'
  if (right === 'analysis' && wrong === 'report') return 'dropped-hedge'
  if ((right === 'report' || others.has(right)) && (wrong === 'report' || others.has(wrong))) return 'wrong-speaker'
  return 'outside-assumption'
}

const range = ([from, to]: readonly [number, number]) => (from === to ? `paragraph ${from}` : `paragraphs ${from}–${to}`)

function choice(id: string, text: string, misreading?: Misreading): Choice {
  return misreading ? { id, text, misreading } : { id, text }
}

function build(
  context: GeneratorContext,
  id: string,
  prompt: string,
  right: Choice,
  wrong: Choice[],
  explanation: string,
  items: readonly KnowledgeItem[],
  spans: readonly EvidenceSpan[],
  attributed = false,
): StructureQuestion {
  const random = randomFor(context, id)
  const grounded = grounding(context, items, spans)
  // Whatever views or accounts the shown words hold are said to be their holder's: the author's
  // first (unless the explanation already says whose they are).
  const view = items.find((item) => item.certainty === 'author_position') ?? items.find((item) => item.certainty !== 'reported_fact')
  if (view && !attributed && !explanation.includes(view.summary)) explanation = `${explanation} ${view.summary}`
  return {
    id,
    type: 'structure',
    prompt,
    choices: shuffled([right, ...wrong.slice(0, 3)], random),
    answer: right.id,
    explanation,
    ...grounded,
    // Parts and signs are no items: the topics and ids are those of the items they hold.
    topics: grounded.topics.length > 0 ? grounded.topics : [context.knowledge.topics[0]?.id ?? ''],
    difficulty: 2,
  }
}

/** The items whose evidence lies in a part's paragraphs and overlaps its spans. */
function itemsAt(context: GeneratorContext, spans: readonly EvidenceSpan[]): KnowledgeItem[] {
  return context.allItems.filter((item) =>
    item.evidence.some((e) => spans.some((s) => s.paragraph === e.paragraph && s.start < e.end && e.start < s.end)),
  )
}

function partQuestion(context: GeneratorContext, part: StructurePart): StructureQuestion {
  const roles = Object.keys(ROLE_TEXT) as StructureRole[]
  const random = randomFor(context, `roles:${part.id}`)
  // A call to action argues too (paragraph 22 gives causes): "argue the author's view" is no wrong reading of it.
  const defensible = (role: StructureRole) => part.role === 'call_to_action' && role === 'analysis'
  const wrong = shuffled(
    roles.filter((role) => role !== part.role && !defensible(role)),
    random,
  )
    // The swap first, so it is always among the three.
    .sort((a, b) => Number(roleMisreading(part.role, b) === 'author-actor-swap') - Number(roleMisreading(part.role, a) === 'author-actor-swap'))
    .map((role) => choice(role, ROLE_TEXT[role], roleMisreading(part.role, role)))
  const where = range(part.paragraphs)
  const shown = part.evidence.map((span) => `paragraph ${span.paragraph}: ${span.text.startsWith('“') ? span.text : `“${span.text}”`}`).join('; ')
  const items = itemsAt(context, part.evidence)
  return build(
    context,
    questionId('structure', [part.id], 'role'),
    `What ${part.paragraphs[0] === part.paragraphs[1] ? 'does' : 'do'} ${where} mainly do in the piece?`,
    choice(part.role, ROLE_TEXT[part.role]),
    wrong,
    `${capital(where)} ${part.paragraphs[0] === part.paragraphs[1] ? 'does' : 'do'} this: ${ROLE_TEXT[part.role].toLowerCase()}. The words that show it: ${shown}${/[.!?]”?$/.test(shown) ? '' : '.'}${part.note ? ` ${part.note}` : ''}`,
    items,
    part.evidence,
  )
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function turnQuestion(context: GeneratorContext): StructureQuestion[] {
  const genre = context.knowledge.genre
  const parts = context.knowledge.structure ?? []
  const at = parts.findIndex((part) => part.paragraphs[0] === genre?.turn)
  const turn = parts[at]
  if (!genre || !turn) return []
  const before = parts.slice(0, at).filter((part) => part.role !== 'analysis')
  const from = before.find((part) => part.role === 'witness') ?? before[0]
  const lastBefore = parts[at - 1]
  if (!from || !lastBefore) return []
  // Wrong: the last reported paragraph before the turn, and the first paragraphs of the next two parts (others' reactions: the swap).
  const after = parts.slice(at + 1).filter((part) => part.role === 'reaction').slice(0, 2)
  const opening = (p: number) => {
    const text = context.paragraphs[p - 1] ?? ''
    return text.split(/\s+/).slice(0, 6).join(' ').replace(/[,.;:]$/, '')
  }
  const option = (p: number, misreading?: Misreading) => choice(`p${p}`, `Paragraph ${p}: “${opening(p)}”`, misreading)
  const wrong = [option(lastBefore.paragraphs[1], 'wrong-time'), ...after.map((part) => option(part.paragraphs[0], 'author-actor-swap'))]
  if (wrong.length < 3) return []
  return [
    build(
      context,
      questionId('structure', [turn.id], 'turn'),
      `After the witnesses’ accounts (${range(from.paragraphs)}) and the report that follows them, which paragraph turns from reporting to the author’s own argument?`,
      option(turn.paragraphs[0]),
      wrong,
      `Paragraph ${turn.paragraphs[0]} turns to the author’s argument: “${turn.evidence[0]?.text ?? ''}”. The later paragraphs on what officials said mostly report their words, in the author’s framing; they do not make the author’s case.`,
      itemsAt(context, turn.evidence),
      turn.evidence.slice(0, 1),
    ),
  ]
}

function callQuestion(context: GeneratorContext): StructureQuestion[] {
  const genre = context.knowledge.genre
  const call = genre ? context.items.get(genre.call.item) : undefined
  if (!genre || !call) return []
  const otherItems = genre.otherCalls.flatMap((other) => {
    const item = context.items.get(other.item)
    return item ? [{ item, text: other.text }] : []
  })
  const others = otherItems.map(({ item, text }) => choice(item.id, text, 'author-actor-swap'))
  // Each wrong choice said as what it is (a pledge, a proposal, a think-tank's view), not all called "calls".
  const whose = otherItems.map(({ item }) => item.summary).join(' ')
  return [
    build(
      context,
      questionId('structure', [call.id], 'call'),
      `At the end of the piece (paragraph ${call.paragraph}), what does the author call for?`,
      choice(call.id, genre.call.text),
      others,
      `${call.summary} The other choices are not the author’s: ${whose}`,
      // The explanation says whose each other call is: they are listed too.
      [call, ...otherItems.map(({ item }) => item)],
      call.evidence,
    ),
  ]
}

function genreQuestions(context: GeneratorContext): StructureQuestion[] {
  const genre = context.knowledge.genre
  if (!genre) return []
  const sign = genre.signs[0]
  const questions: StructureQuestion[] = []
  if (sign) {
    // Its examples (“such as …”) would make the sign the longest choice by far: the choice names the
    // sign alone and the explanation gives the examples.
    const others = genre.notSigns.map((s) => s.sign.length)
    const shown = lengthGiveaway([sign.sign.length], others) ? sign.sign.replace(/,? such as .*$/, '') : sign.sign
    questions.push(
      build(
        context,
        questionId('structure', ['genre'], 'sign'),
        'Which of these marks the text as an argument rather than a news report?',
        choice('sign', shown),
        genre.notSigns.map((s, i) => choice(`not-sign-${i}`, s.sign, 'outside-assumption')),
        `${sign.sign}: a news report may quote witnesses, give numbers and name days too.`,
        itemsAt(context, sign.evidence),
        sign.evidence,
        // The sign itself says the words are the author's judgements.
        true,
      ),
    )
  }
  const missing = genre.missing[0]
  const opening = openingSpan(context)
  if (missing && opening) {
    questions.push(
      build(
        context,
        questionId('structure', ['genre'], 'missing'),
        'The article’s text starts straight with its first paragraph. Which of these details, had the text given it, would tell a reader who wrote it and where it appeared?',
        choice('missing', missing),
        IDENTIFYING_DETAILS.map((text, i) => choice(`detail-${i}`, text, 'outside-assumption')),
        // The month in the app's title is the app's description of the events, not the article's.
        `${missing}: a byline names the writer and the outlet’s name says where the piece appeared; the article’s text gives neither. A dateline, a headline or a section label says where, what or what kind, never who wrote it or for whom. The month in the app’s title is the app’s own description, not part of the article.`,
        // The opening's reported facts, for the ids: no view whose summary would join the explanation.
        itemsAt(context, [opening]).filter((item) => item.certainty === 'reported_fact'),
        [opening],
      ),
    )
  }
  return questions
}

/** Identifying details of a published piece that name neither its writer nor its outlet, two at a time like the answer: the wrong choices beside "a byline and the outlet". */
const IDENTIFYING_DETAILS = ['A dateline and a headline', 'A headline and a section label', 'A dateline and a section label']

/** The article's first sentence: where a byline or an outlet's name would stand above it. */
function openingSpan(context: GeneratorContext): EvidenceSpan | undefined {
  const first = context.paragraphs[0]
  const end = first ? first.search(/\.(\s|$)/) + 1 : 0
  return first && end > 0 ? { paragraph: 1, start: 0, end, text: first.slice(0, end) } : undefined
}

export function structureQuestions(context: GeneratorContext): StructureQuestion[] {
  const parts = context.knowledge.structure ?? []
  const questions = [...parts.map((part) => partQuestion(context, part)), ...turnQuestion(context), ...callQuestion(context), ...genreQuestions(context)]
  // Few questions with a shared set of roles: the right answer takes each place in turn (a seeded
  // start), so no place holds it more often than another.
  const start = Math.floor(randomFor(context, 'structure:places')() * 4)
  return questions.map((question, i) => {
    const right = question.choices.find((c) => c.id === question.answer) as Choice
    const wrong = question.choices.filter((c) => c.id !== question.answer)
    const at = (start + i) % question.choices.length
    return { ...question, choices: [...wrong.slice(0, at), right, ...wrong.slice(at)] }
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { structureQuestions as generate }
