// single_choice on roles: "Who is this? <role>" and "What is <name>'s role?", for people and places.
import type { SingleChoiceQuestion } from './model'
import { pickOne, tagWrong } from '../../generators/choices'
import { randomFor, type GeneratorContext } from '../../generators/context'
import { entityLabel } from '../../generators/entities'
import { grounding } from '../../generators/evidence'
import { questionId } from '../../generators/ids'
import { nameInSentence, nested, roleEntries, type RoleEntry } from '../../generators/roles'
import { flatMapped } from '../../generators/lists'

const DISTRACTORS = 3
/** A small category (three witnesses, three territories) makes questions of three choices. */
const MIN_DISTRACTORS = 2
/** The longest role offered as a choice: longer ones read as the answer (and wrap on a phone). */
export const MAX_ROLE = 48
/** Two choices whose lengths differ by less than this ratio do not stand apart by length. */
export const LENGTH_RATIO = 1.5
const similarLength = (a: string, b: string) => Math.max(a.length, b.length) <= LENGTH_RATIO * Math.min(a.length, b.length)

export function roleQuestions(context: GeneratorContext): SingleChoiceQuestion[] {
  return flatMapped(['person', 'place'] as const, (kind) => {
    const entries = roleEntries(context, kind)
    return flatMapped(entries, (entry, i) => {
      // Only people or places of the same category: a witness among witnesses, a town among towns, never a plan among places.
      const others = entries.filter(
        (o) => o.entity.id !== entry.entity.id && !nested(o.entity, entry.entity) && o.entity.category !== undefined && o.entity.category === entry.entity.category,
      )
      if (others.length < MIN_DISTRACTORS) return []
      // Roles as choices: only roles of about the answer's length (a long role among short ones is
      // the answer by its look), none past MAX_ROLE. One question per role, never the same fact asked
      // both ways; the two ways take turns, “What is X?” only where like roles exist.
      const near = others.filter((o) => similarLength(o.role, entry.role) && o.role.length <= MAX_ROLE)
      const asRoles = entry.role.length <= MAX_ROLE && near.length >= MIN_DISTRACTORS
      return [i % 2 === 1 && asRoles ? roleOf(context, entry, near) : whoIsThis(context, entry, others)]
    })
  })
}

function explanation(entry: RoleEntry): string {
  return `According to the article: ${entityLabel(entry.entity)} — ${entry.entity.role ?? entry.role}.`
}

function whoIsThis(context: GeneratorContext, entry: RoleEntry, others: RoleEntry[]): SingleChoiceQuestion {
  const ids = [entry.entity.id]
  const id = questionId('single_choice', ids, entry.entity.kind === 'person' ? 'who-is' : 'which-place')
  const toChoice = (e: RoleEntry) => ({ id: e.entity.id, text: entityLabel(e.entity) })
  const picked = tagWrong(pickOne(toChoice(entry), [], others.map(toChoice), DISTRACTORS, randomFor(context, id)), 'mixed-up-detail')
  const question = entry.entity.kind === 'person' ? 'Who is this' : 'Which place is this'
  return {
    id,
    type: 'single_choice',
    prompt: `${question}, according to the article? ${entry.role}.`,
    ...picked,
    explanation: explanation(entry),
    ...grounding(context, entry.items, entry.evidence),
    difficulty: 1,
  }
}

function roleOf(context: GeneratorContext, entry: RoleEntry, others: RoleEntry[]): SingleChoiceQuestion {
  const id = questionId('single_choice', [entry.entity.id], 'role-of')
  const toChoice = (e: RoleEntry) => ({ id: e.entity.id, text: e.role })
  const picked = tagWrong(pickOne(toChoice(entry), [], others.map(toChoice), DISTRACTORS, randomFor(context, id)), 'mixed-up-detail')
  const what = entry.entity.kind === 'person' ? `Who is ${entityLabel(entry.entity)}` : `What is ${nameInSentence(context, entry.entity)}`
  return {
    id,
    type: 'single_choice',
    prompt: `${what}, according to the article?`,
    ...picked,
    explanation: explanation(entry),
    ...grounding(context, entry.items, entry.evidence),
    difficulty: 2,
  }
}
