// competing_claims: a tension of the knowledge base (two items the app reads side by side)
// shown as the article's words, and one question: how does the article source each? Never which is
// right. The right choice pairs the two sides' source kinds (attributedAs); each wrong choice changes
// them in one way a reader gets wrong, and names it: the sides swapped, an account passed on taken
// as the article's own report (a dropped hedge), someone's words taken for the author's.
import type { KnowledgeItem, SourceKind, Tension } from '../../../content/schema'
import type { Misreading } from '../../../domain/misreading'
import { entity, item, randomFor, type GeneratorContext } from '../../generators/context'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { quoted } from '../../generators/text'
import { shuffled } from '../../random'
import type { MisreadChoice } from '../shared/misreadChoice'
import { nearKinds, sourceLabel, sourceMisreading } from '../shared/sources'
import type { CompetingClaimsQuestion } from './model'

const WRONG = 3

interface Side {
  item: KnowledgeItem
  kind: SourceKind
}

const PASSED_ON = (kind: SourceKind) => kind !== 'none' && kind !== 'author'

/** A kind's label; a group's ("Azeri officials, none of them named") names the side that has that kind. */
function label(context: GeneratorContext, sides: readonly Side[], kind: SourceKind): string {
  const holder = sides.find((side) => side.kind === kind)?.item.holder
  return sourceLabel(kind, holder ? entity(context, holder) : undefined)
}

function choice(context: GeneratorContext, a: Side, b: Side, ka: SourceKind, kb: SourceKind, misreading?: Misreading): MisreadChoice {
  const text = `First: ${label(context, [a, b], ka)}. Second: ${label(context, [a, b], kb)}.`
  return { id: `${ka}|${kb}`, text, ...(misreading ? { misreading } : {}) }
}

/** The wrong readings of a pair of sources, most telling first. */
function wrongChoices(context: GeneratorContext, a: Side, b: Side): MisreadChoice[] {
  const candidates: MisreadChoice[] = []
  if (!nearKinds(a.kind, b.kind)) candidates.push(choice(context, a, b, b.kind, a.kind, sourceMisreading(a.kind, b.kind)))
  if (PASSED_ON(b.kind)) candidates.push(choice(context, a, b, a.kind, 'none', 'dropped-hedge'))
  if (a.kind !== 'author' && b.kind !== 'author') candidates.push(choice(context, a, b, 'author', b.kind, 'author-actor-swap'))
  if (PASSED_ON(a.kind)) candidates.push(choice(context, a, b, 'none', b.kind, 'dropped-hedge'))
  if (a.kind !== 'author' && b.kind !== 'author') candidates.push(choice(context, a, b, a.kind, 'author', 'author-actor-swap'))
  const right = `${a.kind}|${b.kind}`
  const seen = new Set([right])
  return candidates.filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, WRONG)
}

function passage(side: Side): string {
  const claim = side.item.attributedAs?.claim
  return claim ? `paragraph ${claim.paragraph}, ${quoted(claim.text)}` : ''
}

function question(context: GeneratorContext, tension: Tension): CompetingClaimsQuestion | undefined {
  const sideOf = (id: string): Side | undefined => {
    const it = item(context, id)
    return it.attributedAs ? { item: it, kind: it.attributedAs.as } : undefined
  }
  const a = sideOf(tension.a)
  const b = sideOf(tension.b)
  if (!a || !b) return undefined
  const wrong = wrongChoices(context, a, b)
  if (wrong.length < 2) return undefined
  const id = questionId('competing_claims', [tension.a, tension.b])
  const right = choice(context, a, b, a.kind, b.kind)
  const cues = [a, b].map((side, i) => {
    const cue = side.item.attributedAs?.cue
    return `${i === 0 ? 'First passage' : 'Second passage'} — ${label(context, [side], side.kind)}${cue ? `: ${quoted(cue.text)}` : ''}.`
  })
  const spans = [a, b].flatMap((side) => {
    const at = side.item.attributedAs
    return at ? [at.claim, ...(at.cue ? [at.cue] : [])] : []
  })
  return {
    id,
    type: 'competing_claims',
    prompt:
      `Read these two passages side by side. First, ${passage(a)}. Second, ${passage(b)}. ` +
      'Where does each come from, as the article gives it? (This asks how each is sourced, not which is right.)',
    choices: shuffled([right, ...wrong], randomFor(context, id)),
    answer: right.id,
    explanation: `${tension.note} ${cues.join(' ')}`,
    // With the items whose words its cues print (“Petya Grigoryan, a 69-year-old driver …, told Reuters”).
    ...alsoShowing(grounding(context, [a.item, b.item], spans), idsShown(context, spans)),
    difficulty: 3,
  }
}

export function competingClaimsQuestions(context: GeneratorContext): CompetingClaimsQuestion[] {
  return (context.knowledge.tensions ?? []).flatMap((tension) => question(context, tension) ?? [])
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { competingClaimsQuestions as generate }
