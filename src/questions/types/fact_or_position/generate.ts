// fact_or_position: how does the article present this statement? Four fixed classes (see
// statements.ts); the seed only shuffles their order.
import { shuffled } from '../../random'
import type { FactOrPositionQuestion } from './model'
import { randomFor, type GeneratorContext } from '../../generators/context'
import { alsoShowing, grounding, idsShown } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { CLASS_CHOICES, classifiableStatements, classMisreading, classReason, type Statement, type StatementClass } from '../../generators/statements'
import { tagWrong } from '../../generators/choices'
import { quoted } from '../../generators/text'
import { withBalancedAnswers } from '../../generators/balance'
import { hashString, seededRandom } from '../../random'
import { whosePositionQuestions } from '../whose_position/generate'

const DIFFICULTY: Record<Statement['cls'], 1 | 2 | 3> = { quote_or_claim: 1, reported: 2, unconfirmed: 2, opinion: 2 }

/** The most of these questions one class may answer: otherwise “reported as fact” is a safe guess. */
const MAX_CLASS_SHARE = 0.35

/** The statements, at most MAX_CLASS_SHARE of them of one class: a larger class keeps every k-th of its own, in reading order. */
function balancedClasses(statements: readonly Statement[]): Statement[] {
  const kept = new Set(statements)
  for (;;) {
    const counts = new Map<Statement['cls'], Statement[]>()
    for (const s of kept) counts.set(s.cls, [...(counts.get(s.cls) ?? []), s])
    const [cls, members] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? []
    if (!cls || !members || members.length <= MAX_CLASS_SHARE * kept.size) return statements.filter((s) => kept.has(s))
    // Drop the member nearest the middle, so the rest stay spread; one the article sets against a
    // denial (Shosh) or that has a note to teach goes last.
    const plain = members.filter((m) => m.disputedBy.length === 0 && !m.item.note)
    const from = plain.length > 0 ? plain : members
    kept.delete(from[Math.floor(from.length / 2)] as Statement)
  }
}

export function factOrPositionQuestions(context: GeneratorContext): FactOrPositionQuestion[] {
  return withBalancedAnswers(factOrPosition(context), seededRandom(hashString(`${context.seed}|fact_or_position`)))
}

/**
 * The sentences this type asks: not those a whose-position question asks — "whose position is
 * this?" asks a sentence's standing more closely, and the same sentence asked twice is one question
 * twice (a teacher's read); nor one inside a longer statement of its class. Left out before the
 * classes are balanced, so the balance holds.
 */
function askedHere(context: GeneratorContext): Statement[] {
  // Each whose-position question's own item (the first id; the others are items its quotation prints).
  const askedByHolder = new Set(whosePositionQuestions(context).map((q) => q.factIds[0]))
  const statements = classifiableStatements(context).filter((s) => !askedByHolder.has(s.item.id))
  // A statement inside a longer one of the same class (“… began in 1988” in “… began in 1988 and
  // lasted until 1994 …”) is the same question again: the longer one asks it.
  const inside = (s: Statement) => statements.some((o) => o !== s && o.cls === s.cls && o.text.length > s.text.length && o.text.includes(s.text.replace(/[.,;:]$/, '')))
  return statements.filter((s) => !inside(s))
}

function factOrPosition(context: GeneratorContext): FactOrPositionQuestion[] {
  return balancedClasses(askedHere(context)).map((statement) => {
    const { item, also, text, cls, disputedBy } = statement
    const id = questionId('fact_or_position', [item.id])
    // A claim or an actor's view outside quotation marks is the easiest to mistake for a fact.
    const hard = item.certainty === 'claim' || (item.certainty === 'actor_position' && also.length === 0)
    // A statement the article sets against a denial or unconfirmed reports: “unconfirmed or denied”
    // would be arguable too, so that class is left out and the explanation names what disputes it.
    // A witness's account the article does not confirm is someone's words too: “a quote” would be
    // arguable beside “unconfirmed”, so that class is left out.
    const account = cls === 'unconfirmed' && 'holder' in item && item.holder !== undefined
    const classes = Object.values(CLASS_CHOICES).filter(
      (c) => (disputedBy.length === 0 || c.id !== CLASS_CHOICES.unconfirmed.id) && (!account || c.id !== CLASS_CHOICES.quote_or_claim.id),
    )
    const dispute = disputedBy.length > 0 ? `See also: ${disputedBy.map((d) => d.summary).join(' ')}` : ''
    return {
      id,
      type: 'fact_or_position',
      prompt: `How does the article present this? ${quoted(text)}`,
      ...tagWrong({ choices: shuffled(classes, randomFor(context, id)), answer: CLASS_CHOICES[cls].id }, (c) => classMisreading(cls, c.id as StatementClass)),
      explanation: [item.summary, classReason(context, item, also.length > 0), dispute].filter(Boolean).join(' '),
      // With the items whose words the quoted statement prints (“… began in 1988” inside the first war's sentence).
      ...alsoShowing(grounding(context, [item, ...also]), idsShown(context, [item, ...also].flatMap((i) => i.evidence))),
      difficulty: hard ? 3 : DIFFICULTY[cls],
    }
  })
}

/** This type's generator, as the bank finds it (src/questions/bank.ts: every types/<type>/generate.ts exports `generate`). */
export { factOrPositionQuestions as generate }
